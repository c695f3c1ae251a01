/**
 * A 10,000-row file with thousands of problems: validation reports every one, each on its own
 * line, and finishes (the benchmark, not this test, measures how fast).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { syntheticFiles } from '../../scripts/lib/synthetic.ts';
import { loadDataset } from '../../src/data/load.ts';
import { ROOT, runScript } from '../helpers/run.ts';

describe('validation of a large file full of errors', () => {
  test('prints all 3,334 problems of 10,000 rows and exits 1', () => {
    const real = loadDataset(path.join(ROOT, 'data'));
    if (!real.ok) throw new Error('data/ is invalid');
    const dir = mkdtempSync(path.join(tmpdir(), 'many-errors-'));
    const files = syntheticFiles(real.data, { cases: 10_000 });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const lines = files['lawsuits.csv']!.split('\n');
    // Every third data row gets a misspelt claim: 3,334 rows of 10,000.
    let broken = 0;
    const corrupted = lines.map((line, i) => {
      if (i === 0 || i % 3 !== 1 || line === '') return line;
      broken++;
      return line.replace(
        /,(certification|ballot handling|fraud and machines|ballot curing|observer access|counting deadline|other),/,
        ',certifcation,',
      );
    });
    writeFileSync(path.join(dir, 'lawsuits.csv'), corrupted.join('\n'));
    expect(broken).toBe(3334);

    const { status, stderr } = runScript('scripts/validate.ts', { DATA_DIR: dir });
    expect(status).toBe(1);
    const reported = stderr
      .split('\n')
      .filter((l) => /lawsuits\.csv:\d+: claim "certifcation": is not an allowed value .*did you mean "certification"\?$/.test(l));
    expect(reported).toHaveLength(3334);
    expect(stderr).toContain('3334 problems in 1 file');
    // Each message names the row it is on: the first corrupted row is line 2, the last line 10,001.
    expect(reported[0]).toMatch(/lawsuits\.csv:2: /);
    expect(reported.at(-1)).toMatch(/lawsuits\.csv:10001: /);
    expect(readFileSync(path.join(dir, 'lawsuits.csv'), 'utf8').split('\n')[10000]).toContain('certifcation');
  }, 120_000);
});
