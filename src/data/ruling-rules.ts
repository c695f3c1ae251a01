/**
 * Rules between a case and its rulings: what a court could have done, given what came before.
 * Each issue points at the cell to fix, in rulings.csv or lawsuits.csv.
 */
import type { RecordOf } from './files.ts';
import type { DataIssue } from './issues.ts';
import { type CheckedRow, readableFields } from './load-table.ts';
import { at, courtRank } from './rules.ts';
import { type Favoured, type lawsuitColumns, PARTY_ENDINGS, type RulingAction, type rulingColumns } from './schema.ts';
import { suggest } from './suggest.ts';

type LawsuitRow = CheckedRow<typeof lawsuitColumns>;
type RulingRow = CheckedRow<typeof rulingColumns>;

/** Whom each action may go for; `affirmed` and `reversed` depend on the ruling below. */
const MAY_FAVOUR: Partial<Record<RulingAction, readonly Favoured[]>> = {
  'granted relief': ['plaintiffs'],
  'denied relief': ['defendants', 'neither'],
  dismissed: ['defendants', 'neither'],
  'appeal dismissed': ['defendants', 'neither'],
  'leave denied': ['defendants', 'neither'],
  'certiorari denied': ['defendants', 'neither'],
  withdrawn: ['neither'],
  settled: ['neither'],
  moot: ['neither'],
};

/** Rulings that review a decision below; a higher court asked to act first may deny leave or relief. */
export const APPEALS: readonly RulingAction[] = ['affirmed', 'reversed', 'appeal dismissed', 'certiorari denied'];

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

/** Rulings in the order they happened; rows of one day keep the file's order. */
export const inOrder = <R extends { date: string }>(rulings: readonly R[]): R[] =>
  rulings
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i)
    .map(({ r }) => r);

/** The cells these rules read; a bad cell elsewhere in a row does not keep the row out of them. */
const CASE_FIELDS = ['id', 'ended', 'filed_date', 'court_level'] as const;
const RULING_FIELDS = ['case_id', 'date', 'court', 'court_level', 'action', 'favoured'] as const;
type RuledRow = { row: RulingRow; r: Pick<RecordOf<typeof rulingColumns>, (typeof RULING_FIELDS)[number]> };

export function checkRulings(
  lawsuitsFile: string,
  lawsuits: readonly LawsuitRow[],
  rulingsFile: string,
  rulings: readonly RulingRow[],
  /** False when some ruling could not be read at all (a broken CSV record). */
  rulingsComplete = true,
): DataIssue[] {
  const found: DataIssue[] = [];
  const caseIds = lawsuits.flatMap((row) => (row.raw.id ? [row.raw.id] : []));
  const byCase = new Map<string, RuledRow[]>();
  // Cases whose list of rulings may be incomplete because a ruling of theirs could not be read.
  // Conclusions from a ruling's absence ("no ruling below", "nothing to affirm") would then be
  // follow-on errors about correct rows, so they wait until the bad row is fixed.
  const doubtful = new Set<string>();
  let anyCaseDoubtful = !rulingsComplete;
  for (const row of rulings) {
    const r = readableFields(row, RULING_FIELDS);
    const id = row.failed?.has('case_id') ? undefined : row.raw.case_id;
    if (id === undefined || !caseIds.includes(id)) {
      // A ruling of no known case: the case the desk meant is probably the one suggested.
      const meant = id === undefined ? undefined : suggest(id, caseIds);
      if (meant) doubtful.add(meant);
      else anyCaseDoubtful = true;
      continue;
    }
    if (!r) {
      doubtful.add(id);
      continue;
    }
    byCase.set(id, [...(byCase.get(id) ?? []), { row, r }]);
  }

  for (const caseRow of lawsuits) {
    const c = readableFields(caseRow, CASE_FIELDS);
    if (!c) continue;
    if (anyCaseDoubtful || doubtful.has(c.id)) continue;
    const rows = inOrder((byCase.get(c.id) ?? []).map((x) => ({ ...x, date: x.r.date })));
    const caseIssue = at(lawsuitsFile, caseRow);
    if (rows.length === 0) {
      if (c.ended === 'yes') {
        found.push(
          caseIssue(
            'ended',
            c.ended,
            `is "yes" but ${rulingsFile} has no ruling for ${c.id} (expected the ruling that ended it there, or ended "no" while it is open)`,
          ),
        );
      } else if (!c.filed_date) {
        found.push(
          caseIssue(
            'filed_date',
            '',
            `is empty and ${rulingsFile} has no ruling for ${c.id} (expected a filing date or a ruling, so the case can be placed in time)`,
          ),
        );
      }
      continue;
    }
    const last = rows.at(-1)!.r;
    if (PARTY_ENDINGS.includes(last.action) && c.ended === 'no') {
      found.push(
        caseIssue(
          'ended',
          c.ended,
          `is "no" but the last ruling of ${c.id} is "${last.action}" on ${last.date}, which ended it (expected "yes")`,
        ),
      );
    }

    const endedAt = new Set<string>();
    for (const [i, { row, r }] of rows.entries()) {
      const issue = at(rulingsFile, row);
      if (c.filed_date && r.date < c.filed_date) {
        found.push(issue('date', r.date, `is before ${c.id} was filed on ${c.filed_date} (expected a date on or after the filing)`));
      }
      const allowed = MAY_FAVOUR[r.action];
      if (allowed && !allowed.includes(r.favoured)) {
        found.push(issue('favoured', r.favoured, `does not fit "${r.action}" (expected ${list(allowed)})`));
      }
      if (r.action === 'certiorari denied' && r.court_level !== 'us supreme') {
        found.push(
          issue(
            'court_level',
            r.court_level,
            'is not "us supreme", but only the U.S. Supreme Court denies certiorari (expected "us supreme", or another action)',
          ),
        );
      }
      const earlier = rows.slice(0, i).map((x) => x.r);
      const below = earlier.filter((e) => courtRank(e.court_level) < courtRank(r.court_level));
      // A case that began as a petition for review (No. 20-845) has its first ruling at the top.
      if (APPEALS.includes(r.action) && below.length === 0 && courtRank(r.court_level) > courtRank(c.court_level)) {
        found.push(
          issue(
            'action',
            r.action,
            `decides an appeal in a "${r.court_level}" court, but ${c.id} has no earlier ruling of a lower court (expected the ruling that was appealed, on or before ${r.date})`,
          ),
        );
      }
      if ((r.action === 'affirmed' || r.action === 'reversed') && below.length > 0) {
        const decided = below.filter((e) => e.favoured !== 'neither').at(-1);
        if (!decided) {
          found.push(
            issue(
              'action',
              r.action,
              `has nothing to ${r.action === 'affirmed' ? 'affirm' : 'reverse'}: no earlier ruling of a lower court went for either side (expected that ruling first)`,
            ),
          );
        } else if (r.favoured !== 'neither') {
          const expected: Favoured =
            r.action === 'affirmed' ? decided.favoured : decided.favoured === 'plaintiffs' ? 'defendants' : 'plaintiffs';
          if (r.favoured !== expected) {
            found.push(
              issue(
                'favoured',
                r.favoured,
                `does not fit "${r.action}" of the ruling of ${decided.date}, which went for the ${decided.favoured} (expected "${expected}")`,
              ),
            );
          }
        }
      }
      if (PARTY_ENDINGS.includes(r.action)) {
        const key = `${r.court_level}|${r.court}`;
        if (endedAt.has(key)) found.push(issue('action', r.action, `ends ${c.id} in ${r.court} a second time (expected one ending there)`));
        endedAt.add(key);
      }
    }
  }
  return found;
}
