/**
 * The publication record: what was published and when, kept in the data folder under version
 * control (publications.json), so "what changed since we last published" and "data last
 * changed" come from the repository and are the same on every machine.
 *
 * It holds one entry per publication that changed the data (its day, a fingerprint of the data,
 * the changes in plain words, and the desk's note for corrections) and a copy of the data as
 * last published, the baseline the next comparison starts from.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { findNodeAtLocation, getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { z } from 'zod';

import { type ChangeReport, changeReport, rulingKey, type RulingRef } from './change-report.ts';
import { DATA_FILES, type Dataset } from './files.ts';
import { STATUS_LABEL } from './labels.ts';
import { today } from './period.ts';
import { plural } from './wording.ts';

export const RECORD_FILE = 'publications.json';

export interface Publication {
  /** YYYY-MM-DD, the day it was published. */
  date: string;
  /** sha256 of the published data in canonical form: equal data, equal fingerprint. */
  fingerprint: string;
  /** What changed, in plain words, one item per line. */
  changes: string[];
  /** The desk's correction note: "An earlier version of this page showed …". */
  note?: string;
  totals: { cases: number; rulings: number };
}

export interface PublicationRecord {
  version: 1;
  /** Oldest first. */
  publications: Publication[];
  /** The data as last published; null before the first publication. */
  data: Dataset | null;
}

const records = z.array(z.record(z.string(), z.unknown()));
// The published rows were validated when they were published; this checks the envelope, so a
// damaged or foreign file is reported instead of producing a nonsense comparison.
const recordShape = z.object({
  version: z.literal(1),
  publications: z.array(
    z.object({
      // A publication dated ahead would tell readers the data changed on a day still to come.
      date: z.iso.date({ error: 'is not a date as YYYY-MM-DD' }).refine((date) => date <= today(), {
        error: () => `is after today (${today()}); a publication cannot be dated in the future, so correct it to the day it was published`,
      }),
      fingerprint: z.string().regex(/^sha256-[0-9a-f]{64}$/),
      changes: z.array(z.string()),
      note: z.string().optional(),
      totals: z.object({ cases: z.number().int(), rulings: z.number().int() }),
    }),
  ),
  // A file added to the registry after a publication is absent from its copy: it had no rows then.
  data: z
    .object(Object.fromEntries(DATA_FILES.map((f) => [f.key, records.optional()])))
    .transform((files) => Object.fromEntries(DATA_FILES.map((f) => [f.key, files[f.key] ?? []])))
    .nullable(),
});

export const emptyRecord = (): PublicationRecord => ({ version: 1, publications: [], data: null });

export type RecordRead =
  | { ok: true; file: string; record: PublicationRecord; found: boolean }
  | { ok: false; file: string; line: number; column: number; problem: string };

/** `data/publications.json:7:5: …`, as every other problem is printed. */
export const formatRecordProblem = (read: Extract<RecordRead, { ok: false }>, shown = read.file) =>
  `${shown}:${read.line}:${read.column}: ${read.problem}`;

const RESTORE = 'restore it from version control (git checkout -- data/publications.json) or fix that spot';

// jsonc-parser's error codes, in words a desk can act on.
const JSON_ERRORS: Partial<Record<string, string>> = {
  CommaExpected: 'a comma is missing before this point',
  ColonExpected: 'a colon is missing after a name',
  PropertyNameExpected: 'a name in "quotes" was expected here (a comma too many before it?)',
  ValueExpected: 'a value was expected here (a comma too many before it?)',
  CloseBraceExpected: 'a closing } is missing: the file may be cut short, as a save that was interrupted leaves it',
  CloseBracketExpected: 'a closing ] is missing: the file may be cut short, as a save that was interrupted leaves it',
  EndOfFileExpected: 'more text follows the end of the record',
  UnexpectedEndOfString: 'a text value is never closed: the file may be cut short',
  InvalidSymbol: 'this character cannot stand here',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The record of a data folder; a folder without one has published nothing yet. */
export function readRecord(dir: string): RecordRead {
  const file = path.join(dir, RECORD_FILE);
  if (!existsSync(file)) return { ok: true, file, record: emptyRecord(), found: false };
  const text = readFileSync(file, 'utf8');
  // jsonc-parser keeps where each value stands, so a problem is named at its line and column.
  const errors: ParseError[] = [];
  const tree: Node | undefined = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const syntax = errors[0];
  if (syntax || !tree) {
    const code = syntax ? printParseErrorCode(syntax.error) : 'ValueExpected';
    return {
      ok: false,
      file,
      ...lineAndColumn(text, syntax?.offset ?? 0),
      problem: `is not valid JSON: ${JSON_ERRORS[code] ?? code}; ${RESTORE}`,
    };
  }
  const parsed = recordShape.safeParse(getNodeValue(tree));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    // The innermost value the path reaches, when the problem is a value that is missing.
    let node: Node | undefined;
    for (let n = issue.path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, issue.path.slice(0, n) as (string | number)[]);
    const value = node && node.type !== 'object' && node.type !== 'array' ? ` ${JSON.stringify(getNodeValue(node))}` : '';
    return {
      ok: false,
      file,
      ...lineAndColumn(text, node?.offset ?? 0),
      problem: `${where || 'the record'}${value}: ${issue.message}; ${RESTORE} (expected the record npm run publish writes)`,
    };
  }
  return { ok: true, file, record: parsed.data as unknown as PublicationRecord, found: true };
}

/** Keys sorted at every level, so the same data always serialises, and hashes, the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function fingerprint(data: Dataset): string {
  return `sha256-${createHash('sha256')
    .update(JSON.stringify(canonical(data)))
    .digest('hex')}`;
}

/** The latest publication, if any. */
export const lastPublication = (record: PublicationRecord) => record.publications.at(-1);

