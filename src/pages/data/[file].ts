/**
 * The published data (src/site/data-files.ts): each validated table as CSV and JSON, a JSON
 * Schema per table and a Frictionless data package.
 */
import type { APIRoute } from 'astro';

import { site } from '../../site/current-site.ts';
import { publishedDataFiles } from '../../site/data-files.ts';

const TYPES: [RegExp, string][] = [
  [/\.schema\.json$/, 'application/schema+json'],
  [/\.json$/, 'application/json'],
  [/\.csv$/, 'text/csv; charset=utf-8'],
];

export function getStaticPaths() {
  return [...publishedDataFiles(site.data, new URL('https://example.org/'), site.lastChanged).keys()].map((file) => ({
    params: { file },
  }));
}

export const GET: APIRoute = ({ params, site: siteUrl }) => {
  const file = params.file!;
  const body = publishedDataFiles(site.data, new URL('/', siteUrl ?? 'http://localhost:4321'), site.lastChanged).get(file);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'Content-Type': TYPES.find(([test]) => test.test(file))?.[1] ?? 'application/octet-stream' } });
};
