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
import { type CourtLevel, FAVOURED, type Favoured, type Ruling } from '../data/schema.ts';
import { caseHistories } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, listing, plural } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { HALO } from './theme.ts';
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

/** Each side's mark as SVG centred on 0,0 and about 12 px across, for the keys in pages and files. */
export function favouredSwatch(side: Favoured): string {
  const { fill, symbol } = FAVOURED_STYLE[side];
  const paint = `fill="${fill}" stroke="currentColor" stroke-width="0.75"`;
  if (symbol === 'square') return `<rect x="-5" y="-5" width="10" height="10" ${paint}/>`;
  if (symbol === 'star') return `<path d="M0,-7L1.6,-2.2L6.7,-2.2L2.6,0.8L4.1,5.7L0,2.7L-4.1,5.7L-2.6,0.8L-6.7,-2.2L-1.6,-2.2Z" ${paint}/>`;
  return `<circle r="5.5" ${paint}/>`;
}

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

/** Each court level is a band: its name, then the line its rulings sit on, then their numbers. */
const BAND = 58;
const TOP = 26;
const NAME = 12;
const MARKS = 32;
const NUMBERS = 50;
/** Rulings closer than this share of the axis share one number label ("2, 3"), so none overlap. */
const CROWDED = 0.04;

interface Point {
  n: number;
  day: Date;
  level: CourtLevel;
  favoured: Favoured;
}

/** The number labels of each band's rulings, runs of close ones merged: "2, 3", "4–6". */
function numberLabels(points: readonly Point[], span: number): { day: Date; level: CourtLevel; text: string }[] {
  const runs: Point[][] = [];
  const byLevel = Map.groupBy(points, (p) => p.level);
  for (const band of byLevel.values()) {
    let run: Point[] | undefined;
    for (const p of [...band].sort((a, b) => a.day.getTime() - b.day.getTime())) {
      if (run && (p.day.getTime() - run.at(-1)!.day.getTime()) / span < CROWDED) run.push(p);
      else runs.push((run = [p]));
    }
  }
  return runs.map((run) => {
    const numbers = run.map((p) => p.n).sort((a, b) => a - b);
    const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
    const text =
      numbers.length === 1
        ? String(numbers[0])
        : consecutive && numbers.length > 2
          ? `${numbers[0]}–${numbers.at(-1)}`
          : numbers.join(', ');
    return { day: run[0]!.day, level: run[0]!.level, text };
  });
}

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
    const bandTop = (level: CourtLevel) => TOP + levels.indexOf(level) * BAND;
    const first = toDate(h.knownFrom);
    const last = toDate(h.rulings.at(-1)?.date ?? h.knownFrom);
    // A few days either side, so the first and last marks are not cut by the edges.
    const pad = Math.max(2, Math.round((last.getTime() - first.getTime()) / 86_400_000 / 20));
    const domain = [utcDay.offset(first, -pad), utcDay.offset(last, pad)] as [Date, Date];
    const span = domain[1].getTime() - domain[0].getTime();
    const points: Point[] = h.rulings.map((r, i) => ({ n: i + 1, day: toDate(r.date), level: r.court_level, favoured: r.favoured }));
    const height = TOP + levels.length * BAND + 22;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return {
      width: DESIGN_WIDTH,
      height,
      margin: 0,
      x: { type: 'utc', domain, axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        ...monthAxis(iso(domain[0]), iso(domain[1]), TOP - 4, height - 20),
        // The first and last days, under the last band, so a reader can date a path too short for month names.
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
        Plot.ruleY(levels, { y: (l: CourtLevel) => bandTop(l) + MARKS, stroke: 'var(--chart-grid)' }),
        Plot.line(points, { x: 'day', y: (p: Point) => bandTop(p.level) + MARKS, stroke: 'var(--chart-muted)', strokeWidth: 1.5 }),
        Plot.dot(points, {
          x: 'day',
          y: (p: Point) => bandTop(p.level) + MARKS,
          r: 7,
          symbol: (p: Point) => FAVOURED_STYLE[p.favoured].symbol,
          fill: (p: Point) => FAVOURED_STYLE[p.favoured].fill,
          stroke: 'var(--chart-text)',
          strokeWidth: 0.75,
        }),
        // Drawn over the path between bands, on a halo, so the line never strikes a court's name.
        Plot.text(levels, {
          x: () => domain[0],
          y: (l: CourtLevel) => bandTop(l) + NAME,
          text: (l: CourtLevel) => COURT_LABEL[l],
          textAnchor: 'start',
          fontWeight: 'bold',
          fill: 'var(--chart-muted)',
          ...HALO,
        }),
        Plot.text(numberLabels(points, span), {
          x: 'day',
          y: (l: { level: CourtLevel }) => bandTop(l.level) + NUMBERS,
          text: 'text',
          fontWeight: 'bold',
          fill: 'var(--chart-text)',
        }),
      ],
      symbol: { type: 'identity' },
      color: { type: 'identity' },
    };
  },
  sides: (rows) => FAVOURED.filter((side) => rows.some((r) => r.favoured === side)),
};