/**
 * The day the data last changed: the day of the last publication when the data is what it
 * published, else `today` (the day of the build that is about to publish it).
 */
export function dataLastChanged(record: PublicationRecord, data: Dataset, today: string): string {
  const last = lastPublication(record);
  return last && last.fingerprint === fingerprint(data) ? last.date : today;
}

/** The changes since the last publication (every row is new when nothing was published yet). */
export function changesSincePublished(record: PublicationRecord, data: Dataset): ChangeReport {
  return changeReport(record.data ?? undefined, data);
}

/** How the updates page names a ruling an update added. */
const rulingAddedLine = (r: Pick<RulingRef, 'case_name' | 'court' | 'action' | 'date'>) =>
  `Ruling added: ${r.case_name}, ${r.court}, ${r.action} on ${r.date}.`;

/** A change report as the updates page says it: one plain sentence per change. */
export function describeChanges(report: ChangeReport): string[] {
  const lines: string[] = [];
  for (const c of report.cases.added) lines.push(`Case added: ${c.case_name} (${c.state}).`);
  for (const c of report.cases.removed) lines.push(`Case removed: ${c.case_name} (${c.state}).`);
  // These lines are also how a ruling's first publication is found in the record (rulingAddedLine),
  // so they keep the wording every earlier publication stored.
  for (const r of report.rulings.added) lines.push(rulingAddedLine(r));
  for (const r of report.rulings.removed) lines.push(`Ruling removed: ${r.case_name}, ${r.court}, ${r.action} on ${r.date}.`);
  if (report.rulings.edited.length > 0) lines.push(`Corrected: details of ${plural(report.rulings.edited.length, 'ruling')}.`);
  for (const c of report.cases.statusChanged) {
    lines.push(`${c.case_name} changed from ${STATUS_LABEL[c.from].toLowerCase()} to ${STATUS_LABEL[c.to].toLowerCase()}.`);
  }
  const edited = report.cases.edited.filter(
    (id) => !report.cases.statusChanged.some((c) => c.id === id) && !report.sources.some((s) => s.subject === id),
  );
  if (edited.length > 0) lines.push(`Corrected: details of ${plural(edited.length, 'case')}.`);
  if (report.sources.length > 0) lines.push(`Sources replaced: ${plural(report.sources.length, 'row')} now cite better sources.`);
  const { events } = report;
  if (events.added.length + events.removed.length + events.edited.length > 0) {
    lines.push(
      `Events: ${[events.added.length && `${events.added.length} added`, events.removed.length && `${events.removed.length} removed`, events.edited.length && `${events.edited.length} corrected`].filter(Boolean).join(', ')}.`,
    );
  }
  for (const file of report.otherFiles) lines.push(`Updated: ${file}.`);
  return lines;
}

/** The record after publishing `data` on `date`; unchanged when the data is what was published last. */
export function withPublication(record: PublicationRecord, data: Dataset, date: string, note?: string): PublicationRecord {
  const report = changesSincePublished(record, data);
  if (report.identical) return record;
  const publication: Publication = {
    date,
    fingerprint: fingerprint(data),
    changes: describeChanges(report),
    ...(note ? { note } : {}),
    totals: { cases: data.lawsuits.length, rulings: data.rulings.length },
  };
  return { version: 1, publications: [...record.publications, publication], data };
}

/**
 * The record as a file: readable, and diffable line by line, with one data row per line, so a
 * reviewer sees in `git diff` which rows a publication changed.
 */
export function serialiseRecord(record: PublicationRecord): string {
  const head = JSON.stringify({ version: record.version, publications: record.publications }, null, 2).replace(/\n}$/, '');
  if (!record.data) return `${head},\n  "data": null\n}\n`;
  const files = DATA_FILES.map((f) => {
    const rows = record.data![f.key].map((row) => `      ${JSON.stringify(canonical(row))}`);
    return `    ${JSON.stringify(f.key)}: [${rows.length ? `\n${rows.join(',\n')}\n    ` : ''}]`;
  });
  return `${head},\n  "data": {\n${files.join(',\n')}\n  }\n}\n`;
}

/**
 * The day of the update that added each ruling of `data` to the published data, by ruling key
 * (change-report.ts `rulingKey`), so a feed can say when a ruling reached the site as well as
 * when it was handed down.
 *
 * A ruling the last publication did not hold is added by the coming update (`pendingDay`, the
 * day the data last changed). For a published one the record keeps no copy of each
 * publication's data, only the last, so the update is the first whose change list names the
 * ruling ("Ruling added: …"); a ruling no list names came with the first update that recorded
 * any rulings (the one that brought the rulings file in).
 */
export function rulingsAddedOn(record: PublicationRecord, data: Dataset, pendingDay: string): Map<string, string> {
  const published = new Set((record.data?.rulings ?? []).map(rulingKey));
  const firstWithRulings = record.publications.find((p) => p.totals.rulings > 0)?.date;
  const names = new Map(data.lawsuits.map((c) => [c.id, c.case_name]));
  const added = new Map<string, string>();
  for (const ruling of data.rulings) {
    const key = rulingKey(ruling);
    if (!published.has(key)) {
      added.set(key, pendingDay);
      continue;
    }
    const line = rulingAddedLine({ ...ruling, case_name: names.get(ruling.case_id) ?? ruling.case_id });
    const naming = record.publications.find((p) => p.changes.includes(line));
    added.set(key, naming?.date ?? firstWithRulings ?? pendingDay);
  }
  return added;
}
