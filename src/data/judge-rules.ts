/**
 * Rules for who ruled and why: the judges registry, the judges, dissent and grounds of each
 * ruling, and the quotations. What is missing but not wrong (a ruling whose judges are not yet
 * recorded) is a notice, so an older copy of the data without these columns still validates;
 * the tests of the real data require it complete.
 */
import type { DataIssue } from './issues.ts';
import { type CheckedRow, readableFields } from './load-table.ts';
import { at } from './rules.ts';
import { rulingIds } from './ruling-ids.ts';
import { type judgeColumns, type quoteColumns, type RulingAction, type rulingColumns, UNCONFIRMED, UNSIGNED } from './schema.ts';
import { suggest } from './suggest.ts';

type JudgeRow = CheckedRow<typeof judgeColumns>;
type RulingRow = CheckedRow<typeof rulingColumns>;
type QuoteRow = CheckedRow<typeof quoteColumns>;

/** Endings by the parties with no judge's decision in them; a moot ending may still be a judge's order. */
const NO_JUDGE: readonly RulingAction[] = ['withdrawn', 'settled'];

export function checkJudges(file: string, rows: readonly JudgeRow[]): DataIssue[] {
  const found: DataIssue[] = [];
  for (const row of rows) {
    const j = readableFields(row, ['selection', 'appointed_by', 'party']);
    if (!j) continue;
    const issue = at(file, row);
    const appointed = j.selection === 'president' || j.selection === 'governor';
    // Which president appointed a federal judge is always on record; which governor appointed a
    // state judge sometimes is not, and then it stays empty rather than guessed.
    if (j.selection === 'president' && !j.appointed_by) {
      found.push(issue('appointed_by', '', "is empty, but the judge was appointed by a president (expected the president's name)"));
    }
    if (!appointed && j.appointed_by) {
      found.push(
        issue(
          'appointed_by',
          j.appointed_by,
          `names an appointer, but selection is "${j.selection}" (expected an empty cell, or selection "president" or "governor")`,
        ),
      );
    }
    if (j.appointed_by && !j.party) {
      found.push(
        issue(
          'party',
          '',
          `is empty, but ${j.appointed_by} appointed the judge (expected ${j.appointed_by}'s party: "Republican" or "Democratic")`,
        ),
      );
    }
    if (appointed && !j.appointed_by && j.party) {
      found.push(
        issue('party', j.party, "is given, but appointed_by is empty (expected the appointer's name beside the party, or neither)"),
      );
    }
    if (!appointed && j.selection !== 'partisan election' && j.party) {
      found.push(
        issue(
          'party',
          j.party,
          `is given, but a ${j.selection === 'not confirmed' ? 'selection not confirmed' : j.selection} has no party (expected an empty cell)`,
        ),
      );
    }
  }
  return found;
}

// A notice names this many lines, then how many more, so a file without the column stays readable.
const RULING_FIELDS = ['action', 'favoured', 'judges', 'dissent', 'grounds'] as const;

const NOTICE_LINES = 8;

function gapNotice(file: string, column: string, lines: readonly number[], what: string): DataIssue[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, NOTICE_LINES).join(', ') + (lines.length > NOTICE_LINES ? ` and ${lines.length - NOTICE_LINES} more` : '');
  return [
    {
      file,
      line: lines[0]!,
      column,
      value: '',
      message: `is empty in ${lines.length} ${lines.length === 1 ? 'ruling' : 'rulings'} (lines ${shown}): ${what}`,
    },
  ];
}

/**
 * Problems and notices of the judges, dissent and grounds of each ruling. `present` names the
 * columns the file has: a column left out is noticed once on the header, not row by row.
 */
