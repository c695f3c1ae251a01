/**
 * The project's canonical form of a data file: UTF-8 without a BOM, LF line ends, a final
 * newline, no padding columns or empty rows, and quotes only where a cell needs them (a comma,
 * a quote, a line break). A spreadsheet round trip changes all of those and nothing else, so
 * rewriting a file in this form leaves `git diff` showing only the cells that really changed.
 * Values are never touched: every cell is kept exactly as parsed.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CanonicalNotice {
  file: string;
  /** What differs from the canonical form, in plain words. */
  differences: string[];
}

/** The canonical text of a CSV file, or undefined when it cannot be parsed (validation reports why). */
export function canonicalCsv(text: string): string | undefined {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return undefined;
  }
  rows = rows.filter((row) => row.some((cell) => cell !== ''));
  if (rows.length === 0) return '';
  // Columns a spreadsheet padded on: no name in the header and empty in every row.
  let width = Math.max(...rows.map((r) => r.length));
  while (width > 0 && rows.every((row) => (row[width - 1] ?? '') === '')) width--;
  const even = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  return stringify(even, { record_delimiter: '\n' });
}

/** How a file differs from its canonical form; [] when it is canonical (or cannot be parsed). */
export function canonicalDifferences(text: string): string[] {
  const canonical = canonicalCsv(text);
  if (canonical === undefined || canonical === text) return [];
  const found: string[] = [];
  if (text.startsWith('\uFEFF')) found.push('starts with a byte-order mark');
  if (/\r/.test(text)) found.push('has Windows or old Mac line ends');
  if (text !== '' && !text.endsWith('\n')) found.push('does not end with a line break');
  if (/\n\s*\n\s*$/.test(text.replace(/\r/g, '')) || /\n,*\n/.test(text.replace(/\r/g, ''))) found.push('has empty rows');
  if (found.length === 0) found.push('quotes cells that need no quotes, or pads rows with empty columns');
  return found;
}

export function formatNotice(notice: CanonicalNotice): string {
  return `Notice: ${notice.file} ${notice.differences.join(', ')}; \`npm run data:format\` rewrites it in the project's form without changing a value.`;
}
