/** Environment variables are read in one module, and the README lists every one of them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { setting, SETTINGS } from '../../src/settings.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|mjs|astro)$/.test(e.name) ? [rel] : [];
  });
}

describe('settings', () => {
  test('process.env is read only in src/settings.ts', () => {
    const readers = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.ts'].filter(
      (file) => file !== path.join('src', 'settings.ts') && /process\.env\b/.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(readers).toEqual([]);
  });

  test("the README's table lists every setting, and nothing else", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| Variable |'), readme.indexOf('\n\n', readme.indexOf('| Variable |')));
    const listed = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  test('an empty variable counts as not set', () => {
    expect(setting('OUT_DIR', { OUT_DIR: '' })).toBe('dist');
    expect(setting('OUT_DIR', { OUT_DIR: 'site' })).toBe('site');
    expect(setting('SOURCE_DATE_EPOCH', {})).toBeUndefined();
  });
});
