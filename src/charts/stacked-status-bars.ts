/**
 * Horizontal bars stacked by status, one per group, designed for a phone first: each bar runs
 * the full width, its name and total written inside its start on a halo, so no column of labels
 * takes width from the bars. Statuses stack in STATUS_ORDER, open ones hatched; the key above
 * the chart, the order and the table behind it tell them apart without colour.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3';

import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import { listing } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { BAR_LABEL, statusColorScale, statusLabel } from './theme.ts';

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

/** The statuses that occur in any bar, in stacking order: the chart's key. */
export const statusesIn = (bars: readonly StatusCounts[]) => STATUS_ORDER.filter((s) => bars.some((b) => b[s] > 0));

const AXIS = 22;
const ROW = 24;
const BAR = 19;

export function statusBarsPlot(bars: StatusBar[], { xMax }: { xMax: number }): Plot.PlotOptions {
  const top = (i: number) => AXIS + i * ROW;
  const segments = bars.flatMap((bar, i) => {
    let start = 0;
    return STATUS_ORDER.filter((status) => bar.counts[status] > 0).map((status) => {
      const segment = {
        label: bar.label,
        status,
        count: bar.counts[status],
        x1: start,
        x2: start + bar.counts[status],
        y1: top(i),
        y2: top(i) + BAR,
      };
      start = segment.x2;
      return segment;
    });
  });
  const max = Math.max(xMax, 1);
  const gridTicks = ticks(0, max, 4).filter((t) => Number.isInteger(t));
  const bottom = top(bars.length);
  return {
    width: DESIGN_WIDTH,
    height: bottom + 4,
    margin: 0,
    x: { domain: [0, max], axis: null },
    y: { type: 'identity', axis: null },
    color: statusColorScale(),
    marks: [
      Plot.ruleX(gridTicks, { x: (t: number) => t, y1: AXIS - 4, y2: bottom, stroke: 'var(--chart-grid)' }),
      Plot.text(gridTicks, {
        x: (t: number) => t,
        y: AXIS - 10,
        text: (t: number) => String(t),
        textAnchor: 'start',
        dx: 3,
        fill: 'var(--chart-muted)',
      }),
      Plot.rect(segments, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: 'status',
        stroke: 'var(--chart-background)',
        strokeWidth: 1,
        title: (d: (typeof segments)[number]) => `${d.label}: ${d.count} ${statusLabel(d.status).toLowerCase()}`,
      }),
      Plot.text(bars, {
        x: () => 0,
        y: (_: StatusBar, i: number) => top(i) + BAR / 2,
        text: (d: StatusBar) => `${d.label} · ${d.total}`,
        ...BAR_LABEL,
      }),
    ],
  };
}
