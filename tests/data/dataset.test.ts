/** Checks across files, and that every problem in every file is reported in one run. */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { dataDirWith, FIXTURES, messagesFor } from '../helpers/data-dir.ts';

const EVENTS = 'id,date,label,description,category,state,on_timeline,source_url,source_url_2\n';

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
      'lawsuits.csv': { fixture: 'lawsuits/formula-cells.csv' },
      'events.csv': {
        text: `${EVENTS}krebs-fired,2020-11-17,Krebs fired,The president fires the CISA director.,firing,XX,maybe,https://abc7.com/x,\n`,
      },
      'states.csv': {
        text: 'code,name,kind\nAZ,Arizona,state\nGA,Georgia,state\nMI,Michigan,state\nPA,Pennsylvania,state\nPA,Penn,state\n',
      },
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
      'data/events.csv:1: header: is missing: the file is empty (expected a header row: id,date,label,description,category,state,on_timeline,source_url,source_url_2)',
    ]);
    expect(messagesFor(dataDirWith({ 'events.csv': { text: EVENTS } }))).toEqual([
      'data/events.csv: file: has a header but no rows (expected at least one row of data)',
    ]);
  });

  const HEADER =
    'id,case_name,state,court,court_level,docket,filed_date,plaintiffs,plaintiff_type,claim,ended,related,summary,source_url,source_url_2\n';
  const SOURCE = 'https://www.democracydocket.com/cases/example/';

  test('a case needs a filing date or a ruling, so it can be placed in time', () => {
    const dir = dataDirWith({
      'lawsuits.csv': {
        text: `${HEADER}pa-x,X v. Y,PA,Court,state trial,,,Someone,voters and groups,other,no,,Something happened.,${SOURCE},\n`,
      },
      'rulings.csv': { text: 'case_id,date,court,court_level,docket,action,favoured,detail,source_url,source_url_2\n' },
    });
    expect(messagesFor(dir)).toEqual([
      'data/lawsuits.csv:2: filed_date "": is empty and data/rulings.csv has no ruling for pa-x (expected a filing date or a ruling, so the case can be placed in time)',
    ]);
  });

  test('a case still marked open after an ending by the parties is reported', () => {
    const base = readFileSync(path.join(FIXTURES, 'base/lawsuits.csv'), 'utf8');
    const dir = dataDirWith({
      'lawsuits.csv': { text: base.replace('trump campaign,fraud and machines,yes,', 'trump campaign,fraud and machines,no,') },
    });
    expect(messagesFor(dir)).toEqual([
      'data/lawsuits.csv:2: ended "no": is "no" but the last ruling of az-trump-v-hobbs is "moot" on 2020-11-13, which ended it (expected "yes")',
    ]);
  });

  test('related cases must exist and not be the case itself', () => {
    const base = readFileSync(path.join(FIXTURES, 'base/lawsuits.csv'), 'utf8');
    const dir = dataDirWith({
      'lawsuits.csv': { text: base.replace('fraud and machines,yes,,', 'fraud and machines,yes,ga-pearson-v-kem az-trump-v-hobbs,') },
    });
    expect(messagesFor(dir)).toEqual([
      'data/lawsuits.csv:2: related "ga-pearson-v-kem az-trump-v-hobbs": has "ga-pearson-v-kem", which is not the id of a case in this file (expected ids of other cases, separated by spaces); did you mean "ga-pearson-v-kemp"?',
      'data/lawsuits.csv:2: related "ga-pearson-v-kem az-trump-v-hobbs": has "az-trump-v-hobbs", which names the case itself (expected ids of other cases, separated by spaces)',
    ]);
  });

  test('columns may come in any order; the header names them', () => {
    const text = [
      'state,id,case_name,court,court_level,docket,filed_date,plaintiffs,plaintiff_type,claim,ended,related,summary,source_url,source_url_2',
      `PA,pa-x,X v. Y,Court,state trial,,2020-11-05,Someone,voters and groups,other,no,,Something happened.,${SOURCE},`,
    ].join('\n');
    const result = loadDataset(
      dataDirWith({
        'lawsuits.csv': { text },
        'rulings.csv': { text: 'case_id,date,court,court_level,docket,action,favoured,detail,source_url,source_url_2\n' },
      }),
    );
    expect(result.ok && result.data.lawsuits[0]).toMatchObject({ id: 'pa-x', state: 'PA', ended: 'no' });
  });
});

describe('disagreements.csv', () => {
  const HEADER = 'subject,column,chosen,chosen_source,alternative,alternative_source,reason\n';
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
