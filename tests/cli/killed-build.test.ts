/** A build killed half-way leaves its staging folder behind; the next build clears it up. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { cleanKilledBuilds } from '../../scripts/lib/build-site.ts';
import { dataDirWith } from '../helpers/data-dir.ts';
import { FIXTURE_STORY, ROOT } from '../helpers/run.ts';

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function workFolder() {
  const root = mkdtempSync(path.join(tmpdir(), 'lawsuits-work-'));
  return { work: path.join(root, '.build'), outDir: path.join(root, 'dist') };
}

describe('cleanKilledBuilds', () => {
  test('removes what dead builds left, keeps what running builds use', () => {
    const { work, outDir } = workFolder();
    const dead = deadPid();
    for (const name of [`staging-${dead}`, `staging-${process.pid}`, 'notes']) mkdirSync(path.join(work, name), { recursive: true });
    mkdirSync(outDir);
    expect(cleanKilledBuilds(work, outDir)).toEqual([`removed staging-${dead}`]);
    expect(readdirSync(work).sort()).toEqual(['notes', `staging-${process.pid}`]);
  });

  test('a build killed between its two renames gets the old site put back', () => {
    const { work, outDir } = workFolder();
    const dead = deadPid();
    mkdirSync(path.join(work, `previous-${dead}`), { recursive: true });
    writeFileSync(path.join(work, `previous-${dead}`, 'index.html'), 'the last good build');
    expect(cleanKilledBuilds(work, outDir)).toHaveLength(1);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the last good build');
    expect(readdirSync(work)).toEqual([]);
  });
});

describe('npm run build killed half-way', () => {
  test('leaves a staging folder that the next build removes', async () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'lawsuits-dist-')), 'dist');
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: dataDirWith(), OUT_DIR: outDir, ...FIXTURE_STORY },
      stdio: 'ignore',
    });
    const staging = path.join(ROOT, '.build', `staging-${child.pid}`);
    // Kill it once it has started writing the new site, whatever that takes on a loaded machine.
    await expect.poll(() => existsSync(staging), { timeout: 120_000, interval: 50 }).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(staging)).toBe(true);
    expect(existsSync(outDir)).toBe(false);

    expect(cleanKilledBuilds(path.join(ROOT, '.build'), outDir)).toContain(`removed staging-${child.pid}`);
    expect(existsSync(staging)).toBe(false);
  }, 180_000);
});
