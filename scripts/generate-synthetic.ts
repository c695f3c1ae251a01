/**
 * `npm run generate:synthetic -- --cases 10000 --out .build/synthetic-10000 [--seed 2020] [--from data]`
 *
 * Writes a complete data folder for benchmarks and scale tests: the states and events of the
 * real data (copied as they are) and N synthetic lawsuits from src/data/synthetic.ts. The
 * folder is validated before the command reports success, so DATA_DIR=<out> works at once.
 * SYNTHETIC_CASES, SYNTHETIC_OUT and SYNTHETIC_SEED may stand in for the flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { formatIssue, sortIssues } from '../src/data/issues.ts';
import { displayPath, loadDataset } from '../src/data/load.ts';
import { setting } from '../src/settings.ts';
import { DEFAULT_SEED, syntheticFiles } from './lib/synthetic.ts';

interface Settings {
  cases: number;
  seed: number;
  from: string;
  out: string;
}

function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) fail(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

function fail(message: string): never {
  console.error(`generate:synthetic: ${message}`);
  process.exit(1);
}

function settings(): Settings {
  const { values } = parseArgs({
    options: { cases: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } },
    strict: true,
  });
  const cases = wholeNumber('--cases', values.cases ?? setting('SYNTHETIC_CASES')!);
  const seed = wholeNumber('--seed', values.seed ?? setting('SYNTHETIC_SEED') ?? String(DEFAULT_SEED));
  const from = path.resolve(values.from ?? 'data');
  const out = path.resolve(values.out ?? setting('SYNTHETIC_OUT') ?? path.join('.build', `synthetic-${cases}`));
  // Writing over the folder the states and events come from would replace real lawsuits.
  if (out === from || out === path.resolve('data')) fail(`refusing to write synthetic data into ${displayPath(out)}`);
  return { cases, seed, from, out };
}

function loadOrFail(dir: string, what: string) {
  const result = loadDataset(dir);
  if (result.ok) return result.data;
  for (const issue of sortIssues(result.issues)) console.error(formatIssue(issue));
  fail(`${what} in ${displayPath(dir)} is not valid (see above)`);
}

const { cases, seed, from, out } = settings();
const source = loadOrFail(from, 'the source data');
const started = performance.now();
mkdirSync(out, { recursive: true });
for (const [file, text] of Object.entries(syntheticFiles(source, { cases, seed }))) writeFileSync(path.join(out, file), text);
const written = loadOrFail(out, 'the generated data');
const states = new Set(written.lawsuits.map((c) => c.state)).size;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Wrote ${written.lawsuits.length} synthetic lawsuits in ${states} states (seed ${seed}) to ${displayPath(out)} in ${seconds} s; it validates.`,
);
