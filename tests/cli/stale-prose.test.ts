/**
 * The data desk's routine edit that makes a sentence of the story false: the next validation
 * names the story file, its section and line, with the stated and the new value, and publishing
 * it anyway takes a deliberate flag.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { REVERSAL_OF_THE_WIN } from '../helpers/reversal.ts';
import { ROOT, runScript } from '../helpers/run.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The real data with one more ruling, as the desk would add it: a (made-up) reversal of the
 * ID-deadline win on appeal. Valid data, but the story says there were two wins.
 */
function dataWithTheWinReversed(): string {
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  const rulings = path.join(dir, 'rulings.csv');
  const header = readFileSync(rulings, 'utf8').split('\n')[0]!.split(',');
  const row: Record<string, string | undefined> = REVERSAL_OF_THE_WIN;
  appendFileSync(rulings, `${header.map((column) => row[column] ?? '').join(',')}\n`);
  return dir;
}

describe('a data change that makes the story stale', () => {
  const data = dataWithTheWinReversed();

  test('npm run validate names the story file, section and line, and exits 1', () => {
    const { status, stderr } = runScript('scripts/validate.ts', { DATA_DIR: data });
    expect(status).toBe(1);
    const story = readFileSync(path.join(ROOT, 'src/pages/index.mdx'), 'utf8').split('\n');
    const line = story.findIndex((l) => l.includes('<Fact status="won" cases=')) + 1;
    expect(stderr).toContain(
      `src/pages/index.mdx:${line}:1: section "The one win, and a smaller one": <Fact cases> states "pa-delaware-county-gop-observers, pa-trump-v-boockvar-id-cure", but the data now gives "pa-delaware-county-gop-observers"`,
    );
    expect(stderr).toMatch(/publish anyway with --allow-stale-prose/);
  });

  test('--allow-stale-prose publishes anyway and says so', () => {
    const { status, stdout, stderr } = runScript('scripts/validate.ts', { DATA_DIR: data, ALLOW_STALE_PROSE: '1' });
    expect(status).toBe(0);
    expect(stdout).toContain('is valid');
    expect(stderr).toMatch(/Stale prose, published on purpose: src\/pages\/index\.mdx:\d+:1: section "The one win, and a smaller one"/);
  });
});
