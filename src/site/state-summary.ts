/** The sentence that opens a state page, built from the same counts the charts show. */
import { listing, plural } from '../charts/chart.ts';
import { statusLabel } from '../charts/theme.ts';
import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { STATUS_ORDER } from '../data/status.ts';
import { casesAsOf, countBy } from '../data/tallies.ts';

export function stateSummary(data: Dataset, code: string): string {
  const rows = casesAsOf(data).filter((r) => r.case.state === code);
  const name = stateName(data, code);
  const counts = countBy(rows, (r) => r.status);
  const parts = STATUS_ORDER.filter((s) => counts.get(s)).map((s) => {
    const n = counts.get(s)!;
    return `${n} ${statusLabel(s).toLowerCase()}`;
  });
  const filed = rows
    .map((r) => r.case.filed_date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const span = filed.length ? ` They were filed between ${formatLong(filed[0]!)} and ${formatLong(filed.at(-1)!)}.` : '';
  return `${plural(rows.length, 'lawsuit')} over the 2020 presidential result ${rows.length === 1 ? 'was' : 'were'} filed in ${name}: ${listing(parts)}.${span}`;
}
