/** How the suits ended, each outcome as a share of all of them, labelled with count and percent. */
import * as Plot from '@observablehq/plot';

import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import { stateName } from '../data/state-names.ts';
import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import { casesAsOf, countBy } from '../data/tallies.ts';
import { type ChartDefinition, type ChartOptions, LAYOUT_WIDTH, listing, plural, textWidth } from './chart.ts';
import { statusColorScale, statusLabel } from './theme.ts';

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
  statusLegend: false,
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
  plot(rows, _data, _options, layout) {
    const marginLeft = Math.max(...rows.map((r) => textWidth(r.outcome)), 40) + 10;
    return {
      width: LAYOUT_WIDTH[layout],
      height: rows.length * 34 + 46,
      marginLeft,
      marginRight: 70,
      marginTop: 6,
      marginBottom: 36,
      x: {
        domain: [0, Math.max(...rows.map((r) => r.share), 1)],
        label: 'Share of all lawsuits (%)',
        labelAnchor: 'left',
        labelArrow: 'none',
        grid: true,
        ticks: layout === 'narrow' ? 3 : 6,
      },
      y: { domain: rows.map((r) => r.outcome), label: null, padding: 0.25 },
      color: statusColorScale(rows.map((r) => r.status)),
      marks: [
        Plot.barX(rows, { x: 'share', y: 'outcome', fill: 'status', title: (r: ShareRow) => `${r.outcome}: ${label(r)}` }),
        Plot.text(rows, { x: 'share', y: 'outcome', text: label, textAnchor: 'start', dx: 5, fill: 'var(--chart-text)' }),
        Plot.ruleX([0], { stroke: 'var(--chart-muted)' }),
      ],
    };
  },
};
