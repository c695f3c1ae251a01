/**
 * How the suits ended, each outcome as a share of all of them: the outcome named above its bar,
 * count and percent past its end, in the headline's colours and order.
 */
import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import { casesAsOf, countBy } from '../data/tallies.ts';
import { listing, plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { keyFigures } from './key-figures.ts';
import { emptyCounts, statusBarsPlot } from './stacked-status-bars.ts';
import { statusLabel } from './theme.ts';

export interface ShareRow {
  status: CaseStatus;
  outcome: string;
  count: number;
  /** Percent of all cases shown, whole: a tenth of a percent of a few dozen suits says nothing. */
  share: number;
}

function rows(data: Dataset, options: ChartOptions): ShareRow[] {
  const cases = casesAsOf(data, options.asOf).filter((r) => !options.state || r.case.state === options.state);
  const counts = countBy(cases, (r) => r.status);
  return STATUS_ORDER.map((status) => {
    const count = counts.get(status) ?? 0;
    return { status, outcome: statusLabel(status), count, share: cases.length ? Math.round((count / cases.length) * 100) : 0 };
  }).filter((r) => r.count > 0);
}

const label = (r: ShareRow) => `${r.count} · ${r.share}%`;

export const outcomeShares: ChartDefinition<ShareRow> = {
  id: 'outcome-shares',
  name: 'How the suits ended',
  supports: { asOf: false, state: true },
  // Each bar is labelled with its outcome, so the chart needs no key.
  statuses: () => [],
  title: (data, options) => {
    const where = options.state ? ` in ${stateName(data, options.state)}` : '';
    return `How the lawsuits${where} ended, as a share of all${options.asOf ? `, as of ${formatLong(options.asOf)}` : ''}`;
  },
  columns: [
    { field: 'outcome', label: 'Outcome' },
    { field: 'count', label: 'Lawsuits' },
    { field: 'share', label: 'Share (%)' },
  ],
  rows,
  keyFigures: (_rows, data, options) => keyFigures(data, options),
  describe(rows) {
    const total = rows.reduce((n, r) => n + r.count, 0);
    return `Bar chart of ${plural(total, 'lawsuit')} by outcome: ${listing(rows.map((r) => `${r.outcome.toLowerCase()} ${r.count} (${r.share}%)`))}.`;
  },
  plot: (rows) =>
    statusBarsPlot(
      rows.map((r) => ({ label: r.outcome, total: r.count, counts: { ...emptyCounts(), [r.status]: r.count }, value: label(r) })),
      { xMax: Math.max(0, ...rows.map((r) => r.count)) },
    ),
};
