/**
 * The published data: each validated table as CSV and JSON, a JSON Schema per table and a
 * Frictionless data package. Rewritten from the validated records, so the files readers
 * download are exactly what the site was built from.
 */
import type { APIRoute } from 'astro';

import { dataPackage, tableJsonSchema } from '../../data/contract-files.ts';
import { type AnyDataFile, DATA_FILES } from '../../data/files.ts';
import { site } from '../../site/current-site.ts';
import { toCsv } from '../../site/table-files.ts';

type Output = { kind: 'csv' | 'json' | 'schema'; table: AnyDataFile } | { kind: 'package' };

export function getStaticPaths() {
  const paths: { params: { file: string }; props: Output }[] = [{ params: { file: 'datapackage.json' }, props: { kind: 'package' } }];
  for (const table of DATA_FILES) {
    paths.push({ params: { file: `${table.name}.csv` }, props: { kind: 'csv', table } });
    paths.push({ params: { file: `${table.name}.json` }, props: { kind: 'json', table } });
    paths.push({ params: { file: `${table.name}.schema.json` }, props: { kind: 'schema', table } });
  }
  return paths;
}

const json = (body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': type } });

export const GET: APIRoute<Output> = ({ props, site: siteUrl }) => {
  if (props.kind === 'package') return json(dataPackage(new URL('/', siteUrl).toString(), site.lastChanged));
  const rows = site.data[props.table.key] as unknown as Record<string, unknown>[];
  if (props.kind === 'schema')
    return json(
      tableJsonSchema(props.table, new URL(`/data/${props.table.name}.schema.json`, siteUrl).toString()),
      'application/schema+json',
    );
  if (props.kind === 'json') return json(rows);
  const columns = Object.keys(props.table.columns).map((field) => ({ field, label: field }));
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
