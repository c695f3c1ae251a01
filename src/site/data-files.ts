/**
 * The published data folder, file name → contents: each validated table as CSV and JSON, a JSON
 * Schema per table and the Frictionless data package. The files are rewritten from the validated
 * records, so what readers download is exactly what the site was built from.
 */
import { publishedCase } from '../data/case-summary.ts';
import { dataPackage, publishedColumns, tableJsonSchema } from '../data/contract-files.ts';
import { DATA_FILES, type Dataset, LAWSUITS } from '../data/files.ts';
import { caseHistories } from '../data/status.ts';
import { toCsv } from './table-files.ts';

export const PACKAGE_FILE = 'datapackage.json';

const made = new WeakMap<Dataset, { key: string; files: Map<string, string> }>();

/** Made once per dataset and address: the build asks for each of its files in turn. */
export function publishedDataFiles(data: Dataset, siteUrl: URL, updated: string): Map<string, string> {
  const key = `${siteUrl.href} ${updated}`;
  const cached = made.get(data);
  if (cached?.key === key) return cached.files;
  const files = dataFiles(data, siteUrl, updated);
  made.set(data, { key, files });
  return files;
}

function dataFiles(data: Dataset, siteUrl: URL, updated: string): Map<string, string> {
  const json = (body: unknown) => JSON.stringify(body, null, 2);
  const files = new Map<string, string>([[PACKAGE_FILE, json(dataPackage(new URL('/', siteUrl).toString(), updated))]]);
  for (const table of DATA_FILES) {
    // The lawsuits table carries what each case's rulings amount to, worked out as the pages do.
    const rows = table === LAWSUITS ? caseHistories(data).map(publishedCase) : (data[table.key] as unknown as Record<string, unknown>[]);
    const columns = publishedColumns(table).map(([field]) => ({ field, label: field }));
    files.set(`${table.name}.csv`, toCsv(columns, rows));
    files.set(`${table.name}.json`, json(rows));
    files.set(`${table.name}.schema.json`, json(tableJsonSchema(table, new URL(`/data/${table.name}.schema.json`, siteUrl).toString())));
  }
  return files;
}
