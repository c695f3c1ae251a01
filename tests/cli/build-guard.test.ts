/** Bad data stops the build before it writes anything: the last good site stays as it was. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { BROKEN_LAWSUITS } from '../helpers/broken-files.ts';
import { dataDirWith } from '../helpers/data-dir.ts';
import { ROOT, runScript } from '../helpers/run.ts';

function previousSite() {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'lawsuits-dist-')), 'dist');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'index.html'), '<p>the last good build</p>');
  return outDir;
}

describe('npm run build with bad data', () => {
  test('exits 1, prints the problem and leaves the previous dist/ untouched', () => {
    const outDir = previousSite();
    const dir = dataDirWith({ 'lawsuits.csv': { edits: BROKEN_LAWSUITS['unknown-enum']! } });
    const { status, stderr } = runScript('scripts/build.ts', { DATA_DIR: dir, OUT_DIR: outDir });
    expect(status).toBe(1);
    expect(stderr).toContain('plaintiff_type "electrs": is not an allowed value');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the last good build</p>');
  });
});

describe('a bare astro build with bad data', () => {
  test('is stopped by the data guard before any page is written', () => {
    const outDir = previousSite();
    const dir = dataDirWith({ 'lawsuits.csv': { edits: BROKEN_LAWSUITS['duplicate-id']! } });
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('id "az-trump-v-hobbs": is used again, first on line 2');
    expect(readdirSync(outDir)).toEqual(['index.html']);
  });
});
