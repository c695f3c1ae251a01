/**
 * The same commit builds the same site on any machine: two clones of it in different folders,
 * built with nothing but the repository, give byte-identical files, every one of them. Build-time
 * stamps come from SOURCE_DATE_EPOCH or the last commit (src/site/build-info.ts), never the clock.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { globSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { ROOT } from '../helpers/run.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** Clones the committed tree into a fresh folder, shares the installed packages, and builds it. */
function cloneAndBuild(): { dist: string; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-clone-'));
  folders.push(dir);
  const clone = spawnSync('git', ['clone', '--quiet', '--shared', ROOT, dir], { encoding: 'utf8' });
  if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SOURCE_DATE_EPOCH;
  delete env.DATA_DIR;
  delete env.OUT_DIR;
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`build failed in ${dir}:\n${build.stdout}\n${build.stderr}`);
  return { dist: path.join(dir, 'dist'), output: build.stdout };
}

const digests = (dist: string) =>
  new Map(
    globSync('**/*', { cwd: dist, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.relative(dist, path.join(entry.parentPath, entry.name));
        return [
          file,
          createHash('sha256')
            .update(readFileSync(path.join(dist, file)))
            .digest('hex'),
        ] as const;
      }),
  );

describe('two builds of one commit in different folders', () => {
  test('are byte-identical, file for file', () => {
    const first = digests(cloneAndBuild().dist);
    const second = digests(cloneAndBuild().dist);
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, digest]) => second.get(file) !== digest).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 600_000);
});
