/**
 * Checks that need more than one cell: within a row, across the rows of a file, and across
 * files. Each returns issues in the same shape as the cell checks, pointing at the cell to fix.
 */
import type { Columns } from './files.ts';
import type { DataIssue } from './issues.ts';
import type { CheckedRow } from './load-table.ts';
import { COURT_LEVELS, type CourtLevel, type disagreementColumns, type lawsuitColumns } from './schema.ts';
import { suggest } from './suggest.ts';

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

function at<C extends Columns>(file: string, row: CheckedRow<C>): Issue {
  return (column, value, message) => {
    const line = row.lineOf(column as keyof C & string);
    return value === undefined ? { file, line, column, message } : { file, line, column, value, message };
  };
}

/** Rules between the cells of one valid lawsuit row. */
export function checkLawsuitRow(file: string, row: CheckedRow<typeof lawsuitColumns>): DataIssue[] {
  const r = row.record;
  if (!r) return [];
  const issue = at(file, row);
  const found: DataIssue[] = [];
  if (r.outcome && !r.outcome_date) {
    found.push(issue('outcome_date', '', `is empty but outcome is "${r.outcome}" (expected the date the case ended)`));
  }
  if (r.outcome_date && !r.outcome) {
    found.push(
      issue('outcome', '', `is empty but outcome_date is ${r.outcome_date} (expected how the case ended, or an empty outcome_date)`),
    );
  }
  if (!r.filed_date && !r.outcome_date) {
    found.push(
      issue('filed_date', '', 'is empty and so is outcome_date (expected at least one of the two, so the case can be placed in time)'),
    );
  }
  if (r.outcome_date && r.filed_date && r.outcome_date < r.filed_date) {
    found.push(issue('outcome_date', r.outcome_date, `is before filed_date ${r.filed_date} (expected a date on or after the filing)`));
  }
  if (courtRank(r.highest_court) < courtRank(r.court_level)) {
    found.push(
      issue(
        'highest_court',
        r.highest_court,
        `is lower than court_level "${r.court_level}" (expected the court where the case was filed or a higher one)`,
      ),
    );
  } else if (r.outcome === 'lost on appeal' && courtRank(r.highest_court) === courtRank(r.court_level)) {
    found.push(
      issue(
        'outcome',
        r.outcome,
        `needs an appeal, but highest_court is the level where the case was filed (expected a higher highest_court, or another outcome)`,
      ),
    );
  }
  if (r.source_url_2 && r.source_url_2 === r.source_url) {
    found.push(issue('source_url_2', r.source_url_2, 'repeats source_url (expected a second, different source, or an empty cell)'));
  }
  return found;
}

/** Reports every repeat of a value in a column after its first use, with the line of the first. */
export function checkUnique<C extends Columns>(
  file: string,
  rows: CheckedRow<C>[],
  column: keyof C & string,
  scope?: keyof C & string,
): DataIssue[] {
  const first = new Map<string, number>();
  const found: DataIssue[] = [];
  for (const row of rows) {
    const value = row.raw[column];
    if (value === undefined) continue;
    const key = scope ? `${row.raw[scope] ?? ''}\u0000${value}` : value;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, row.lineOf(column));
      continue;
    }
    const within = scope ? ` in the same ${scope}` : '';
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
): DataIssue[] {
  const known = [...new Set(target.table.rows.flatMap((row) => (row.raw[column] ? [row.raw[column]] : [])))];
  const listed = new Set(known);
  const found: DataIssue[] = [];
  for (const row of rows) {
    const value = row.raw[field];
    // Cells that failed their own format check were reported already.
    if (value === undefined || row.failed?.has(field) || listed.has(value)) continue;
    const guess = suggest(value, known);
    const hint = guess ? `; did you mean "${guess}"?` : '';
    const expected = known.length <= LISTED_VALUES ? `one of ${known.join(', ')}` : `a ${column} listed there`;
    found.push(at(file, row)(field, value, `is not listed in ${target.shown} (expected ${expected})${hint}`));
  }
  return found;
}

interface SubjectFile {
  shown: string;
  spec: { columns: Record<string, unknown> };
  table: { rows: readonly { raw: Partial<Record<string, string>> }[] };
}

/**
 * A disagreement must name a row that exists and a column of that row, and its `chosen` value
 * must be what the row actually says, so the methodology page never shows a stale choice.
 */
export function checkDisagreements(
  file: string,
  rows: CheckedRow<typeof disagreementColumns>[],
  subjects: readonly SubjectFile[],
): DataIssue[] {
  const byId = new Map<string, { file: SubjectFile; row: SubjectFile['table']['rows'][number] }>();
  for (const file of subjects) {
    for (const row of file.table.rows) {
      const id = row.raw['id'];
      if (id !== undefined && !byId.has(id)) byId.set(id, { file, row });
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
      found.push(
        issue(
          'subject',
          r.subject,
          `is not the id of any case or event (expected an id from ${subjects.map((s) => s.shown).join(' or ')})${hint}`,
        ),
      );
      continue;
    }
    const { file: source, row: target } = subject;
    const columns = Object.keys(source.spec.columns);
    if (!columns.includes(r.column)) {
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
