/**
 * Checks that need more than one cell: within a row, across the rows of a file, and across
 * files. Each returns issues in the same shape as the cell checks, pointing at the cell to fix.
 */
import type { Columns } from './files.ts';
import type { DataIssue } from './issues.ts';
import type { CheckedRow } from './load-table.ts';
import { COURT_LEVELS, type CourtLevel, type disagreementColumns, type lawsuitColumns } from './schema.ts';
import { suggest } from './suggest.ts';
import { listing } from './wording.ts';

const COURT_RANK: Record<CourtLevel, number> = {
  'state trial': 1,
  'state appellate': 2,
  'state supreme': 3,
  'federal district': 1,
  'federal appeals': 2,
  'us supreme': 4,
};
COURT_LEVELS.forEach((level) => {
  if (!(level in COURT_RANK)) throw new Error(`court level "${level}" has no rank`);
});

export function courtRank(level: CourtLevel): number {
  return COURT_RANK[level];
}

type Issue = (column: string, value: string | undefined, message: string) => DataIssue;

/** Makes issues located at a cell of `row`. */
export function at<C extends Columns>(file: string, row: CheckedRow<C>): Issue {
  return (column, value, message) => {
    const line = row.lineOf(column as keyof C & string);
    return value === undefined ? { file, line, column, message } : { file, line, column, value, message };
  };
}

/** A second source must be a different page from the first. */
export function checkSecondSource<C extends Columns>(file: string, row: CheckedRow<C>): DataIssue[] {
  const first = row.raw['source_url' as keyof C & string];
  const second = row.raw['source_url_2' as keyof C & string];
  if (!second || second !== first) return [];
  return [at(file, row)('source_url_2', second, 'repeats source_url (expected a second, different source, or an empty cell)')];
}

/** Every id in a case's `related` cell is another case's id. */
export function checkRelated(file: string, rows: CheckedRow<typeof lawsuitColumns>[]): DataIssue[] {
  const ids = rows.flatMap((row) => (row.raw.id ? [row.raw.id] : []));
  const found: DataIssue[] = [];
  for (const row of rows) {
    const related = row.record?.related;
    if (!related) continue;
    for (const id of related.split(/\s+/)) {
      const problem = id === row.raw.id ? 'names the case itself' : ids.includes(id) ? undefined : 'is not the id of a case in this file';
      if (!problem) continue;
      const guess = suggest(id, ids);
      found.push(
        at(file, row)(
          'related',
          related,
          `has "${id}", which ${problem} (expected ids of other cases, separated by spaces)${guess && problem !== 'names the case itself' ? `; did you mean "${guess}"?` : ''}`,
        ),
      );
    }
  }
  return found;
}

/**
 * Reports every repeat of a value in a column after its first use, with the line of the first.
 * With `scope` columns, a value counts as repeated only when those columns repeat too (a docket
 * in the same court; a ruling of the same case, day, court and action).
 */
export function checkUnique<C extends Columns>(
  file: string,
  rows: CheckedRow<C>[],
  column: keyof C & string,
  ...scope: (keyof C & string)[]
): DataIssue[] {
  const first = new Map<string, number>();
  const found: DataIssue[] = [];
  for (const row of rows) {
    const value = row.raw[column];
    if (value === undefined) continue;
    const key = [...scope.map((s) => row.raw[s] ?? ''), value].join('\u0000');
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, row.lineOf(column));
      continue;
    }
    const within = scope.length === 0 ? '' : scope.length === 1 ? ` in the same ${scope[0]}` : ` for the same ${listing(scope)}`;
    found.push(at(file, row)(column, value, `is used again${within}, first on line ${seen} (expected each ${column} once${within})`));
  }
  return found;
}

// Beyond this many allowed values a message names the file instead of listing them all.
const LISTED_VALUES = 20;

/**
 * Every value of a column that refers to another file (a state code, a case id) must be listed
 * in the column it refers to.
 */
