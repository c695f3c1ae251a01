/** The canonical form of a data file: what a spreadsheet adds goes, every value stays. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';

import { canonicalCsv, canonicalDifferences } from '../../scripts/lib/canonical-csv.ts';
import { ROOT } from '../helpers/run.ts';
import { EVERYTHING, EXCEL_CSV_UTF8, LIBREOFFICE_QUOTED, resave } from '../helpers/spreadsheet.ts';

const original = readFileSync(path.join(ROOT, 'data/lawsuits.csv'), 'utf8');
const values = (text: string) =>
  (parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][])
    .map((r) => r.filter(Boolean))
    .filter((r) => r.length > 0);

describe('canonical CSV', () => {
  test('the committed data files are canonical already', () => {
    for (const file of [
      'lawsuits.csv',
      'rulings.csv',
      'events.csv',
      'states.csv',
      'publishers.csv',
      'disagreements.csv',
      'published-tallies.csv',
    ]) {
      expect(canonicalDifferences(readFileSync(path.join(ROOT, 'data', file), 'utf8')), file).toEqual([]);
    }
  });

  test.each([
    ['Excel "CSV UTF-8"', EXCEL_CSV_UTF8],
    ['LibreOffice, every text cell quoted', LIBREOFFICE_QUOTED],
    ['BOM, CRLF, all text quoted, empty columns and rows', EVERYTHING],
  ])('a round trip through %s comes back byte for byte', (_name, style) => {
    const resaved = resave(original, style);
    expect(canonicalDifferences(resaved).length).toBeGreaterThan(0);
    expect(canonicalCsv(resaved)).toBe(original);
  });

  test('after a spreadsheet changes one cell, only that line differs', () => {
    const edited = original.replace('Four Arizona residents led by James Stevenson', 'Four Arizona voters led by James Stevenson');
    const resaved = resave(edited, LIBREOFFICE_QUOTED);
    const before = original.split('\n');
    const after = canonicalCsv(resaved)!.split('\n');
    expect(after.filter((line, i) => line !== before[i])).toHaveLength(1);
  });

  test('no value changes, quotes and line breaks inside cells included', () => {
    const tricky = 'a,b\r\n"x, ""y""","two\r\nlines"\r\n,\r\n';
    const canonical = canonicalCsv(tricky)!;
    expect(canonical).toBe('a,b\n"x, ""y""","two\r\nlines"\n');
    expect(values(canonical)).toEqual(values(tricky));
    expect(canonicalDifferences(tricky)).toEqual(['has Windows or old Mac line ends', 'has empty rows']);
  });

  test('text that is not CSV is left for the validator to explain', () => {
    expect(canonicalCsv('a,b\n"unclosed\n')).toBeUndefined();
    expect(canonicalDifferences('a,b\n"unclosed\n')).toEqual([]);
  });
});
