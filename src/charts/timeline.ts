/**
 * How the count grew: suits filed, suits a court had turned down at least once, and suits
 * ended, day by day, with the suits still open shaded, and the story's key events marked by
 * number along the top with a key below. Fluid: the lines stretch to any width.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, ticks } from 'd3';

import { formatLong, formatShort, toDate } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, type LegendItem, plural } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { HALO } from './theme.ts';
import { lastDay, monthAxis, TIMELINE_START } from './time-axis.ts';

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

/** Events closer than this share of the axis get one marker (at 280 px, about 18 px apart). */
const MARKER_GAP = 0.065;

interface Marker {
  date: Date;
  label: string;
  /** 0 or 1: a marker close to the one before it drops to the second row, never further. */
  row: number;
}

/** Numbered markers for the events, close ones merged ("4–6"), in at most two rows. */
function markers(events: readonly TimelineEvent[], last: string): Marker[] {
  const t0 = toDate(TIMELINE_START).getTime();
  const span = toDate(last).getTime() - t0;
  const at = (e: TimelineEvent) => (toDate(e.date).getTime() - t0) / span;
  const groups: { first: number; last: number; from: number; to: number }[] = [];
  events.forEach((e, i) => {
    const group = groups.at(-1);
    if (group && at(e) - group.from < MARKER_GAP) {
      group.last = i;
      group.to = at(e);
    } else groups.push({ first: i, last: i, from: at(e), to: at(e) });
  });
  let previous = -Infinity;
  let row = 0;
  return groups.map((g) => {
    const x = (g.from + g.to) / 2;
    row = x - previous < MARKER_GAP * 1.6 ? 1 - row : 0;
    previous = x;
    return {
      date: new Date(t0 + x * span),
      label: g.first === g.last ? String(g.first + 1) : `${g.first + 1}–${g.last + 1}`,
      row,
    };
  });
}

/** Spreads end labels (pixel positions) so none is closer than `gap` to the next. */
function spread(positions: number[], gap: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  for (let k = 1; k < order.length; k++) order[k]!.p = Math.max(order[k]!.p, order[k - 1]!.p + gap);
  const out: number[] = [];
  for (const { p, i } of order) out[i] = p;
  return out;
}

const HEIGHT = 320;
const TOP = 64;
const BOTTOM = 8;

export const timeline: ChartDefinition<TimelineRow> = {
  id: 'timeline',
  name: 'How the count grew',
  supports: { asOf: false, state: true },
  // The lines are named at their ends, so the chart needs no status key.
  statuses: () => [],
  title: (data, options) => {
    const where = options.state ? ` in ${stateName(data, options.state)}` : '';
    return `Lawsuits filed, turned down and ended${where}, ${formatShort(TIMELINE_START)} 2020 to ${formatLong(lastDay(options))}`;
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
      `By ${formatLong(last.date)}, ${plural(last.filed, 'lawsuit')} had been filed, ${last.turnedDown} had been turned down by a court at least once, and ${last.ended} had ended; ${last.open === 0 ? 'none was' : `${last.open} ${last.open === 1 ? 'was' : 'were'}`} still open.`,
      peak.open > 0 ? `The most open at once was ${peak.open}, on ${formatLong(peak.date)}.` : '',
      later > 0 ? `${plural(later, 'case')} ended after the chart's last day.` : '',
      events.length ? `Marked events: ${events.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  legend: (_rows, data, options) =>
    keyEvents(data, options).map((e, i): LegendItem => ({ marker: String(i + 1), text: `${formatLong(e.date)}: ${e.label}` })),
  plot(rows, data, options) {
    const last = lastDay(options);
    const marks = markers(keyEvents(data, options), last);
    const points = rows.map((r) => ({ ...r, day: toDate(r.date) }));
    const end = rows.at(-1)!;
    const yMax = Math.max(1, ...rows.map((r) => r.filed));
    const y = scaleLinear([0, yMax], [HEIGHT - BOTTOM, TOP]);
    // The headline's palette: "turned down" in its blue, the suits over in the page's grey.
    const lines = [
      { key: 'filed', text: `Filed ${end.filed}`, value: end.filed, stroke: 'var(--chart-text)', dash: undefined },
      { key: 'turnedDown', text: `Turned down ${end.turnedDown}`, value: end.turnedDown, stroke: 'var(--status-dismissed)', dash: '2,3' },
      { key: 'ended', text: `Ended ${end.ended}`, value: end.ended, stroke: 'var(--chart-muted)', dash: '7,3' },
    ] as const;
    // Each label sits above its line's end; labels of lines that end close together are spread apart.
    const labelY = spread(
      lines.map((l) => y(l.value) - 6),
      15,
    ).map((p, i) => Math.min(p, y(lines[i]!.value) - 6 + 30));
    const tickValues = ticks(0, yMax, 4).filter((t) => Number.isInteger(t) && t > 0);
    const day0 = toDate(TIMELINE_START);
    return {
      width: DESIGN_WIDTH,
      height: HEIGHT,
      margin: 0,
      marginTop: TOP,
      marginBottom: BOTTOM,
      x: { type: 'utc', domain: [day0, toDate(last)], axis: null },
      // Every vertical position is in pixels, from the scale above, so the counts and the marker
      // rows (which are pixels by nature) share one coordinate system.
      y: { type: 'identity', axis: null },
      marks: [
        ...monthAxis(TIMELINE_START, last, TOP - 14, HEIGHT - BOTTOM),
        Plot.ruleY(tickValues, { y: (t: number) => y(t), stroke: 'var(--chart-grid)' }),
        Plot.text(tickValues, {
          x: () => day0,
          y: (t: number) => y(t),
          text: String,
          textAnchor: 'start',
          dy: -6,
          dx: 2,
          fill: 'var(--chart-muted)',
        }),
        Plot.areaY(points, {
          x: 'day',
          y1: (p: (typeof points)[number]) => y(p.ended),
          y2: (p: (typeof points)[number]) => y(p.filed),
          curve: 'step-after',
          fill: 'var(--status-awaiting-ruling)',
          fillOpacity: 0.25,
        }),
        ...lines.map((l) =>
          Plot.lineY(points, {
            x: 'day',
            y: (p: (typeof points)[number]) => y(p[l.key]),
            curve: 'step-after',
            stroke: l.stroke,
            strokeWidth: 2.5,
            ...(l.dash ? { strokeDasharray: l.dash } : {}),
          }),
        ),
        Plot.ruleY([y(0)], { stroke: 'var(--chart-muted)' }),
        Plot.ruleX(marks, {
          x: 'date',
          y1: (m: Marker) => 14 + m.row * 16,
          y2: HEIGHT - BOTTOM,
          stroke: 'var(--chart-muted)',
          strokeDasharray: '1,3',
        }),
        Plot.text(marks, {
          x: 'date',
          y: (m: Marker) => 8 + m.row * 16,
          text: 'label',
          fill: 'var(--chart-text)',
          fontWeight: 'bold',
          ...HALO,
        }),
        Plot.text(lines, {
          x: () => toDate(last),
          y: (_: unknown, i: number) => labelY[i]!,
          text: 'text',
          textAnchor: 'end',
          dx: -4,
          fill: 'var(--chart-text)',
          ...HALO,
        }),
      ],
    };
  },
};
