/**
 * Horizontal bars stacked by status, one per group, with the total written at the end of each
 * bar: the shape of the headline chart and of the plaintiffs chart. Statuses always stack in
 * STATUS_ORDER and each carries its texture, so the order and fill read without colour.
 */
import * as Plot from '@observablehq/plot';

import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import { type Layout, LAYOUT_WIDTH, listing, textWidth } from './chart.ts';
import { statusColorScale, statusLabel } from './theme.ts';

export type StatusCounts = Record<CaseStatus, number>;

export interface StatusBar {
  label: string;
  total: number;
  counts: StatusCounts;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as StatusCounts;
}

/** "3 withdrawn, 2 dismissed and 1 won": only the statuses that occur, in stacking order. */
export function describeCounts(counts: StatusCounts): string {
  return listing(STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${statusLabel(s).toLowerCase()}`));
}

export function statusBarsPlot(bars: StatusBar[], layout: Layout, { xMax, xLabel }: { xMax: number; xLabel: string }): Plot.PlotOptions {
  const segments = bars.flatMap((bar) =>
    STATUS_ORDER.filter((status) => bar.counts[status] > 0).map((status) => ({
      label: bar.label,
      status,
      count: bar.counts[status],
      total: bar.total,
    })),
  );
  const marginLeft = Math.min(170, Math.max(...bars.map((b) => textWidth(b.label)), 40) + 10);
  const rowHeight = layout === 'narrow' ? 30 : 28;
  return {
    width: LAYOUT_WIDTH[layout],
    height: bars.length * rowHeight + 50,
    marginLeft,
    marginRight: 34,
    marginTop: 10,
    marginBottom: 36,
    x: {
      domain: [0, Math.max(xMax, 1)],
      label: xLabel,
      labelAnchor: 'left',
      labelArrow: 'none',
      grid: true,
      ticks: layout === 'narrow' ? 4 : 8,
      tickFormat: 'd',
    },
    y: { domain: bars.map((b) => b.label), label: null, padding: 0.22 },
    color: statusColorScale(),
    marks: [
      Plot.barX(segments, {
        x: 'count',
        y: 'label',
        fill: 'status',
        stroke: 'var(--chart-background)',
        strokeWidth: 1,
        order: STATUS_ORDER as unknown as string[],
        title: (d: (typeof segments)[number]) => `${d.label}: ${d.count} ${statusLabel(d.status).toLowerCase()}`,
      }),
      Plot.text(bars, {
        x: 'total',
        y: 'label',
        text: (d: StatusBar) => String(d.total),
        textAnchor: 'start',
        dx: 5,
        fill: 'var(--chart-text)',
      }),
      Plot.ruleX([0], { stroke: 'var(--chart-muted)' }),
    ],
  };
}
