/**
 * What changed in the data since the last published build: cases added and removed, cases whose
 * outcome or dates moved, and how the headline tallies moved. The same report is printed by
 * `npm run validate` and the build, and published with the site as data/changes.json.
 *
 * Everything here but `dataLastChanged` is a pure function of two datasets, so the report can be
 * tested without a build and reused by pages.
 */
import { isDeepStrictEqual } from 'node:util';

import { DATA_FILES, type Dataset, emptyDataset, EVENTS, LAWSUITS } from './files.ts';
import { today } from './period.ts';
import type { Lawsuit, TimelineEvent } from './schema.ts';
import { publishedDir, readSnapshot, type Snapshot } from './snapshot.ts';
import { type CaseStatus, finalStatus, STATUS_ORDER } from './status.ts';

/** The columns whose old and new values the report names; any other edit is only counted. */
export const TRACKED_COLUMNS = ['outcome', 'outcome_date', 'filed_date'] as const;
export type TrackedColumn = (typeof TRACKED_COLUMNS)[number];

export interface CaseRef {
  id: string;
  case_name: string;
  state: string;
  status: CaseStatus;
}

export interface ColumnChange {
  column: TrackedColumn;
  /** null for an empty cell. */
  from: string | null;
  to: string | null;
}

export interface CaseChange {
  id: string;
  case_name: string;
  changes: ColumnChange[];
}

export interface Move {
  from: number;
  to: number;
}

export interface ChangeReport {
  /** The build compared with; null when there was none, and then every case counts as added. */
  since: { builtAt: string; lastChanged: string } | null;
  /** True when every file holds exactly what the previous build published. */
  identical: boolean;
  added: CaseRef[];
  removed: CaseRef[];
  /** Cases whose outcome or dates changed, old → new. */
  changed: CaseChange[];
  /** Ids of cases where only other columns changed (a name, a summary, a source). */
  edited: string[];
  events: { added: string[]; removed: string[]; edited: string[] };
  /** Other files whose rows changed. */
  otherFiles: string[];
  /** The headline counts: cases by final status (outcome, or pending) and in all. */
  tallies: { byStatus: ({ status: CaseStatus } & Move)[]; total: Move };
}

const refOf = (c: Lawsuit): CaseRef => ({ id: c.id, case_name: c.case_name, state: c.state, status: finalStatus(c) });
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = byId(before);
  const now = byId(after);
  return {
    added: after.filter((r) => !old.has(r.id)),
    removed: before.filter((r) => !now.has(r.id)),
    kept: after.flatMap((r) => (old.has(r.id) ? [{ before: old.get(r.id)!, after: r }] : [])),
  };
}

function statusCounts(cases: readonly Lawsuit[]): Map<CaseStatus, number> {
  const counts = new Map<CaseStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
  for (const c of cases) counts.set(finalStatus(c), counts.get(finalStatus(c))! + 1);
  return counts;
}

/** The changes from `previous` (the last published snapshot, if any) to `current`. */
export function changeReport(previous: Snapshot | undefined, current: Dataset): ChangeReport {
  const before = previous?.data ?? emptyDataset();
  const cases = diffById(before.lawsuits, current.lawsuits);
  const changed: CaseChange[] = [];
  const edited: string[] = [];
  for (const { before: old, after: now } of cases.kept) {
    const changes = TRACKED_COLUMNS.flatMap((column) =>
      old[column] === now[column] ? [] : [{ column, from: old[column] ?? null, to: now[column] ?? null }],
    );
    if (changes.length > 0) changed.push({ id: now.id, case_name: now.case_name, changes });
    else if (!isDeepStrictEqual(old, now)) edited.push(now.id);
  }

  const events = diffById<TimelineEvent>(before.events, current.events);
  const otherFiles = DATA_FILES.filter((f) => f !== LAWSUITS && f !== EVENTS)
    .filter((f) => !isDeepStrictEqual(before[f.key] ?? [], current[f.key]))
    .map((f) => f.file);

  const old = statusCounts(before.lawsuits);
  const now = statusCounts(current.lawsuits);
  return {
    since: previous ? { builtAt: previous.builtAt, lastChanged: previous.lastChanged } : null,
    identical: previous !== undefined && isDeepStrictEqual(previous.data, current),
    added: cases.added.map(refOf),
    removed: cases.removed.map(refOf),
    changed,
    edited,
    events: {
      added: events.added.map((e) => e.id),
      removed: events.removed.map((e) => e.id),
      edited: events.kept.filter((e) => !isDeepStrictEqual(e.before, e.after)).map((e) => e.after.id),
    },
    otherFiles,
    tallies: {
      byStatus: STATUS_ORDER.map((status) => ({ status, from: old.get(status)!, to: now.get(status)! })),
      total: { from: before.lawsuits.length, to: current.lawsuits.length },
    },
  };
}

