/**
 * The data folder → validated, typed records, or every problem in every file.
 *
 * This is the only place CSV files are read. Pages and charts receive the `Dataset` it returns
 * and nothing else, so nothing unvalidated can reach the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { DataIssue } from './issues.ts';
import { type CheckedTable, checkTable, type Columns, type RecordOf } from './load-table.ts';
import { checkDisagreements, checkLawsuitRow, checkStateKnown, checkUnique } from './rules.ts';
import {
  type Disagreement,
  disagreementColumns,
  eventColumns,
  type Lawsuit,
  lawsuitColumns,
  type PublishedTally,
  publishedTallyColumns,
  type State,
  stateColumns,
  type TimelineEvent,
} from './schema.ts';

export const DATA_FILES = {
  lawsuits: 'lawsuits.csv',
  events: 'events.csv',
  states: 'states.csv',
  disagreements: 'disagreements.csv',
  publishedTallies: 'published-tallies.csv',
} as const;

/** Files a data folder may leave out; the site then has nothing of that kind to show. */
const OPTIONAL_FILES: readonly string[] = [DATA_FILES.disagreements, DATA_FILES.publishedTallies];

export interface Dataset {
  lawsuits: Lawsuit[];
  events: TimelineEvent[];
  states: State[];
  disagreements: Disagreement[];
  publishedTallies: PublishedTally[];
}

export type LoadResult = { ok: true; data: Dataset } | { ok: false; issues: DataIssue[] };

/** The data folder: DATA_DIR when set, else ./data, resolved against the working directory. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR || 'data');
}

/** How a file is named in messages: relative to where the command ran, as a user would type it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') ? file : relative;
}

interface LoadedFile<C extends Columns> {
  shown: string;
  table: CheckedTable<C>;
}

function readTable<C extends Columns>(dir: string, name: string, columns: C): LoadedFile<C> {
  const file = path.join(dir, name);
  const shown = displayPath(file);
  if (existsSync(file)) return { shown, table: checkTable(shown, readFileSync(file, 'utf8'), columns) };
  if (OPTIONAL_FILES.includes(name)) return { shown, table: { rows: [], issues: [], readable: true } };
  const missing: DataIssue = { file: shown, line: 0, column: 'file', message: `is missing (expected ${name} in ${displayPath(dir)})` };
  return { shown, table: { rows: [], issues: [missing], readable: false } };
}

const recordsOf = <C extends Columns>({ table }: LoadedFile<C>): RecordOf<C>[] =>
  table.rows.flatMap((row) => (row.record ? [row.record] : []));

export function loadDataset(dir: string = dataDir()): LoadResult {
  const states = readTable(dir, DATA_FILES.states, stateColumns);
  const lawsuits = readTable(dir, DATA_FILES.lawsuits, lawsuitColumns);
  const events = readTable(dir, DATA_FILES.events, eventColumns);
  const disagreements = readTable(dir, DATA_FILES.disagreements, disagreementColumns);
  const tallies = readTable(dir, DATA_FILES.publishedTallies, publishedTallyColumns);

  const issues: DataIssue[] = [states, lawsuits, events, disagreements, tallies].flatMap((f) => f.table.issues);
  issues.push(...checkUnique(states.shown, states.table.rows, 'code'));
  issues.push(...checkUnique(lawsuits.shown, lawsuits.table.rows, 'id'));
  issues.push(...checkUnique(lawsuits.shown, lawsuits.table.rows, 'docket', 'court'));
  issues.push(...checkUnique(events.shown, events.table.rows, 'id'));
  issues.push(...checkUnique(tallies.shown, tallies.table.rows, 'id'));
  for (const row of lawsuits.table.rows) issues.push(...checkLawsuitRow(lawsuits.shown, row));

  // Without a readable states file every code would look unknown; that file's own error says enough.
  if (states.table.readable) {
    const known = new Set(states.table.rows.flatMap((row) => (row.raw.code ? [row.raw.code] : [])));
    issues.push(...checkStateKnown(lawsuits.shown, lawsuits.table.rows, 'state', known, states.shown));
    issues.push(...checkStateKnown(events.shown, events.table.rows, 'state', known, states.shown));
  }
  if (lawsuits.table.readable && events.table.readable) {
    const subjects = [
      { shown: lawsuits.shown, columns: Object.keys(lawsuitColumns), rows: lawsuits.table.rows },
      { shown: events.shown, columns: Object.keys(eventColumns), rows: events.table.rows },
    ];
    issues.push(...checkDisagreements(disagreements.shown, disagreements.table.rows, subjects));
  }
  for (const { shown, table } of [states, lawsuits, events]) {
    if (table.readable && table.rows.length === 0) {
      issues.push({ file: shown, line: 2, column: 'file', message: 'has a header but no rows (expected at least one row of data)' });
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    data: {
      states: recordsOf(states),
      lawsuits: recordsOf(lawsuits),
      events: recordsOf(events),
      disagreements: recordsOf(disagreements),
      publishedTallies: recordsOf(tallies),
    },
  };
}
