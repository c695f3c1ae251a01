/**
 * The data folder → validated, typed records, or every problem in every file.
 *
 * This is the only place CSV files are read. Pages and charts receive the `Dataset` it returns
 * and nothing else, so nothing unvalidated can reach the site. Which files there are, their
 * keys and their references come from the registry in files.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { setting } from '../settings.ts';
import { readDataText } from './file-check.ts';
import {
  type Columns,
  DATA_FILES,
  type DataFile,
  type Dataset,
  DISAGREEMENTS,
  EVENTS,
  JUDGES,
  LAWSUITS,
  PUBLISHERS,
  QUOTES,
  RULINGS,
} from './files.ts';
import type { DataIssue } from './issues.ts';
import { checkJudges, checkQuotes, checkRulingJudges } from './judge-rules.ts';
import { type CheckedTable, checkTable } from './load-table.ts';
import { checkDisagreements, checkReference, checkRelated, checkSecondSource, checkUnique } from './rules.ts';
import { checkRulings } from './ruling-rules.ts';
import { checkSources } from './source-rules.ts';

export type { Dataset } from './files.ts';

/** `notices` are what the desk should know but need not fix (an optional column left out). */
export type LoadResult = { ok: true; data: Dataset; notices: DataIssue[] } | { ok: false; issues: DataIssue[]; notices: DataIssue[] };

/** The data folder: DATA_DIR when set, else ./data, resolved against the working directory. */
export function dataDir(env?: NodeJS.ProcessEnv): string {
  return path.resolve(setting('DATA_DIR', env)!);
}

/** How a file is named in messages: relative to where the command ran, as a user would type it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') ? file : relative;
}

/** A file of the folder as read and checked on its own, before the checks across rows and files. */
export interface LoadedFile<C extends Columns = Columns> {
  spec: DataFile<string, C>;
  shown: string;
  table: CheckedTable<C>;
}

function readTable<C extends Columns>(dir: string, spec: DataFile<string, C>): LoadedFile<C> {
  const file = path.join(dir, spec.file);
  const shown = displayPath(file);
  if (existsSync(file)) {
    const read = readDataText(readFileSync(file), Object.keys(spec.columns));
    if ('problem' in read) return { spec, shown, table: { rows: [], issues: [{ file: shown, ...read.problem }], readable: false } };
    return { spec, shown, table: checkTable(shown, read.text, spec.columns) };
  }
  if (spec.optional) return { spec, shown, table: { rows: [], issues: [], readable: true } };
  const missing: DataIssue = { file: shown, line: 0, column: 'file', message: `is missing (expected ${spec.file} in ${displayPath(dir)})` };
  return { spec, shown, table: { rows: [], issues: [missing], readable: false } };
}

export function loadDataset(dir: string = dataDir()): LoadResult {
  const files = new Map<string, LoadedFile>(DATA_FILES.map((spec) => [spec.key, readTable(dir, spec as unknown as DataFile)]));
  // The registry's entries, with the column types the rules below need.
  const get = <C extends Columns>(spec: DataFile<string, C>) => files.get(spec.key) as unknown as LoadedFile<C>;
  const issues: DataIssue[] = [...files.values()].flatMap((f) => f.table.issues);

  for (const { spec, shown, table } of files.values()) {
    const [last, ...rest] = [...(spec.primaryKey ?? [])].reverse();
    if (last) issues.push(...checkUnique(shown, table.rows, last, ...rest.reverse()));
    for (const reference of spec.references ?? []) {
      const target = files.get(reference.file)!;
      // With rows of the target unread, values listed there would look unknown; its own errors say enough.
      if (target.table.readable && target.table.complete !== false)
        issues.push(...checkReference(shown, table.rows, reference.field, target, reference.column, reference));
    }
    if (!spec.optional && !spec.emptyAllowed && table.readable && table.rows.length === 0) {
      issues.push({ file: shown, line: 0, column: 'file', message: 'has a header but no rows (expected at least one row of data)' });
    }
  }

  for (const { spec, shown, table } of files.values()) {
    if (spec.sourced) for (const row of table.rows) issues.push(...checkSecondSource(shown, row));
  }
  const lawsuits = get(LAWSUITS);
  const rulings = get(RULINGS);
  issues.push(...checkUnique(lawsuits.shown, lawsuits.table.rows, 'docket', 'court'));
  issues.push(...checkRelated(lawsuits.shown, lawsuits.table.rows));
  if (lawsuits.table.readable && rulings.table.readable) {
    issues.push(...checkRulings(lawsuits.shown, lawsuits.table.rows, rulings.shown, rulings.table.rows, rulings.table.complete !== false));
  }
  const absent = new Set((rulings.table.notices ?? []).map((n) => n.value));
  const ruled = checkRulingJudges(
    rulings.shown,
    rulings.table.rows,
    Object.keys(RULINGS.columns).filter((c) => !absent.has(c)),
  );
  issues.push(...ruled.issues);
  const judges = get(JUDGES);
  issues.push(...checkJudges(judges.shown, judges.table.rows));
  const quotes = get(QUOTES);
  if (rulings.table.readable && rulings.table.complete !== false)
    issues.push(...checkQuotes(quotes.shown, quotes.table.rows, rulings.table.rows));
  const publishers = get(PUBLISHERS);
  if (publishers.table.readable) {
    const registered = publishers.table.rows.flatMap((row) => (row.record ? [{ record: row.record, line: row.line }] : []));
    issues.push(...checkSources([...files.values()], registered, publishers.shown));
  }
  const events = get(EVENTS);
  if (lawsuits.table.readable && events.table.readable) {
    const disagreements = get(DISAGREEMENTS);
    issues.push(
      ...checkDisagreements(disagreements.shown, disagreements.table.rows, [lawsuits, events], { ...rulings, caseColumn: 'case_id' }),
    );
  }

  const notices = [...[...files.values()].flatMap((f) => f.table.notices ?? []), ...ruled.notices];
  if (issues.length > 0) return { ok: false, issues, notices };
  const data = Object.fromEntries(
    [...files.values()].map(({ spec, table }) => [spec.key, table.rows.flatMap((row) => (row.record ? [row.record] : []))]),
  );
  return { ok: true, data: data as unknown as Dataset, notices };
}
