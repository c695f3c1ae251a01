/**
 * The published table and the case pages say the same thing: each case's status, decision date
 * and main grounds in the built lawsuits.csv are the values its built page shows (the page marks
 * them with data-field and data-value), and a fact the table leaves empty is not on the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { expect, inject, test } from 'vitest';

import { pageFile } from './built-pages.ts';

const dist = inject('distDir');
const rows = parse(readFileSync(path.join(dist, 'data/lawsuits.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
const FIELDS = ['status', 'decided_on', 'main_grounds'] as const;

test('the published table has a row for every case, with the fields its pages show', () => {
  expect(rows.length).toBeGreaterThan(0);
  for (const field of FIELDS) expect(Object.keys(rows[0]!)).toContain(field);
});

test.each(rows.map((r) => [r.id!, r] as const))('/cases/%s/ shows what the published table holds', (id, row) => {
  const { document } = parseHTML(readFileSync(pageFile(dist, `/cases/${id}/`), 'utf8'));
  for (const field of FIELDS) {
    const shown = document.querySelector(`[data-field="${field}"]`);
    if (row[field]) expect(shown?.getAttribute('data-value'), `${id} ${field}`).toBe(row[field]);
    else expect(shown, `${id} ${field}: empty in the table, so not on the page`).toBeNull();
  }
});
