/** The synthetic data behind the benchmarks must be valid, the requested size, and repeatable. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { EVENTS, LAWSUITS, STATES } from '../../src/data/files.ts';
import { type Dataset, loadDataset } from '../../src/data/load.ts';
import { OUTCOMES } from '../../src/data/schema.ts';
import { generateLawsuits, lawsuitsCsv } from '../../src/data/synthetic.ts';
import { ROOT } from '../helpers/run.ts';

const REAL = path.join(ROOT, 'data');
const CASES = 500;

function realStates(): Dataset['states'] {
  const result = loadDataset(REAL);
  if (!result.ok) throw new Error('the real data in data/ must be valid for this test');
  return result.data.states;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data folder as `npm run generate:synthetic` writes it. */
function syntheticFolder(csv: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-synthetic-'));
  made.push(dir);
  for (const { file } of [STATES, EVENTS]) copyFileSync(path.join(REAL, file), path.join(dir, file));
  writeFileSync(path.join(dir, LAWSUITS.file), csv);
  return dir;
}

describe('synthetic lawsuits', () => {
  const states = realStates();
  const csv = lawsuitsCsv(generateLawsuits(states, { cases: CASES, seed: 7 }));
  const result = loadDataset(syntheticFolder(csv));
  const lawsuits = result.ok ? result.data.lawsuits : [];

  test('pass the validator with exactly the requested number of cases', () => {
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    expect(lawsuits).toHaveLength(CASES);
  });

  test('are the same for the same seed and differ for another', () => {
    expect(lawsuitsCsv(generateLawsuits(states, { cases: CASES, seed: 7 }))).toBe(csv);
    expect(lawsuitsCsv(generateLawsuits(states, { cases: CASES, seed: 8 }))).not.toBe(csv);
  });

  test('spread over many states, every outcome and pending cases, in the story period', () => {
    expect(new Set(lawsuits.map((c) => c.state)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(lawsuits.map((c) => c.outcome))).toEqual(new Set([...OUTCOMES, undefined]));
    const filed = lawsuits.flatMap((c) => (c.filed_date ? [c.filed_date] : [])).sort();
    expect(filed[0]! >= '2020-11-03' && filed.at(-1)! <= '2021-01-06').toBe(true);
    const late = lawsuits.filter((c) => c.outcome_date && c.outcome_date > '2021-03-31');
    expect(late.length).toBeLessThan(CASES * 0.05);
  });

  test('reject a count that is not a whole number of at least 1', () => {
    expect(() => generateLawsuits(states, { cases: 0 })).toThrow(/at least 1/);
    expect(() => generateLawsuits(states, { cases: 2.5 })).toThrow(/whole number/);
  });
});
