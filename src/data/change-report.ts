/**
 * What changed between two versions of the data: cases added and removed, rulings added,
 * removed or corrected, cases whose status moved, sources replaced, events, other files, and
 * how the headline tallies moved. A pure function of two datasets, so the same report serves
 * `npm run validate`, the build, the publication record and the updates page.
 */
import { isDeepStrictEqual } from 'node:util';

import { type AnyDataFile, DATA_FILES, type Dataset, emptyDataset, EVENTS, LAWSUITS, RULINGS } from './files.ts';
import type { Ruling } from './schema.ts';
import { caseHistories, type CaseStatus, finalStatus, STATUS_ORDER } from './status.ts';
import { plural } from './wording.ts';

export interface CaseRef {
  id: string;
  case_name: string;
  state: string;
  status: CaseStatus;
}

export interface RulingRef {
  case_id: string;
  case_name: string;
  date: string;
  court: string;
  action: Ruling['action'];
}

export interface StatusChange {
  id: string;
  case_name: string;
  from: CaseStatus;
  to: CaseStatus;
}

export interface SourceChange {
  /** The case id, event id or `case_id date court` of a ruling. */
  subject: string;
  file: string;
  from: string[];
  to: string[];
}

/** One cell whose value changed in a row that both versions hold (matched by the file's key). */
export interface CellEdit {
  file: string;
  /** The row's key: a case or event id, `case_id date court action` for a ruling. */
  subject: string;
  column: string;
  /** The old and new text of the cell; empty for an empty cell. */
  from: string;
  to: string;
}

export interface Move {
  from: number;
  to: number;
}

export interface ChangeReport {
  /** True when every file holds exactly what it held before. */
  identical: boolean;
  cases: { added: CaseRef[]; removed: CaseRef[]; statusChanged: StatusChange[]; edited: string[] };
  rulings: { added: RulingRef[]; removed: RulingRef[]; edited: RulingRef[] };
  sources: SourceChange[];
  /** Every edited cell of every file that has a key, so the desk sees exactly what a correction changed. */
  cells: CellEdit[];
  events: { added: string[]; removed: string[]; edited: string[] };
  /** Other files whose rows changed. */
  otherFiles: string[];
  /** The headline counts: cases by status today, and in all. */
  tallies: { byStatus: ({ status: CaseStatus } & Move)[]; total: Move };
}

/** A ruling's identity: the columns of its primary key. */
export const rulingKey = (r: Ruling) => [r.case_id, r.date, r.court, r.action, r.favoured].join('\u0000');

/** The text a cell holds, as the CSV has it. */
const cellText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** How a row of a file is named in the report: its key columns, a ruling's case, day, court and action. */
function subjectOf(file: AnyDataFile, row: Record<string, unknown>): string {
  if (file === RULINGS) return ['case_id', 'date', 'court', 'action'].map((c) => cellText(row[c])).join(' ');
  return (file.primaryKey ?? []).map((c) => cellText(row[c])).join(' ');
}

function cellEdits(before: Dataset, after: Dataset): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const file of DATA_FILES) {
    const key = file.primaryKey;
    if (!key) continue;
    const rows = (data: Dataset) => (data[file.key] ?? []) as unknown as Record<string, unknown>[];
    const { kept } = diffBy(rows(before), rows(after), (row) => key.map((c) => cellText(row[c])).join('\u0000'));
    for (const { before: b, after: a } of kept) {
      for (const column of Object.keys(file.columns)) {
        const from = cellText(b[column]);
        const to = cellText(a[column]);
        if (from !== to) edits.push({ file: file.file, subject: subjectOf(file, a), column, from, to });
      }
    }
  }
  return edits;
}

function diffBy<T>(before: readonly T[], after: readonly T[], key: (row: T) => string) {
  const old = new Map(before.map((r) => [key(r), r]));
  const now = new Map(after.map((r) => [key(r), r]));
  return {
    added: after.filter((r) => !old.has(key(r))),
    removed: before.filter((r) => !now.has(key(r))),
    kept: after.flatMap((r) => (old.has(key(r)) ? [{ before: old.get(key(r))!, after: r }] : [])),
  };
}