export function checkRulingJudges(
  file: string,
  rows: readonly RulingRow[],
  present: readonly string[] = ['judges', 'grounds'],
): { issues: DataIssue[]; notices: DataIssue[] } {
  const issues: DataIssue[] = [];
  const noJudges: number[] = [];
  const noGrounds: number[] = [];
  for (const row of rows) {
    const r = readableFields(row, RULING_FIELDS);
    if (!r) continue;
    const issue = at(file, row);
    const judges = r.judges ? r.judges.split(' ') : [];
    const dissent = r.dissent ? r.dissent.split(' ') : [];
    if (NO_JUDGE.includes(r.action)) {
      if (r.judges)
        issues.push(issue('judges', r.judges, `names judges, but "${r.action}" was the parties' doing (expected an empty cell)`));
    } else if (!r.judges) {
      noJudges.push(row.lineOf('judges'));
    }
    const both = dissent.find((id) => judges.includes(id));
    if (both)
      issues.push(
        issue('dissent', r.dissent!, `has "${both}", who is also among the judges of the ruling (expected each judge on one side)`),
      );
    if (r.dissent && judges.length === 0) {
      issues.push(
        issue('dissent', r.dissent, `names dissenting judges, but judges is empty (expected the majority in judges, or "${UNSIGNED}")`),
      );
    }
    if (r.grounds && r.favoured !== 'defendants') {
      issues.push(
        issue(
          'grounds',
          r.grounds,
          `gives reasons for turning the plaintiffs down, but the ruling went for ${r.favoured === 'neither' ? 'neither side' : 'the plaintiffs'} (expected an empty cell)`,
        ),
      );
    }
    if (!r.grounds && r.favoured === 'defendants') noGrounds.push(row.lineOf('grounds'));
  }
  const notices = [
    ...(present.includes('judges')
      ? gapNotice(
          file,
          'judges',
          noJudges,
          `the judges of these court rulings are not recorded yet (expected ids from judges.csv, "${UNSIGNED}", or "${UNCONFIRMED}" when no reliable source names them)`,
        )
      : []),
    ...(present.includes('grounds')
      ? gapNotice(
          file,
          'grounds',
          noGrounds,
          'why the court turned the plaintiffs down is not recorded yet (expected one or more grounds, or "unconfirmed")',
        )
      : []),
  ];
  return { issues, notices };
}

/** Each quotation names a ruling that exists, and a speaker who sat on it. */
export function checkQuotes(file: string, quotes: readonly QuoteRow[], rulings: readonly RulingRow[]): DataIssue[] {
  const ids = rulingIds(rulings.map((row) => ({ case_id: row.raw.case_id ?? '', date: row.raw.date ?? '' })));
  const byId = new Map(ids.map((id, i) => [id, rulings[i]!]));
  const found: DataIssue[] = [];
  for (const row of quotes) {
    const q = readableFields(row, ['ruling', 'speaker']);
    if (!q) continue;
    const issue = at(file, row);
    const ruling = byId.get(q.ruling);
    if (!ruling) {
      const guess = suggest(q.ruling, ids);
      found.push(
        issue(
          'ruling',
          q.ruling,
          `is not a ruling in rulings.csv (expected case-id/YYYY-MM-DD of one of its rows)${guess ? `; did you mean "${guess}"?` : ''}`,
        ),
      );
      continue;
    }
    const judges = [...(ruling.raw.judges ?? '').split(' '), ...(ruling.raw.dissent ?? '').split(' ')].filter(
      (id) => id && id !== UNSIGNED,
    );
    if (q.speaker && judges.length > 0 && !judges.includes(q.speaker)) {
      found.push(
        issue(
          'speaker',
          q.speaker,
          `is not among the judges of ${q.ruling} in rulings.csv (expected one of ${judges.join(', ')}, or an empty cell for an unsigned opinion)`,
        ),
      );
    }
    // An unsigned order speaks for the court; a judge's own words there come from a noted dissent.
    if (q.speaker && ruling.raw.judges === UNSIGNED && !(ruling.raw.dissent ?? '').split(' ').includes(q.speaker)) {
      found.push(
        issue(
          'speaker',
          q.speaker,
          `names a judge, but ${q.ruling} is an unsigned order (expected an empty cell, or a judge who dissented)`,
        ),
      );
    }
  }
  return found;
}
