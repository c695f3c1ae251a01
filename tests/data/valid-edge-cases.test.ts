/** Files that look unusual but are valid CSV must load exactly like the plain base file. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { dataDirWith, type FileSource } from '../helpers/data-dir.ts';
import { MULTILINE_SUMMARY, multilineSummary } from '../helpers/fixture-edits.ts';

const base = loadDataset(dataDirWith());

/** Every cell in quotes, as some spreadsheets save. */
const quoteEveryCell = (text: string) => stringify(parse(text) as string[][], { quoted: true, record_delimiter: 'unix' });
/** What a spreadsheet may leave: two empty columns on every row and two rows of only commas. */
const padRows = (text: string) => {
  const lines = text.trimEnd().split('\n');
  const width = lines[0]!.split(',').length + 2;
  return [...lines.map((l) => `${l},,`), ','.repeat(width - 1), ','.repeat(width - 1)].join('\n') + '\n';
};

const variants: Record<string, FileSource> = {
  'Excel "CSV UTF-8": BOM, CRLF, every cell quoted, a multi-line cell': {
    edits: [multilineSummary],
    transform: (t) => `\uFEFF${quoteEveryCell(t).replaceAll('\n', '\r\n')}`,
  },
  'no newline after the last row': { transform: (t) => t.replace(/\n$/, '') },
  'old Mac line ends (CR only)': { transform: (t) => t.replaceAll('\n', '\r') },
  'quoted cells with commas, quotes and line breaks': { edits: [multilineSummary] },
  'padded with empty columns and rows': { transform: padRows },
  'trailing empty lines': { transform: (t) => `${t}\n\n` },
};

describe('valid edge cases load', () => {
  test('the base fixture itself is valid', () => {
    expect(base.ok).toBe(true);
  });

  test.each(Object.entries(variants))('%s', (_, source) => {
    const result = loadDataset(dataDirWith({ 'lawsuits.csv': source }));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok || !base.ok) return;
    expect(result.data.lawsuits.map((c) => c.id)).toEqual(base.data.lawsuits.map((c) => c.id));
    // Everything but the multi-line summary some of these variants carry is identical.
    const strip = (c: (typeof result.data.lawsuits)[number]) => ({ ...c, summary: undefined });
    expect(result.data.lawsuits.map(strip)).toEqual(base.data.lawsuits.map(strip));
  });

  test('a quoted cell keeps its commas, quotes and line breaks', () => {
    const result = loadDataset(
      dataDirWith({ 'lawsuits.csv': variants['Excel "CSV UTF-8": BOM, CRLF, every cell quoted, a multi-line cell']! }),
    );
    expect(result.ok && result.data.lawsuits[0]?.summary).toBe(MULTILINE_SUMMARY);
    expect(result.ok && result.data.lawsuits[0]?.case_name).toBe('Donald J. Trump for President, Inc. v. Hobbs');
  });
});