const sourcesOf = (row: { source_url: string; source_url_2?: string | undefined }) =>
  [row.source_url, row.source_url_2].filter((u): u is string => Boolean(u));

function statuses(data: Dataset): Map<string, CaseStatus> {
  return new Map(caseHistories(data).map((h) => [h.case.id, finalStatus(h)]));
}

/** The changes from `before` (the last published data; none at all for a first publication) to `after`. */
export function changeReport(before: Dataset | undefined, after: Dataset): ChangeReport {
  const old = before ?? emptyDataset();
  const oldStatus = statuses(old);
  const newStatus = statuses(after);
  const names = new Map([...old.lawsuits, ...after.lawsuits].map((c) => [c.id, c.case_name]));
  const refOf = (status: Map<string, CaseStatus>) => (c: Dataset['lawsuits'][number]) => ({
    id: c.id,
    case_name: c.case_name,
    state: c.state,
    status: status.get(c.id)!,
  });
  const rulingRef = (r: Ruling): RulingRef => ({
    case_id: r.case_id,
    case_name: names.get(r.case_id) ?? r.case_id,
    date: r.date,
    court: r.court,
    action: r.action,
  });

  const cases = diffBy(old.lawsuits, after.lawsuits, (c) => c.id);
  const rulings = diffBy(old.rulings, after.rulings, rulingKey);
  const events = diffBy(old.events, after.events, (e) => e.id);

  const sources: SourceChange[] = [];
  const compareSources = <T extends { source_url: string; source_url_2?: string | undefined }>(
    file: string,
    kept: { before: T; after: T }[],
    subject: (row: T) => string,
  ) => {
    for (const { before: b, after: a } of kept) {
      if (!isDeepStrictEqual(sourcesOf(b), sourcesOf(a))) sources.push({ subject: subject(a), file, from: sourcesOf(b), to: sourcesOf(a) });
    }
  };
  compareSources(LAWSUITS.file, cases.kept, (c) => c.id);
  compareSources(RULINGS.file, rulings.kept, (r) => `${r.case_id} ${r.date} ${r.court}`);
  compareSources(EVENTS.file, events.kept, (e) => e.id);

  const count = (status: Map<string, CaseStatus>) => {
    const counts = new Map<CaseStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
    for (const s of status.values()) counts.set(s, counts.get(s)! + 1);
    return counts;
  };
  const oldCounts = count(oldStatus);
  const newCounts = count(newStatus);

  return {
    identical: before !== undefined && isDeepStrictEqual(old, after),
    cases: {
      added: cases.added.map(refOf(newStatus)),
      removed: cases.removed.map(refOf(oldStatus)),
      statusChanged: cases.kept.flatMap(({ after: c }) =>
        oldStatus.get(c.id) === newStatus.get(c.id)
          ? []
          : [{ id: c.id, case_name: c.case_name, from: oldStatus.get(c.id)!, to: newStatus.get(c.id)! }],
      ),
      edited: cases.kept.filter(({ before: b, after: a }) => !isDeepStrictEqual(b, a)).map(({ after: a }) => a.id),
    },
    rulings: {
      added: rulings.added.map(rulingRef),
      removed: rulings.removed.map(rulingRef),
      edited: rulings.kept.filter(({ before: b, after: a }) => !isDeepStrictEqual(b, a)).map(({ after: a }) => rulingRef(a)),
    },
    sources,
    cells: cellEdits(old, after),
    events: {
      added: events.added.map((e) => e.id),
      removed: events.removed.map((e) => e.id),
      edited: events.kept.filter(({ before: b, after: a }) => !isDeepStrictEqual(b, a)).map(({ after: a }) => a.id),
    },
    otherFiles: DATA_FILES.filter((f) => f !== LAWSUITS && f !== RULINGS && f !== EVENTS)
      .filter((f) => !isDeepStrictEqual(old[f.key] ?? [], after[f.key]))
      .map((f) => f.file),
    tallies: {
      byStatus: STATUS_ORDER.map((status) => ({ status, from: oldCounts.get(status)!, to: newCounts.get(status)! })),
      total: { from: old.lawsuits.length, to: after.lawsuits.length },
    },
  };
}

