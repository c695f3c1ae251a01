/** The synthetic data behind the benchmarks must be valid, the requested size, and repeatable. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { generateLawsuits, syntheticFiles } from '../../scripts/lib/synthetic.ts';
import { LAWSUITS } from '../../src/data/files.ts';
import { type Dataset, loadDataset } from '../../src/data/load.ts';
import { OUTCOMES } from '../../src/data/schema.ts';
import { caseHistories, finalStatus } from '../../src/data/status.ts';
import { ROOT } from '../helpers/run.ts';

const REAL = path.join(ROOT, 'data');
const CASES = 500;

function realData(): Dataset {
  const result = loadDataset(REAL);
  if (!result.ok) throw new Error('the real data in data/ must be valid for this test');
  return result.data;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data folder as `npm run generate:synthetic` writes it. */
function syntheticFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-synthetic-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('synthetic lawsuits', () => {
  const source = realData();
  const { states } = source;
  const files = syntheticFiles(source, { cases: CASES, seed: 7 });
  const result = loadDataset(syntheticFolder(files));
  const lawsuits = result.ok ? result.data.lawsuits : [];
  const histories = result.ok ? caseHistories(result.data) : [];

  test('pass the validator with exactly the requested number of cases', () => {
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    expect(lawsuits).toHaveLength(CASES);
  });

  test('are the same for the same seed and differ for another', () => {
    expect(syntheticFiles(source, { cases: CASES, seed: 7 })).toEqual(files);
    expect(syntheticFiles(source, { cases: CASES, seed: 8 })[LAWSUITS.file]).not.toBe(files[LAWSUITS.file]);
  });

  test('spread over many states, every status and open cases, in the story period', () => {
    expect(new Set(lawsuits.map((c) => c.state)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(histories.map(finalStatus))).toEqual(new Set([...OUTCOMES, 'awaiting ruling', 'lost so far']));
    const filed = lawsuits.flatMap((c) => (c.filed_date ? [c.filed_date] : [])).sort();
    expect(filed[0]! >= '2020-11-03' && filed.at(-1)! <= '2021-01-06').toBe(true);
    const late = histories.filter((h) => h.endedOn && h.endedOn > '2021-03-31');
    expect(late.length).toBeLessThan(CASES * 0.05);
    expect(result.ok && result.data.rulings.length).toBeGreaterThan(CASES);
  });

  test('reject a count that is not a whole number of at least 1', () => {
    expect(() => generateLawsuits(states, { cases: 0 })).toThrow(/at least 1/);
    expect(() => generateLawsuits(states, { cases: 2.5 })).toThrow(/whole number/);
  });
});
