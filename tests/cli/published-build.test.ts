/**
 * What changed since the last published build, as `npm run validate` and `npm run build` print it,
 * and the snapshot and report a build publishes in data/ beside the downloads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { today } from '../../src/data/period.ts';
import { dataDirWith, FIXTURES } from '../helpers/data-dir.ts';
import { FIXTURE_STORY, runScript, withoutStaleProse } from '../helpers/run.ts';
import { EXCEL_CSV_UTF8, resavedCopy } from '../helpers/spreadsheet.ts';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('the change report across builds', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'lawsuits-dist-'));
  const outDir = path.join(root, 'dist');
  const base = path.join(FIXTURES, 'base');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a first build records a snapshot and a report with every case new', () => {
    const { status, stdout, stderr } = runScript('scripts/build.ts', { DATA_DIR: base, OUT_DIR: outDir, ...FIXTURE_STORY }, 240_000);
    expect(withoutStaleProse(stderr)).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(
      `No earlier build to compare with (no ${path.join(outDir, 'data/snapshot.json')}); the next build records one.`,
    );
    expect(stdout).toContain(`The change report is in ${path.relative(process.cwd(), path.join(outDir, 'data/changes.json'))}.`);

    const snapshot = readJson(path.join(outDir, 'data/snapshot.json'));
    expect(snapshot).toMatchObject({ version: 1, lastChanged: today() });
    expect(snapshot.data.lawsuits).toHaveLength(4);
    const changes = readJson(path.join(outDir, 'data/changes.json'));
    expect(changes).toMatchObject({ builtAt: snapshot.builtAt, lastChanged: today(), since: null, identical: false, removed: [] });
    expect(changes.added.map((c: { id: string }) => c.id)).toEqual(snapshot.data.lawsuits.map((c: { id: string }) => c.id));
    expect(changes.tallies.total).toEqual({ from: 0, to: 4 });
  }, 240_000);

  test('validate compares an edited copy with that build', () => {
    const text = readFileSync(path.join(base, 'lawsuits.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    const edited = [
      lines[0],
      lines[1]!.replace(',withdrawn,2020-11-13,', ',dismissed,2020-11-14,'),
      ...lines.slice(2, -1),
      lines[2]!
        .replace('ga-wood-v-raffensperger-ndga,Wood v. Raffensperger', 'ga-new-v-case,New v. Case')
        .replace('1:20-cv-04651-SDG', '1:20-cv-09999'),
    ].join('\n');
    const dir = dataDirWith({ 'lawsuits.csv': { text: `${edited}\n` } });
    const { status, stdout } = runScript('scripts/validate.ts', { DATA_DIR: dir, OUT_DIR: outDir, ...FIXTURE_STORY });
    expect(status).toBe(0);
    const report = stdout.slice(stdout.indexOf('Changes since'));
    expect(report.trimEnd().split('\n')).toEqual([
      `Changes since the build of ${today()} (data last changed ${today()}):`,
      '  Added 1 case:',
      '    + ga-new-v-case  New v. Case (GA, lost on appeal)',
      '  Removed 1 case:',
      '    - mi-costantino-v-detroit  Costantino v. City of Detroit (MI, lost on appeal)',
      '  Outcome or dates changed in 1 case:',
      '    ~ az-trump-v-hobbs  outcome: withdrawn → dismissed; outcome_date: 2020-11-13 → 2020-11-14',
      '  Cases by outcome: withdrawn 1 → 0 (−1), dismissed 1 → 2 (+1), total 4 → 4 (±0)',
    ]);
  });

  test('rebuilding from a spreadsheet round trip of the same data changes nothing and keeps the date', () => {
    // Backdate the published snapshot, as if it were built weeks ago.
    const file = path.join(outDir, 'data/snapshot.json');
    writeFileSync(file, JSON.stringify({ ...readJson(file), builtAt: '2021-01-10T09:00:00.000Z', lastChanged: '2021-01-08' }));
    const resaved = resavedCopy(base, EXCEL_CSV_UTF8);
    const { status, stdout, stderr } = runScript('scripts/build.ts', { DATA_DIR: resaved, OUT_DIR: outDir, ...FIXTURE_STORY }, 240_000);
    expect(withoutStaleProse(stderr)).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('No changes since the build of 2021-01-10 (data last changed 2021-01-08).');
    const changes = readJson(path.join(outDir, 'data/changes.json'));
    expect(changes).toMatchObject({ lastChanged: '2021-01-08', identical: true, added: [], removed: [], changed: [], edited: [] });
    expect(readJson(file).lastChanged).toBe('2021-01-08');
  }, 240_000);
});