// Long lists would bury the rest of the report; the JSON files keep them whole.
const LIST_LIMIT = 20;

// A whole summary would bury the report; the start of each value is enough to find the cell.
const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
const move = (label: string, { from, to }: Move) => `${label} ${from} → ${to} (${signed(to - from)})`;

function limited(lines: string[]): string[] {
  if (lines.length <= LIST_LIMIT) return lines;
  return [...lines.slice(0, LIST_LIMIT), `    … and ${lines.length - LIST_LIMIT} more`];
}

function idList(ids: readonly string[]): string {
  return ids.length <= LIST_LIMIT ? ids.join(', ') : `${ids.slice(0, LIST_LIMIT).join(', ')} … and ${ids.length - LIST_LIMIT} more`;
}

/** "Costantino v. City of Detroit - Michigan Court of Appeals leave denied on 2020-11-16" */
const describeRuling = (r: RulingRef) => `${r.case_name} - ${r.court} ${r.action} on ${r.date}`;

/**
 * The report as the terminal shows it: the heading given, then indented lines per kind of
 * change. `since` names what the data is compared with ("the publication of 2026-11-26").
 */
export function formatChanges(report: ChangeReport, since: string): string[] {
  if (report.identical) return [`No changes since ${since}.`];
  const lines = [`Changes since ${since}:`];
  const caseLine = (mark: string, c: CaseRef) => `    ${mark} ${c.id}  ${c.case_name} (${c.state}, ${c.status})`;
  const { cases, rulings } = report;
  if (cases.added.length > 0)
    lines.push(`  Added ${plural(cases.added.length, 'case')}:`, ...limited(cases.added.map((c) => caseLine('+', c))));
  if (cases.removed.length > 0) {
    lines.push(`  Removed ${plural(cases.removed.length, 'case')}:`, ...limited(cases.removed.map((c) => caseLine('-', c))));
  }
  for (const r of limited(rulings.added.map(describeRuling))) lines.push(`  New ruling: ${r.trimStart()}`);
  for (const r of limited(rulings.removed.map(describeRuling))) lines.push(`  Removed ruling: ${r.trimStart()}`);
  if (cases.statusChanged.length > 0) {
    lines.push(
      `  Status changed in ${plural(cases.statusChanged.length, 'case')}:`,
      ...limited(cases.statusChanged.map((c) => `    ~ ${c.id}  ${c.from} → ${c.to}`)),
    );
  }
  if (report.cells.length > 0) {
    lines.push(
      `  Edited ${plural(report.cells.length, 'cell')}:`,
      ...limited(report.cells.map((c) => `    ~ ${c.file} ${c.subject} ${c.column}: ${shown(c.from)} → ${shown(c.to)}`)),
    );
  }
  const { events } = report;
  const eventParts = [
    events.added.length > 0 ? `added ${idList(events.added)}` : '',
    events.removed.length > 0 ? `removed ${idList(events.removed)}` : '',
  ].filter(Boolean);
  if (eventParts.length > 0) lines.push(`  Events: ${eventParts.join('; ')}`);
  if (report.otherFiles.length > 0) lines.push(`  Also changed: ${report.otherFiles.join(', ')}`);

  const moved = report.tallies.byStatus.filter((t) => t.from !== t.to).map((t) => move(t.status, t));
  const { total } = report.tallies;
  lines.push(
    moved.length > 0 || total.from !== total.to
      ? `  Cases by status: ${[...moved, move('total', total)].join(', ')}`
      : '  Cases by status: unchanged',
  );
  return lines;
}
