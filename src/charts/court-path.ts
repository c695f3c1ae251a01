/**
 * One case's path through the courts, for its page: each ruling a numbered mark on a time axis,
 * one row per level of court it reached, joined in the order they came. The mark's shape and
 * fill say whom it went for; the numbers match the list of rulings under the chart.
 */
import * as Plot from '@observablehq/plot';
import { utcDay } from 'd3';

import { formatLong, formatShort, toDate } from '../data/dates.ts';
import { COURT_LABEL } from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import { courtRank } from '../data/rules.ts';
import type { CourtLevel, Favoured, Ruling } from '../data/schema.ts';
import { caseHistories } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, listing, plural } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { monthAxis } from './time-axis.ts';

export interface CourtPathRow {
  n: number;
  date: string;
  court: string;
  level: string;
  action: string;
  favoured: Favoured;
}

/** How whom a ruling went for looks: fill colour (a theme variable) and a Plot symbol. */
export const FAVOURED_STYLE: Record<Favoured, { label: string; fill: string; symbol: 'star' | 'square' | 'circle' }> = {
  plaintiffs: { label: 'For the plaintiffs', fill: 'var(--status-won)', symbol: 'star' },
  defendants: { label: 'Against the plaintiffs', fill: 'var(--status-dismissed)', symbol: 'square' },
  neither: { label: 'For neither side', fill: 'var(--status-awaiting-ruling)', symbol: 'circle' },
};

function history(data: Dataset, options: ChartOptions) {
  const found = caseHistories(data).find((h) => h.case.id === options.caseId);
  if (!found) throw new Error(`court-path: no case "${options.caseId}"`);
  return found;
}

function rows(data: Dataset, options: ChartOptions): CourtPathRow[] {
  return history(data, options).rulings.map((r: Ruling, i) => ({
    n: i + 1,
    date: r.date,
    court: r.court,
    level: COURT_LABEL[r.court_level],
    action: r.action,
    favoured: r.favoured,
  }));
}

const ROW = 44;
const TOP = 26;

export const courtPath: ChartDefinition<CourtPathRow> = {
  id: 'court-path',
  name: "A case's path through the courts",
  supports: { asOf: false, state: false, caseRequired: true },
  statuses: () => [],
  title: (data, options) => `${history(data, options).case.case_name}: its rulings, court by court`,
  columns: [
    { field: 'n', label: 'No.' },
    { field: 'date', label: 'Date' },
    { field: 'court', label: 'Court' },
    { field: 'action', label: 'What it did' },
    { field: 'favoured', label: 'For' },
  ],
  rows,
  describe(rows, data, options) {
    const h = history(data, options);
    if (rows.length === 0) return `Timeline of ${h.case.case_name}: no ruling is recorded.`;
    const levels = [...new Set(rows.map((r) => r.level.toLowerCase()))];
    return [
      `Timeline of ${plural(rows.length, 'ruling')} in ${h.case.case_name}, from ${formatLong(rows[0]!.date)} to ${formatLong(rows.at(-1)!.date)}, in ${listing(levels)}.`,
      ...rows.map((r) => `${r.n}. ${formatLong(r.date)}, ${r.court}: ${r.action}, ${FAVOURED_STYLE[r.favoured].label.toLowerCase()}.`),
    ].join(' ');
  },
  plot(_rows, data, options) {
    const h = history(data, options);
    const levels = [...new Set(h.rulings.map((r) => r.court_level))].sort((a, b) => courtRank(a) - courtRank(b)) as CourtLevel[];
    const rowOf = (level: CourtLevel) => TOP + levels.indexOf(level) * ROW + 26;
    const first = toDate(h.knownFrom);
    const last = toDate(h.rulings.at(-1)?.date ?? h.knownFrom);
    // A few days either side, so the first and last marks are not cut by the edges.
    const pad = Math.max(2, Math.round((last.getTime() - first.getTime()) / 86_400_000 / 20));
    const domain = [utcDay.offset(first, -pad), utcDay.offset(last, pad)] as [Date, Date];
    const points = h.rulings.map((r, i) => ({ n: i + 1, day: toDate(r.date), y: rowOf(r.court_level), favoured: r.favoured }));
    const height = TOP + levels.length * ROW + 24;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return {
      width: DESIGN_WIDTH,
      height,
      margin: 0,
      x: { type: 'utc', domain, axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        ...monthAxis(iso(domain[0]), iso(domain[1]), TOP - 4, height),
        // The first and last days, under the last row, so a reader can date a path too short for month names.
        Plot.text([first], {
          x: () => domain[0],
          y: height - 6,
          text: () => formatShort(iso(first)),
          textAnchor: 'start',
          fill: 'var(--chart-muted)',
        }),
        Plot.text([last], {
          x: () => domain[1],
          y: height - 6,
          text: () => formatShort(iso(last)),
          textAnchor: 'end',
          fill: 'var(--chart-muted)',
        }),
        Plot.text(levels, {
          x: () => domain[0],
          y: (l: CourtLevel) => rowOf(l) - 18,
          text: (l: CourtLevel) => COURT_LABEL[l],
          textAnchor: 'start',
          fill: 'var(--chart-muted)',
        }),
        Plot.ruleY(levels, { y: rowOf, stroke: 'var(--chart-grid)' }),
        Plot.line(points, { x: 'day', y: 'y', stroke: 'var(--chart-muted)', strokeWidth: 1.5 }),
        Plot.dot(points, {
          x: 'day',
          y: 'y',
          r: 7,
          symbol: (p: (typeof points)[number]) => FAVOURED_STYLE[p.favoured].symbol,
          fill: (p: (typeof points)[number]) => FAVOURED_STYLE[p.favoured].fill,
          stroke: 'var(--chart-text)',
          strokeWidth: 0.75,
        }),
        Plot.text(points, {
          x: 'day',
          y: 'y',
          text: (p: (typeof points)[number]) => String(p.n),
          dy: -14,
          fontWeight: 'bold',
          fill: 'var(--chart-text)',
          stroke: 'var(--chart-background)',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
      symbol: { type: 'identity' },
      color: { type: 'identity' },
    };
  },
};
