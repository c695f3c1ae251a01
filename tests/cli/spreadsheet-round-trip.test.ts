/** `npm run validate` on the real data saved again by a spreadsheet: it prints exactly the same. */
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { ROOT, runScript } from '../helpers/run.ts';
import { EVERYTHING, resavedCopy } from '../helpers/spreadsheet.ts';

describe('npm run validate on a round-tripped folder', () => {
  test('prints exactly what it prints for the original', () => {
    const dir = path.join(ROOT, 'data');
    const copy = resavedCopy(dir, EVERYTHING);
    const before = runScript('scripts/validate.ts', { DATA_DIR: dir });
    const after = runScript('scripts/validate.ts', { DATA_DIR: copy });
    expect(before.status).toBe(0);
    expect(after.status).toBe(0);
    expect(before.stdout).toMatch(/^The data in data is valid\./);
    expect(after.stdout.replace(`The data in ${copy} is`, 'The data in data is')).toBe(before.stdout);
  });
});
