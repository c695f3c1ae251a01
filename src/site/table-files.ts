/** Rows as CSV text for the published files: one header row of field names or labels, every field quoted where needed. */
import { stringify } from 'csv-stringify/sync';

export interface FileColumn {
  field: string;
  label: string;
}

export function toCsv(
  columns: readonly FileColumn[],
  rows: readonly Record<string, unknown>[],
  header: 'field' | 'label' = 'field',
): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c.field] ?? '')),
    { header: true, columns: columns.map((c) => (header === 'field' ? c.field : c.label)), record_delimiter: '\n' },
  );
}
