/**
 * How the count grew: suits filed and suits ended, day by day, with the gap between them (the
 * suits still pending) shaded, and the story's key events marked by number with a key below.
 */
import * as Plot from '@observablehq/plot';

import { formatLong, formatShort, toDate } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, type Layout, LAYOUT_WIDTH, type LegendItem, plural } from './chart.ts';

/** The axis runs from just before Election Day to the end of March 2021, after the last denials. */
export const TIMELINE_START = '2020-11-01';
export const TIMELINE_END = '2021-03-31';

export interface TimelineRow {
  date: string;
  /** Suits filed so far. */
  filed: number;
  /** Suits a court had ruled against at least once. */
  turnedDown: number;
  /** Suits that had ended. */
  ended: number;
  /** Suits still before a court. */
  open: number;
}

type Counter = 'filed' | 'turnedDown' | 'ended';

/** The last day a time axis shows: the as-of date, or the end of the timeline. */
export const lastDay = (options: ChartOptions) => (options.asOf && options.asOf < TIMELINE_END ? options.asOf : TIMELINE_END);

function rows(data: Dataset, options: ChartOptions): TimelineRow[] {
  const last = lastDay(options);
  const changes = new Map<string, Record<Counter, number>>();
  const bump = (date: string | undefined, key: Counter) => {
    if (!date) return;
    const day = changes.get(date) ?? { filed: 0, turnedDown: 0, ended: 0 };
    day[key] += 1;
    changes.set(date, day);
  };
  for (const h of caseHistories(data)) {
    if (options.state && h.case.state !== options.state) continue;
    bump(h.knownFrom, 'filed');
    bump(h.firstTurnedDown, 'turnedDown');
    bump(h.endedOn, 'ended');
  }
  const out: TimelineRow[] = [];
  const total = { filed: 0, turnedDown: 0, ended: 0 };
  for (const date of [...changes.keys()].sort()) {
    if (date > last) break;
    for (const key of ['filed', 'turnedDown', 'ended'] as const) total[key] += changes.get(date)![key];
    out.push({ date, ...total, open: total.filed - total.ended });
  }
  // Start the lines at zero on the first day and carry them to the last day of the axis.
  if (out[0]?.date !== TIMELINE_START) out.unshift({ date: TIMELINE_START, filed: 0, turnedDown: 0, ended: 0, open: 0 });
  const tail = out.at(-1)!;
  if (tail.date !== last) out.push({ ...tail, date: last });
  return out;
}

