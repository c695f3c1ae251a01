/** The sentence that opens a state page, built from the same counts the charts show. */
import { statusLabel } from '../charts/theme.ts';
import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { STATUS_ORDER } from '../data/status.ts';
import { casesAsOf, countBy } from '../data/tallies.ts';
import { listing, plural } from '../data/wording.ts';

/** Where a suit was filed, as a phrase: "in Arizona", "in the District of Columbia", "directly at the U.S. Supreme Court". */
export function filedWhere(data: Dataset, code: string): string {
  const name = stateName(data, code);
  const kind = data.states.find((s) => s.code === code)?.kind;
  if (kind === 'federal') return `directly at the ${name}`;
  return /^(District|Commonwealth|U\.S\.|United States)\b/.test(name) ? `in the ${name}` : `in ${name}`;
}

export function stateSummary(data: Dataset, code: string): string {
  const rows = casesAsOf(data).filter((r) => r.case.state === code);
  const counts = countBy(rows, (r) => r.status);
  const parts = STATUS_ORDER.filter((s) => counts.get(s)).map((s) => {
    const n = counts.get(s)!;
    return `${n} ${statusLabel(s).toLowerCase()}`;
  });
  const filed = rows
    .map((r) => r.case.filed_date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const first = filed[0];
  const last = filed.at(-1);
  const one = rows.length === 1;
  const span =
    !first || !last
      ? ''
      : first === last
        ? ` ${one ? 'It was' : 'All were'} filed on ${formatLong(first)}.`
        : ` They were filed between ${formatLong(first)} and ${formatLong(last)}.`;
  return `${plural(rows.length, 'lawsuit')} over the 2020 presidential result ${one ? 'was' : 'were'} filed ${filedWhere(data, code)}: ${listing(parts)}.${span}`;
}
