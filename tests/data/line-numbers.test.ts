/** Reported lines are physical lines of the file, wherever the bad row is and whatever precedes it. */
import { describe, expect, test } from 'vitest';

import { parseCsv } from '../../src/data/csv.ts';
import { dataDirWith, editedText, messagesFor } from '../helpers/data-dir.ts';
import { multilineSummary } from '../helpers/fixture-edits.ts';

// Four rows; the first spans lines 2-4 because its summary holds two line breaks.
const multiline = editedText('lawsuits.csv', { edits: [multilineSummary] });
const [header, ...records] = multiline.trimEnd().split(/\n(?=[a-z]{2}-)/);
// A copy of a case, still open so it needs no rulings, with one bad cell.
const badRow = records[1]!.replace('voters and groups', 'voters and grups').replace('ballot handling,yes,', 'ballot handling,no,');

describe('a bad row is reported on its own line in any position', () => {
  // Put the bad row before, between and after the good rows, and check the line it lands on.
  test.each([0, 1, 2, 3, 4])('at record position %i', (position) => {
    const rows = [...records];
    rows.splice(position, 0, badRow.replace('ga-wood-v-raffensperger-ndga', 'ga-wood-copy').replace('1:20-cv-04651-SDG', 'X1'));
    const text = [header, ...rows].join('\n') + '\n';
    const line = text.split('\n').findIndex((l) => l.startsWith('ga-wood-copy')) + 1;
    const messages = messagesFor(dataDirWith({ 'lawsuits.csv': { text } }));
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(`^data/lawsuits\\.csv:${line}: plaintiff_type "voters and grups": .*did you mean "voters and groups"\\?$`),
      ),
    ]);
  });

  test('with CRLF line ends the lines are the same', () => {
    const text = [header, badRow.replace('ga-wood-v-raffensperger-ndga', 'ga-wood-copy').replace('1:20-cv-04651-SDG', 'X1'), ...records]
      .join('\n')
      .replaceAll('\n', '\r\n');
    const messages = messagesFor(dataDirWith({ 'lawsuits.csv': { text } }));
    expect(messages).toEqual([expect.stringMatching(/^data\/lawsuits\.csv:2: plaintiff_type "voters and grups"/)]);
  });
});

describe('parseCsv', () => {
  test('gives each cell the line it starts on, also after a multi-line cell in the same row', () => {
    const table = parseCsv('a,b,c\n1,"two\nlines",x\n"3\n\n",4,y\n');
    expect(table.header?.line).toBe(1);
    expect(table.rows.map((r) => r.cells.map((c) => c.line))).toEqual([
      [2, 2, 3],
      [4, 6, 6],
    ]);
    expect(table.rows[1]?.cells[0]?.value).toBe('3');
  });

  test('skips blank lines and rows of empty cells but keeps counting them', () => {
    const table = parseCsv('\uFEFFa,b\r\n\r\n1,2\r\n,\r\n\r\n3,4\r\n,\r\n');
    expect(table.rows.map((r) => [r.line, r.cells.map((c) => c.value)])).toEqual([
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  test('reads past a broken record and reports it', () => {
    const table = parseCsv('a,b\n1,x"y\n3,4\n');
    expect(table.errors.map((e) => e.line)).toEqual([2]);
    expect(table.rows.map((r) => r.line)).toEqual([3]);
  });

  test('an empty file has no header', () => {
    expect(parseCsv('').header).toBeUndefined();
    expect(parseCsv('\n\n').header).toBeUndefined();
  });
});