function keyEvents(data: Dataset, options: ChartOptions): TimelineEvent[] {
  return data.events
    .filter((e) => e.on_timeline === 'yes' && e.date >= TIMELINE_START && e.date <= lastDay(options))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Lifts each event number to the lowest tier where it does not touch the previous one. */
function tiers(events: TimelineEvent[], layout: Layout, last: string): number[] {
  const t0 = toDate(TIMELINE_START).getTime();
  const span = toDate(last).getTime() - t0;
  const inner = LAYOUT_WIDTH[layout] - MARGIN.left - MARGIN.right;
  const lastX: number[] = [];
  return events.map((e) => {
    const x = ((toDate(e.date).getTime() - t0) / span) * inner;
    let tier = lastX.findIndex((prev) => x - prev >= 18);
    if (tier === -1) tier = lastX.length;
    lastX[tier] = x;
    return tier;
  });
}

const MARGIN = { left: 36, right: 74, top: 16, bottom: 30 };

export const timeline: ChartDefinition<TimelineRow> = {
  id: 'timeline',
  name: 'How the count grew',
  supports: { asOf: false, state: true },
  statusLegend: false,
  title: (data, options) => {
    const where = options.state ? ` in ${stateName(data, options.state)}` : '';
    return `Lawsuits filed and ended${where}, ${formatShort(TIMELINE_START)} 2020 to ${formatLong(lastDay(options))}`;
  },
  columns: [
    { field: 'date', label: 'Date' },
    { field: 'filed', label: 'Filed so far' },
    { field: 'turnedDown', label: 'Turned down at least once' },
    { field: 'ended', label: 'Ended so far' },
    { field: 'open', label: 'Still open' },
  ],
  rows,
  describe(rows, data, options) {
    const last = rows.at(-1)!;
    const peak = rows.reduce((best, r) => (r.open > best.open ? r : best), rows[0]!);
    const events = keyEvents(data, options).map((e) => `${formatShort(e.date)} ${e.label}`);
    const later = caseHistories(data).filter(
      (h) => (!options.state || h.case.state === options.state) && h.endedOn && h.endedOn > lastDay(options),
    ).length;
    return [
      `Line chart of lawsuits filed and ended over time, from ${formatLong(TIMELINE_START)} to ${formatLong(last.date)}.`,
      `By ${formatLong(last.date)}, ${plural(last.filed, 'lawsuit')} had been filed, ${last.turnedDown} had been turned down by a court at least once, and ${last.ended} had ended; ${last.open} ${last.open === 1 ? 'was' : 'were'} still open.`,
      peak.open > 0 ? `The most open at once was ${peak.open}, on ${formatLong(peak.date)}.` : '',
      later > 0 ? `${plural(later, 'case')} ended after the chart's last day.` : '',
      events.length ? `Marked events: ${events.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  legend: (_rows, data, options) =>
    keyEvents(data, options).map((e, i): LegendItem => ({ marker: String(i + 1), text: `${formatLong(e.date)}: ${e.label}` })),
  plot(rows, data, options, layout) {
    const events = keyEvents(data, options);
    const tierOf = tiers(events, layout, lastDay(options));
    const maxTier = Math.max(0, ...tierOf);
    const numbered = events.map((e, i) => ({ date: toDate(e.date), n: String(i + 1), tier: tierOf[i]! }));
    const points = rows.map((r) => ({ ...r, day: toDate(r.date) }));
    const last = points.at(-1)!;
    const yMax = Math.max(1, ...rows.map((r) => r.filed));
    return {
      width: LAYOUT_WIDTH[layout],
      height: layout === 'narrow' ? 300 : 340,
      marginLeft: MARGIN.left,
      marginRight: MARGIN.right,
      marginTop: MARGIN.top + (maxTier + 1) * 16,
      marginBottom: MARGIN.bottom,
      x: { type: 'utc', domain: [toDate(TIMELINE_START), toDate(lastDay(options))], ticks: layout === 'narrow' ? 3 : 6, label: null },
      y: { domain: [0, yMax], label: 'Lawsuits', labelArrow: 'none', grid: true, ticks: 5 },
      marks: [
        Plot.areaY(points, {
          x: 'day',
          y1: 'ended',
          y2: 'filed',
          curve: 'step-after',
          fill: 'var(--status-awaiting-ruling)',
          fillOpacity: 0.3,
        }),
        Plot.ruleX(numbered, { x: 'date', stroke: 'var(--chart-muted)', strokeDasharray: '2,3' }),
        ...Array.from({ length: maxTier + 1 }, (_, tier) =>
          Plot.text(
            numbered.filter((e) => e.tier === tier),
            { x: 'date', text: 'n', frameAnchor: 'top', dy: -8 - tier * 16, fill: 'var(--chart-text)', fontWeight: 'bold' },
          ),
        ),
        Plot.lineY(points, { x: 'day', y: 'filed', curve: 'step-after', stroke: 'var(--chart-text)', strokeWidth: 2 }),
        Plot.lineY(points, {
          x: 'day',
          y: 'turnedDown',
          curve: 'step-after',
          stroke: 'var(--status-lost-so-far)',
          strokeWidth: 2,
          strokeDasharray: '2,2',
        }),
        Plot.lineY(points, {
          x: 'day',
          y: 'ended',
          curve: 'step-after',
          stroke: 'var(--status-dismissed)',
          strokeWidth: 2,
          strokeDasharray: '6,3',
        }),
        Plot.text([last], {
          x: 'day',
          y: 'filed',
          text: (d: TimelineRow) => `Filed ${d.filed}`,
          textAnchor: 'start',
          dx: 6,
          dy: -7,
          fill: 'var(--chart-text)',
        }),
        Plot.text([last], {
          x: 'day',
          y: 'ended',
          text: (d: TimelineRow) => `Ended ${d.ended}`,
          textAnchor: 'start',
          dx: 6,
          dy: 7,
          fill: 'var(--chart-text)',
        }),
        Plot.ruleY([0], { stroke: 'var(--chart-muted)' }),
      ],
    };
  },
};