export function checkReference<C extends Columns>(
  file: string,
  rows: CheckedRow<C>[],
  field: keyof C & string,
  target: { shown: string; table: { rows: readonly { raw: Partial<Record<string, string>> }[] } },
  column: string,
  { several = false, also = [] }: { several?: boolean; also?: readonly string[] } = {},
): DataIssue[] {
  const known = [...new Set(target.table.rows.flatMap((row) => (row.raw[column] ? [row.raw[column]] : [])))];
  const listed = new Set([...known, ...also]);
  const found: DataIssue[] = [];
  for (const row of rows) {
    const value = row.raw[field];
    // Cells that failed their own format check were reported already.
    if (value === undefined || row.failed?.has(field)) continue;
    const missing = (several ? value.split(' ') : [value]).find((v) => !listed.has(v));
    if (missing === undefined) continue;
    const guess = suggest(missing, known);
    const hint = guess ? `; did you mean "${guess}"?` : '';
    const expected = known.length <= LISTED_VALUES ? `one of ${known.join(', ')}` : `a ${column} listed there`;
    const which = several && missing !== value ? `has "${missing}", which ` : '';
    found.push(at(file, row)(field, value, `${which}is not listed in ${target.shown} (expected ${expected})${hint}`));
  }
  return found;
}

interface SubjectFile {
  shown: string;
  spec: { columns: Record<string, unknown> };
  table: { rows: readonly { raw: Partial<Record<string, string>> }[] };
}

/** The rulings of the cases, so a disagreement can be about a ruling (its date, its action). */
interface RulingsFile extends SubjectFile {
  /** The column of the rulings that holds the case id. */
  caseColumn: string;
}

/**
 * A disagreement must name a row that exists and a column of that row, and its `chosen` value
 * must be what the row actually says, so the methodology page never shows a stale choice. For a
 * case, the column may also be one of rulings.csv: then one of the case's rulings holds the value.
 */
export function checkDisagreements(
  file: string,
  rows: CheckedRow<typeof disagreementColumns>[],
  subjects: readonly SubjectFile[],
  rulings?: RulingsFile,
): DataIssue[] {
  const byId = new Map<string, { file: SubjectFile; row: SubjectFile['table']['rows'][number] }>();
  for (const subject of subjects) {
    for (const row of subject.table.rows) {
      const id = row.raw['id'];
      if (id !== undefined && !byId.has(id)) byId.set(id, { file: subject, row });
    }
  }
  const found: DataIssue[] = [];
  for (const row of rows) {
    const r = row.record;
    if (!r) continue;
    const issue = at(file, row);
    const subject = byId.get(r.subject);
    if (!subject) {
      const guess = suggest(r.subject, [...byId.keys()]);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      const where = subjects.map((s) => s.shown).join(' or ');
      found.push(issue('subject', r.subject, `is not the id of any case or event (expected an id from ${where})${hint}`));
      continue;
    }
    const { file: source, row: target } = subject;
    const own = Object.keys(source.spec.columns);
    const ofRulings = rulings && source === subjects[0] ? Object.keys(rulings.spec.columns).filter((c) => !own.includes(c)) : [];
    if (ofRulings.includes(r.column)) {
      const held = rulings!.table.rows.filter((x) => x.raw[rulings!.caseColumn] === r.subject).map((x) => x.raw[r.column] ?? '');
      if (!held.includes(r.chosen ?? '')) {
        const values = held.length > 0 ? held.map((v) => JSON.stringify(v)).join(', ') : 'no rulings';
        found.push(
          issue(
            'chosen',
            r.chosen ?? '',
            `is not the ${r.column} of any ruling of ${r.subject} in ${rulings!.shown}, which has ${values} (expected one of those)`,
          ),
        );
      }
      continue;
    }
    if (!own.includes(r.column)) {
      const columns = [...own, ...ofRulings];
      const guess = suggest(r.column, columns);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      found.push(issue('column', r.column, `is not a column of ${source.shown} (expected one of ${columns.join(', ')})${hint}`));
      continue;
    }
    const actual = target.raw[r.column];
    if ((actual ?? '') !== (r.chosen ?? '')) {
      found.push(
        issue(
          'chosen',
          r.chosen ?? '',
          `does not match ${source.shown}, which has ${JSON.stringify(actual ?? '')} as ${r.column} of ${r.subject} (expected the value the row holds)`,
        ),
      );
    }
  }
  return found;
}
