/** `npm run validate` as the data desk runs it: exit codes and what it prints. */
import { describe, expect, test } from 'vitest';

import { BROKEN_LAWSUITS } from '../helpers/broken-files.ts';
import { dataDirWith } from '../helpers/data-dir.ts';
import { FIXTURE_STORY, runScript } from '../helpers/run.ts';

describe('npm run validate', () => {
  test('prints a summary and exits 0 on valid data', () => {
    const { status, stdout } = runScript('scripts/validate.ts', { DATA_DIR: dataDirWith(), ...FIXTURE_STORY });
    expect(status).toBe(0);
    expect(stdout).toContain('is valid');
    expect(stdout).toContain('lawsuits.csv 4 rows · rulings.csv 12 rows · judges.csv 0 rows · quotes.csv 0 rows · events.csv 2 rows');
    // The base fixture is an older copy of the data: the columns added since are noticed, not refused.
    expect(stdout).toMatch(/^Notices \(nothing to fix\):\n.*rulings\.csv:1: header "judges": optional column is not in this file/m);
    // Columns: cases, then each status in order (lost on appeal … not confirmed).
    expect(stdout).toMatch(/^ {2}GA +2 +2 +0 +0 +0 +0 +0 +0 +0 +0$/m);
    expect(stdout).toMatch(/^ {2}all +4 +3 +0 +0 +0 +1 +0 +0 +0 +0$/m);
  });

  test('prints every problem with its line and exits 1 on bad data', () => {
    const dir = dataDirWith({ 'lawsuits.csv': { edits: BROKEN_LAWSUITS['formula-cells']! } });
    const { status, stdout, stderr } = runScript('scripts/validate.ts', { DATA_DIR: dir });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('lawsuits.csv:'))).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/^4 problems in 1 file of .*; nothing was built\.$/);
  });
});
