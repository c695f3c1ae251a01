/** Rows as CSV and JSON files, with spreadsheet-safe CSV (every field quoted where needed). */
import { stringify } from 'csv-stringify/sync';

export interface FileColumn {
  key: string;
  label: string;
}

export function toCsv(columns: readonly FileColumn[], rows: readonly Record<string, unknown>[], header: 'key' | 'label' = 'key'): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c.key] ?? '')),
    { header: true, columns: columns.map((c) => (header === 'key' ? c.key : c.label)), record_delimiter: '\n' },
  );
}
