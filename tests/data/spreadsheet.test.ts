/**
 * Spreadsheet round trips: a data folder saved again by Excel or LibreOffice must validate exactly
 * like the original, and values a spreadsheet mangled must be explained, not just refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { dataDirWith, FIXTURES, messagesFor } from '../helpers/data-dir.ts';
import { ROOT } from '../helpers/run.ts';
import { EVERYTHING, EXCEL_CSV_UTF8, LIBREOFFICE_QUOTED, resave, resavedCopy, type SaveStyle } from '../helpers/spreadsheet.ts';

const folders = { 'data/ (the real data)': path.join(ROOT, 'data'), 'the charts fixture': path.join(FIXTURES, 'charts') };
const styles: Record<string, SaveStyle> = {
  'Excel "CSV UTF-8"': EXCEL_CSV_UTF8,
  'LibreOffice, every text cell quoted': LIBREOFFICE_QUOTED,
  'BOM, CRLF, all text quoted, empty columns and rows': EVERYTHING,
};

describe('the round-trip files really follow the spreadsheet conventions', () => {
  const original = readFileSync(path.join(ROOT, 'data/lawsuits.csv'), 'utf8');

  test('Excel: BOM, CRLF, padding columns and rows of bare commas', () => {
    const text = resave(original, EXCEL_CSV_UTF8);
    expect(text.startsWith('\uFEFFid,case_name,')).toBe(true);
    expect(text.split('\r\n')[0]!.endsWith('source_url_2,,')).toBe(true);
    expect(text.endsWith(`${','.repeat(16)}\r\n`)).toBe(true);
    expect(text).not.toBe(original);
  });

  test('LibreOffice: every text cell quoted, numbers and dates bare', () => {
    const text = resave(original, LIBREOFFICE_QUOTED);
    expect(text.startsWith('"id","case_name","state",')).toBe(true);
    expect(text).toMatch(/^"az-trump-v-hobbs","Donald J\. Trump for President, Inc\. v\. Hobbs","AZ",.*,2020-11-07,/m);
    expect(text).not.toContain('\r');
  });
});

describe.each(Object.entries(folders))('%s saved again by a spreadsheet', (_, dir) => {
  const original = loadDataset(dir);

  test('is valid to begin with', () => {
    expect(original.ok ? [] : original.issues).toEqual([]);
  });

  test.each(Object.entries(styles))('%s loads to exactly the same records', (_name, style) => {
    const resaved = loadDataset(resavedCopy(dir, style));
    expect(resaved.ok ? [] : resaved.issues).toEqual([]);
    expect(resaved.ok && resaved.data).toEqual(original.ok && original.data);
  });
});

describe('values a spreadsheet mangled say what happened and how to fix it', () => {
  const base = readFileSync(path.join(FIXTURES, 'base/lawsuits.csv'), 'utf8');
  const expected = (column: string, value: string, message: string, expects: string) =>
    `data/lawsuits.csv:5: ${column} "${value}": ${message} (expected ${expects})`;

  // As written in the file: a decimal comma (a European spreadsheet) puts the cell in quotes.
  test.each([
    ['2.02E+09', '2.02E+09'],
    ['"2,02E+09"', '2,02E+09'],
    ['1E+15', '1E+15'],
    ['1.5e-05', '1.5e-05'],
  ])('a docket in scientific notation (%s)', (cell, value) => {
    const dir = dataDirWith({ 'lawsuits.csv': { text: base.replace('20-014780-AW', cell) } });
    expect(messagesFor(dir)).toEqual([
      expected(
        'docket',
        value,
        'looks like a number a spreadsheet reformatted into scientific notation, which drops digits; format the column as text and type the value again from the source',
        'plain text of at most 80 characters',
      ),
    ]);
  });

  test('a date that lost its leading zeros', () => {
    const dir = dataDirWith({ 'lawsuits.csv': { text: base.replace('20-014780-AW,2020-11-09', '20-014780-AW,2020-11-9') } });
    expect(messagesFor(dir)).toEqual([
      expected(
        'filed_date',
        '2020-11-9',
        'looks like a date a spreadsheet reformatted without leading zeros; format the column as text and type the date as YYYY-MM-DD',
        'a date as YYYY-MM-DD, from 2020-11-03 to 2021-01-20',
      ),
    ]);
  });

  test("a date in the spreadsheet's own format", () => {
    const dir = dataDirWith({ 'lawsuits.csv': { text: base.replace('20-014780-AW,2020-11-09', '20-014780-AW,11/9/20') } });
    expect(messagesFor(dir)).toEqual([
      expected(
        'filed_date',
        '11/9/20',
        'looks like a date a spreadsheet reformatted; format the column as text and type the date as YYYY-MM-DD',
        'a date as YYYY-MM-DD, from 2020-11-03 to 2021-01-20',
      ),
    ]);
  });

  test('digits and letters that merely contain an E stay valid', () => {
    const dir = dataDirWith({ 'lawsuits.csv': { text: base.replace('20-014780-AW', '2020E12') } });
    expect(messagesFor(dir)).toEqual([]);
  });
});
