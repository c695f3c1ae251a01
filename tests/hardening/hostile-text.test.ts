/**
 * Text from the CSVs is always rendered as text: a real build from data that passes validation
 * but is full of characters HTML treats specially. (tests/components/ renders components with
 * markup the validator would have refused.)
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';

import { FIXTURE_STORY, ROOT, runScript } from '../helpers/run.ts';

// Valid by the contract (no tags, no leading formula characters), hostile to careless escaping.
const NAME = `Smith & Jones <3 "the people" v. O'Brien </ > &lt;b&gt;`;
const SUMMARY = `Asked whether 1 < 2 && 3 > 2; quoted "<" and '>' and the text &amp; itself. javascript:alert(1)`;

describe('a site built from data full of special characters', () => {
  let out: string;
  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-data-'));
    cpSync(path.join(ROOT, 'tests/fixtures/charts'), dir, { recursive: true });
    const rows = parse(readFileSync(path.join(dir, 'lawsuits.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const target = rows.find((r) => r.id === 'mi-king-v-whitmer')!;
    target.case_name = NAME;
    target.summary = SUMMARY;
    writeFileSync(path.join(dir, 'lawsuits.csv'), stringify(rows, { header: true, columns: Object.keys(rows[0]!) }));
    out = path.join(mkdtempSync(path.join(tmpdir(), 'hostile-dist-')), 'dist');
    const build = runScript('scripts/build.ts', { DATA_DIR: dir, OUT_DIR: out, ...FIXTURE_STORY }, 300_000);
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }, 300_000);

  const page = (p: string) => parseHTML(readFileSync(path.join(out, p), 'utf8')).document;

  test.each(['cases/index.html', 'states/mi/index.html'])('%s shows the name and summary exactly, as text', (file) => {
    const document = page(file);
    const row = document.getElementById('case-mi-king-v-whitmer')!;
    expect(row.querySelector('.case-name')?.textContent).toBe(NAME);
    expect(row.querySelector('.case-summary')?.textContent).toBe(SUMMARY);
    expect(row.querySelectorAll('b, script, a[href^="javascript"]')).toHaveLength(0);
  });

  test("the case's own page shows the name as its heading and in its court-path chart, as text", () => {
    const document = page('cases/mi-king-v-whitmer/index.html');
    expect(document.querySelector('h1')?.textContent).toBe(NAME);
    expect(document.querySelector('svg.chart-svg desc')?.textContent).toContain(NAME);
    expect(document.querySelectorAll('main b, main script:not([type]), a[href^="javascript"]')).toHaveLength(0);
  });

  test('the rulings feed holds the name as escaped text', () => {
    const feed = readFileSync(path.join(out, 'rulings.xml'), 'utf8');
    // Titles are HTML in CDATA: the name must arrive escaped, so a reader shows it and runs nothing.
    expect(feed).toContain('Smith &amp; Jones &lt;3 &quot;the people&quot;');
    expect(feed).toContain('&amp;lt;b&amp;gt;');
    expect(feed).not.toContain('<3 "the people"');
  });

  test('chart SVGs carry the name as text, in labels and in the description', () => {
    const document = page('embed/state-cases/mi/index.html');
    const svg = document.querySelector('svg.chart-svg')!;
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels.some((l) => l?.startsWith('Smith & Jones <3'))).toBe(true);
    expect(svg.querySelector('desc')?.textContent).toContain(`${NAME}: filed`);
    expect(svg.querySelectorAll('b, script')).toHaveLength(0);
  });

  test('the downloads hold the text unchanged', () => {
    const rows = parse(readFileSync(path.join(out, 'data/lawsuits.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'mi-king-v-whitmer')).toMatchObject({ case_name: NAME, summary: SUMMARY });
    const json = JSON.parse(readFileSync(path.join(out, 'data/charts/state-cases-mi.json'), 'utf8')) as { rows: { case_name: string }[] };
    expect(json.rows.map((r) => r.case_name)).toContain(NAME);
  });
});