/**
 * The day the data last changed: the previous build's date when the data is what it published,
 * else `day` (the day of the build about to publish it).
 */
export function lastChanged(previous: Snapshot | undefined, current: Dataset, day: string = today()): string {
  return previous && isDeepStrictEqual(previous.data, current) ? previous.lastChanged : day;
}

/** The snapshot a build that publishes `current` at `builtAt` keeps. */
export function nextSnapshot(previous: Snapshot | undefined, current: Dataset, builtAt: Date = new Date()): Snapshot {
  const iso = builtAt.toISOString();
  return { version: 1, builtAt: iso, lastChanged: lastChanged(previous, current, iso.slice(0, 10)), data: current };
}

/**
 * For pages: the day the data last changed, against the snapshot of the site in dist/ (or
 * OUT_DIR). During a build that is the day of this build when the data differs from what was
 * published, else the day it last did.
 */
export function dataLastChanged(current: Dataset, outDir: string = publishedDir(), day: string = today()): string {
  const read = readSnapshot(outDir);
  return lastChanged(read.found ? read.snapshot : undefined, current, day);
}

// Long lists would bury the rest of the report; the JSON file keeps them whole.
const LIST_LIMIT = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const shown = (value: string | null) => value ?? '(empty)';
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
const move = (label: string, { from, to }: Move) => `${label} ${from} → ${to} (${signed(to - from)})`;

function limited(lines: string[]): string[] {
  if (lines.length <= LIST_LIMIT) return lines;
  return [...lines.slice(0, LIST_LIMIT), `    … and ${lines.length - LIST_LIMIT} more`];
}

function idList(ids: readonly string[]): string {
  return ids.length <= LIST_LIMIT ? ids.join(', ') : `${ids.slice(0, LIST_LIMIT).join(', ')} … and ${ids.length - LIST_LIMIT} more`;
}

/** The report as the terminal shows it: a heading line, then indented lines per kind of change. */
export function formatChanges(report: ChangeReport): string[] {
  const { since } = report;
  if (!since) return [`No earlier build to compare with: ${plural(report.tallies.total.to, 'case')}, all new.`];
  const heading = `the build of ${since.builtAt.slice(0, 10)} (data last changed ${since.lastChanged})`;
  if (report.identical) return [`No changes since ${heading}.`];

  const lines = [`Changes since ${heading}:`];
  const caseLine = (mark: string, c: CaseRef) => `    ${mark} ${c.id}  ${c.case_name} (${c.state}, ${c.status})`;
  if (report.added.length > 0)
    lines.push(`  Added ${plural(report.added.length, 'case')}:`, ...limited(report.added.map((c) => caseLine('+', c))));
  if (report.removed.length > 0)
    lines.push(`  Removed ${plural(report.removed.length, 'case')}:`, ...limited(report.removed.map((c) => caseLine('-', c))));
  if (report.changed.length > 0) {
    const describe = (c: CaseChange) => c.changes.map((x) => `${x.column}: ${shown(x.from)} → ${shown(x.to)}`).join('; ');
    lines.push(
      `  Outcome or dates changed in ${plural(report.changed.length, 'case')}:`,
      ...limited(report.changed.map((c) => `    ~ ${c.id}  ${describe(c)}`)),
    );
  }
  if (report.edited.length > 0) lines.push(`  Other columns edited in ${plural(report.edited.length, 'case')}: ${idList(report.edited)}`);
  const { events } = report;
  const eventParts = [
    events.added.length > 0 ? `added ${idList(events.added)}` : '',
    events.removed.length > 0 ? `removed ${idList(events.removed)}` : '',
    events.edited.length > 0 ? `edited ${idList(events.edited)}` : '',
  ].filter(Boolean);
  if (eventParts.length > 0) lines.push(`  Events: ${eventParts.join('; ')}`);
  if (report.otherFiles.length > 0) lines.push(`  Also changed: ${report.otherFiles.join(', ')}`);

  const moved = report.tallies.byStatus.filter((t) => t.from !== t.to).map((t) => move(t.status, t));
  const { total } = report.tallies;
  lines.push(
    moved.length > 0 || total.from !== total.to
      ? `  Cases by outcome: ${[...moved, move('total', total)].join(', ')}`
      : '  Cases by outcome: unchanged',
  );
  return lines;
}
