/** Checks across files, and that every problem in every file is reported in one run. */
import { rmSync } from 'node:fs';

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { disagreementColumns, eventColumns } from '../../src/data/schema.ts';
import { dataDirWith, messagesFor } from '../helpers/data-dir.ts';

const EVENTS = `${Object.keys(eventColumns).join(',')}\n`;

describe('the dataset', () => {
  test('the base fixture loads into typed records', () => {
    const result = loadDataset(dataDirWith());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.lawsuits).toHaveLength(4);
    expect(result.data.lawsuits[0]).toMatchObject({ id: 'az-trump-v-hobbs', ended: 'yes' });
    expect(result.data.rulings).toHaveLength(12);
    expect(result.data.rulings[0]).toMatchObject({ case_id: 'az-trump-v-hobbs', date: '2020-11-13', action: 'moot', favoured: 'neither' });
    expect(result.data.lawsuits[0]).not.toHaveProperty('source_url_2', '');
    expect(result.data.disagreements).toEqual([]);
  });

  test('problems in several files are all reported at once, sorted by file and line', () => {
    const dir = dataDirWith({
      'lawsuits.csv': {
        edits: [
          { line: 2, set: { case_name: '=HYPERLINK("https://evil.example","click")' } },
          { line: 3, set: { plaintiffs: '+1 voters' } },
          { line: 4, set: { summary: '-dismissed' } },
          { line: 5, set: { court: '@SUM(A1:A2)' } },
        ],
      },
      'events.csv': {
        edits: [
          { line: 2, remove: true },
          { line: 3, set: { state: 'XX', on_timeline: 'maybe' } },
        ],
      },
      'states.csv': { edits: [{ after: 5, copyOf: 5, set: { name: 'Penn' } }] },
    });
    const messages = messagesFor(dir);
    expect(messages.map((m) => m.split(': ')[0])).toEqual([
      'data/events.csv:2',
      'data/events.csv:2',
      'data/lawsuits.csv:2',
      'data/lawsuits.csv:3',
      'data/lawsuits.csv:4',
      'data/lawsuits.csv:5',
      'data/states.csv:6',
    ]);
    expect(messages).toContain('data/events.csv:2: on_timeline "maybe": is not an allowed value (expected one of "yes", "no")');
    expect(messages).toContain('data/events.csv:2: state "XX": is not listed in data/states.csv (expected one of AZ, GA, MI, PA)');
    expect(messages).toContain('data/states.csv:6: code "PA": is used again, first on line 5 (expected each code once)');
  });

  test('a missing required file is named; optional files may be left out', () => {
    const dir = dataDirWith();
    rmSync(`${dir}/events.csv`);
    expect(messagesFor(dir)).toEqual([`${dir}/events.csv: file: is missing (expected events.csv in ${dir})`.replaceAll(dir, 'data')]);
  });

  test('an empty file and a header without rows are reported', () => {
    expect(messagesFor(dataDirWith({ 'events.csv': { text: '' } }))).toEqual([
      'data/events.csv:1: header: is missing: the file is empty (expected a header row: id,date,label,description,category,state,on_timeline,source_url,source_url_2,archive_url,archive_url_2)',
    ]);
    expect(messagesFor(dataDirWith({ 'events.csv': { text: EVENTS } }))).toEqual([
      'data/events.csv: file: has a header but no rows (expected at least one row of data)',
    ]);
  });

  test('a case needs a filing date or a ruling, so it can be placed in time', () => {
    const dir = dataDirWith({
      'lawsuits.csv': { edits: [{ after: 5, copyOf: 5, set: { id: 'pa-x', docket: '', filed_date: '', ended: 'no' } }] },
    });
    expect(messagesFor(dir)).toEqual([
      'data/lawsuits.csv:6: filed_date "": is empty and data/rulings.csv has no ruling for pa-x (expected a filing date or a ruling, so the case can be placed in time)',
    ]);
  });

  test('a case still marked open after an ending by the parties is reported', () => {
    const dir = dataDirWith({ 'lawsuits.csv': { edits: [{ line: 2, set: { ended: 'no' } }] } });
    expect(messagesFor(dir)).toEqual([
      'data/lawsuits.csv:2: ended "no": is "no" but the last ruling of az-trump-v-hobbs is "moot" on 2020-11-13, which ended it (expected "yes")',
    ]);
  });

  test('related cases must exist and not be the case itself', () => {
    const dir = dataDirWith({ 'lawsuits.csv': { edits: [{ line: 2, set: { related: 'ga-pearson-v-kem az-trump-v-hobbs' } }] } });
    expect(messagesFor(dir)).toEqual([
      'data/lawsuits.csv:2: related "ga-pearson-v-kem az-trump-v-hobbs": has "ga-pearson-v-kem", which is not the id of a case in this file (expected ids of other cases, separated by spaces); did you mean "ga-pearson-v-kemp"?',
      'data/lawsuits.csv:2: related "ga-pearson-v-kem az-trump-v-hobbs": has "az-trump-v-hobbs", which names the case itself (expected ids of other cases, separated by spaces)',
    ]);
  });

  test('columns may come in any order; the header names them', () => {
    // Every row with its columns reversed.
    const reversed = (text: string) => stringify((parse(text) as string[][]).map((cells) => cells.reverse()));
    const plain = loadDataset(dataDirWith());
    const result = loadDataset(dataDirWith({ 'lawsuits.csv': { transform: reversed }, 'rulings.csv': { transform: reversed } }));
    expect(result.ok && plain.ok && result.data).toEqual(plain.ok && plain.data);
  });

  test('an optional column may be left out of the header: a notice, and its cells count as empty', () => {
    const result = loadDataset(dataDirWith({ 'lawsuits.csv': { edits: [{ dropColumn: 'related' }, { dropColumn: 'docket' }] } }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.lawsuits.every((c) => c.related === undefined && c.docket === undefined)).toBe(true);
    expect(result.notices.filter((n) => n.file.endsWith('lawsuits.csv')).map((n) => `${n.line} ${n.value}: ${n.message}`)).toEqual([
      '1 docket: optional column is not in this file, so its cells count as empty (add the column to fill it in)',
      '1 related: optional column is not in this file, so its cells count as empty (add the column to fill it in)',
    ]);
  });

  test('a required column left out of the header is still an error', () => {
    expect(messagesFor(dataDirWith({ 'rulings.csv': { edits: [{ dropColumn: 'detail' }] } }))).toEqual([
      expect.stringMatching(/^data\/rulings\.csv:1: header "detail": column is missing \(expected the columns case_id,date,/),
    ]);
  });
});

describe('disagreements.csv', () => {
  const HEADER = `${Object.keys(disagreementColumns).join(',')}\n`;
  const row = (subject: string, column: string, chosen: string) =>
    `${subject},${column},${chosen},https://www.ajc.com/a,2020-11-30,https://www.cnn.com/b,The first petition came first.\n`;

  test('a disagreement about a real cell loads', () => {
    const result = loadDataset(
      dataDirWith({ 'disagreements.csv': { text: HEADER + row('ga-pearson-v-kemp', 'filed_date', '2020-11-25') } }),
    );
    expect(result.ok && result.data.disagreements).toHaveLength(1);
  });

  test("a disagreement about a ruling names a column of rulings.csv and a value one of the case's rulings holds", () => {
    const ok = loadDataset(dataDirWith({ 'disagreements.csv': { text: HEADER + row('ga-pearson-v-kemp', 'action', 'appeal dismissed') } }));
    expect(ok.ok).toBe(true);
    expect(messagesFor(dataDirWith({ 'disagreements.csv': { text: HEADER + row('ga-pearson-v-kemp', 'action', 'reversed') } }))).toEqual([
      'data/disagreements.csv:2: chosen "reversed": is not the action of any ruling of ga-pearson-v-kemp in data/rulings.csv, which has "granted relief", "appeal dismissed", "dismissed", "withdrawn" (expected one of those)',
    ]);
  });

  test('an unknown subject, an unknown column and a stale chosen value are reported', () => {
    const dir = dataDirWith({
      'disagreements.csv': {
        text:
          HEADER +
          row('ga-pearson-v-kempp', 'filed_date', '2020-11-25') +
          row('ga-pearson-v-kemp', 'filed', '2020-11-25') +
          row('ga-pearson-v-kemp', 'filed_date', '2020-11-24'),
      },
    });
    expect(messagesFor(dir)).toEqual([
      'data/disagreements.csv:2: subject "ga-pearson-v-kempp": is not the id of any case or event (expected an id from data/lawsuits.csv or data/events.csv); did you mean "ga-pearson-v-kemp"?',
      expect.stringMatching(
        /^data\/disagreements\.csv:3: column "filed": is not a column of data\/lawsuits\.csv \(expected one of id, case_name, .*\); did you mean "filed_date"\?$/,
      ),
      'data/disagreements.csv:4: chosen "2020-11-24": does not match data/lawsuits.csv, which has "2020-11-25" as filed_date of ga-pearson-v-kemp (expected the value the row holds)',
    ]);
  });
});
