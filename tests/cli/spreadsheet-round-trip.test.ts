/**
 * `npm run validate` on the real data saved again by a spreadsheet: it prints exactly the same,
 * with a notice per file that `npm run data:format` would put it back in the project's form.
 */
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { ROOT, runScript } from '../helpers/run.ts';
import { EVERYTHING, resavedCopy } from '../helpers/spreadsheet.ts';

describe('npm run validate on a round-tripped folder', () => {
  test('prints exactly what it prints for the original, and a notice per resaved file', () => {
    const dir = path.join(ROOT, 'data');
    const copy = resavedCopy(dir, EVERYTHING);
    const before = runScript('scripts/validate.ts', { DATA_DIR: dir });
    const after = runScript('scripts/validate.ts', { DATA_DIR: copy });
    expect(before.status).toBe(0);
    expect(after.status).toBe(0);
    expect(before.stdout).toMatch(/^The data in data is valid\./);
    const lines = after.stdout.split('\n');
    const notices = lines.filter((l) => l.startsWith('Notice: '));
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices)
      expect(notice).toMatch(/^Notice: .*\.csv .*; `npm run data:format` rewrites it in the project's form without changing a value\.$/);
    const rest = lines.filter((l) => !l.startsWith('Notice: ')).join('\n');
    expect(rest.replace(`The data in ${copy} is`, 'The data in data is').trimEnd()).toBe(before.stdout.trimEnd());
  });
});
