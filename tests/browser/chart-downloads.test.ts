/** The data a reader downloads is exactly what the chart shows. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('distDir');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

const versions = [
  { embed: 'embed/lawsuits-by-state', key: 'lawsuits-by-state', barLabels: true },
  { embed: 'embed/lawsuits-by-state/2020-11-18', key: 'lawsuits-by-state-2020-11-18', barLabels: true },
  { embed: 'embed/plaintiffs', key: 'plaintiffs', barLabels: true },
  { embed: 'embed/outcome-shares/pa', key: 'outcome-shares-pa', barLabels: true },
  { embed: 'embed/state-cases/ga', key: 'state-cases-ga', barLabels: false },
  { embed: 'embed/timeline', key: 'timeline', barLabels: false },
];

function load(embed: string, key: string) {
  const csv = parse(read(`data/charts/${key}.csv`), { columns: true }) as Record<string, string>[];
  const json = JSON.parse(read(`data/charts/${key}.json`)) as { rows: Record<string, unknown>[]; columns: { field: string }[] };
  const { document } = parseHTML(read(`${embed}/index.html`));
  return { csv, json, document, tableRows: [...document.querySelectorAll('.chart-data tbody tr')] };
}

describe.each(versions)('$key', ({ embed, key }) => {
  const { csv, json, tableRows } = load(embed, key);

  test('the CSV and the JSON have the same rows as the "Show the data" table', () => {
    expect(csv.length).toBeGreaterThan(0);
    expect(csv).toHaveLength(tableRows.length);
    expect(json.rows).toHaveLength(tableRows.length);
    const first = json.columns[0]!.field;
    expect(csv.map((r) => r[first])).toEqual(tableRows.map((tr) => tr.firstElementChild!.textContent));
  });
});

describe.each(versions.filter((v) => v.barLabels))('$key as bars', ({ embed, key }) => {
  const { csv, json, document } = load(embed, key);

  test('the CSV has one row per bar label in the chart', () => {
    const svg = document.querySelector('svg.chart-svg')!;
    // Each bar is named above it, or past its end followed by its count ("Arizona 8").
    const labels = [...svg.querySelectorAll('.bar-names text')].map((t) => (t.textContent ?? '').replace(/ \d+$/, ''));
    const first = json.columns[0]!.field;
    expect(labels).toEqual(csv.map((r) => r[first]));
  });
});
