/** How the suits ended, each outcome as a share of all of them, labelled with count and percent. */
import * as Plot from '@observablehq/plot';

import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import { casesAsOf, countBy } from '../data/tallies.ts';
import { type ChartDefinition, type ChartOptions, listing, plural } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { BAR_LABEL, statusColorScale, statusLabel } from './theme.ts';

export interface ShareRow {
  status: CaseStatus;
  outcome: string;
  count: number;
  /** Percent of all cases shown, rounded to one decimal. */
  share: number;
}

function rows(data: Dataset, options: ChartOptions): ShareRow[] {
  const cases = casesAsOf(data, options.asOf).filter((r) => !options.state || r.case.state === options.state);
  const counts = countBy(cases, (r) => r.status);
  return STATUS_ORDER.map((status) => {
    const count = counts.get(status) ?? 0;
    return { status, outcome: statusLabel(status), count, share: cases.length ? Math.round((count / cases.length) * 1000) / 10 : 0 };
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
  describe(rows) {
    const total = rows.reduce((n, r) => n + r.count, 0);
    return `Bar chart of ${plural(total, 'lawsuit')} by outcome: ${listing(rows.map((r) => `${r.outcome.toLowerCase()} ${r.count} (${r.share}%)`))}.`;
  },
  plot(rows) {
    const top = (i: number) => 4 + i * 28;
    const bars = rows.map((r, i) => ({ ...r, y1: top(i), y2: top(i) + 22 }));
    return {
      width: DESIGN_WIDTH,
      height: top(rows.length) + 4,
      margin: 0,
      x: { domain: [0, Math.max(...rows.map((r) => r.share), 1)], axis: null },
      y: { type: 'identity', axis: null },
      color: statusColorScale(rows.map((r) => r.status)),
      marks: [
        Plot.rect(bars, { x1: 0, x2: 'share', y1: 'y1', y2: 'y2', fill: 'status', title: (r: ShareRow) => `${r.outcome}: ${label(r)}` }),
        Plot.text(bars, {
          x: () => 0,
          y: (r: (typeof bars)[number]) => r.y1 + 11,
          text: (r: ShareRow) => `${r.outcome} · ${label(r)}`,
          ...BAR_LABEL,
        }),
      ],
    };
  },
};
