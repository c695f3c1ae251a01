/**
 * How the count grew: suits filed, suits a court had turned down at least once, and suits
 * ended, day by day, with the suits still open shaded, and the story's key events each named
 * above the plot beside its own dotted line, at every width. Fluid: the lines stretch to any width.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, ticks } from 'd3';

import { formatLong, formatShort, toDate } from '../data/dates.ts';
import type { Dataset } from '../data/load.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { stateName } from '../data/state-names.ts';
import { caseHistories } from '../data/status.ts';
import { type ChartDefinition, type ChartOptions, plural } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { beside, type Box, NARROWEST, Occupied, type Rule, textWidth } from './label-layout.ts';
import { lineSwatch } from './mark-swatch.ts';
import { HALO } from './theme.ts';
import { lastDay, monthNames, monthRules, TIMELINE_START, wrap } from './time-axis.ts';

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

/** The plot area's height, and the room under it for the month names. */
const PLOT = 240;
const MONTHS = 20;
const LABEL_LINE = 15;
/** Vertical steps in which event names are stacked, px. */
const STEP = 8;

type LineKey = 'filed' | 'turnedDown' | 'ended';
/** The three counts, as drawn and keyed. */
const LINES: readonly { key: LineKey; label: string; stroke: string; dash?: string }[] = [
  { key: 'filed', label: 'Filed', stroke: 'var(--chart-text)' },
  { key: 'turnedDown', label: 'Turned down at least once', stroke: 'var(--status-lost-so-far)', dash: '2,3' },
  { key: 'ended', label: 'Ended', stroke: 'var(--status-dismissed)', dash: '7,3' },
];
const BAND_LABEL = 'Still open';
const BAND = { fill: 'var(--status-awaiting-ruling)', fillOpacity: 0.25 } as const;

interface EventLabel {
  day: Date;
  lines: string[];
  anchor: 'start' | 'end';
  dx: number;
  /** The label's bottom, px above the plot's top. */
  bottom: number;
  height: number;
}

/** Steps tried before a name is put above all the others. */
const MAX_STEPS = 80;

/**
 * Each event's name beside its dotted line, stacked above the plot, in the lowest place where it
 * meets no other name and no other event's line (label-layout.ts). An event's line runs from its
 * name down to the plot, so a name that reaches across another event's line must sit above that
 * event's name: names are placed in an order that allows it (those crossed before those crossing).
 */
function eventLabels(events: readonly TimelineEvent[], share: (d: Date) => number): EventLabel[] {
  const items = events.map((e) => {
    const at = share(toDate(e.date));
    // Wrapped to the room on the roomier side of the line, so the name fits on one side at the narrowest width.
    const room = Math.max(at * NARROWEST, (1 - at) * NARROWEST) - 8;
    const text = wrap(`${formatShort(e.date)} · ${e.label}`, Math.max(12, Math.floor(room / textWidth('x'))));
    const width = Math.max(...text.map((t) => textWidth(t)));
    const start = beside(at, width, 4, 'start');
    const span = start.x2 <= NARROWEST - 3 ? start : beside(at, width, 4, 'end');
    return { day: toDate(e.date), at, text, span };
  });
  // a before b when a's line runs through b's name: b must then sit higher than a's name.
  const before = (a: (typeof items)[number], b: (typeof items)[number]) => a !== b && crossesAt(a.at, { ...b.span, y1: 0, y2: 0 });
  const order: typeof items = [];
  const left = new Set(items);
  while (left.size > 0) {
    const free = [...left].find((b) => ![...left].some((a) => before(a, b)));
    // A cycle (two names each across the other's line) cannot be untangled; take the first.
    const next = free ?? [...left][0]!;
    order.push(next);
    left.delete(next);
  }
  const taken = new Occupied();
  const placed: EventLabel[] = [];
  for (const item of order) {
    const height = item.text.length * LABEL_LINE;
    const boxAt = (bottom: number): Box => ({ x1: item.span.x1, x2: item.span.x2, y1: -bottom - height, y2: -bottom });
    const leader = (bottom: number): Rule => ({ at: item.at, y1: -bottom, y2: 0 });
    let bottom = 0;
    while (bottom < MAX_STEPS * STEP && !taken.free(boxAt(bottom), leader(bottom))) bottom += STEP;
    // Past the last step: above everything placed so far.
    if (bottom >= MAX_STEPS * STEP) bottom = Math.max(0, ...placed.map((p) => p.bottom + p.height)) + STEP;
    taken.add(boxAt(bottom), leader(bottom));
    placed.push({ day: item.day, lines: item.text, anchor: item.span.anchor, dx: item.span.dx, bottom, height });
  }
  return placed;
}

/** Whether a vertical line at share `at` of the width runs through a box's columns (at the narrowest width). */
const crossesAt = (at: number, box: Box) => at * NARROWEST > box.x1 - 3 && at * NARROWEST < box.x2 + 3;

/**
 * The values a step line takes over a stretch of time, as an interval: the value it enters with,
 * every step inside, and so every value its vertical jumps pass through.
 */
function valuesOver(points: readonly { day: Date; value: number }[], from: Date, to: Date): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  let entering = points[0]?.value ?? 0;
  for (const p of points) {
    if (p.day <= from) entering = p.value;
    else if (p.day <= to) {
      low = Math.min(low, p.value);
      high = Math.max(high, p.value);
    }
  }
  return [Math.min(low, entering), Math.max(high, entering)];
}

export const timeline: ChartDefinition<TimelineRow> = {
  id: 'timeline',
  name: 'How the count grew',
  supports: { asOf: false, state: true },
  // The key (keyMarks) shows the three lines and the shaded band, each with its final count.
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
  keyMarks: (rows) => {
    const end = rows.at(-1)!;
    return [
      ...LINES.map((l) => ({ label: `${l.label}: ${end[l.key]}`, swatch: lineSwatch(l.stroke, 2.5, l.dash) })),
      {
        label: 'Shaded: still open',
        swatch: `<rect x="-8" y="-6" width="16" height="12" fill="${BAND.fill}" fill-opacity="${BAND.fillOpacity * 2}"/>`,
      },
    ];
  },
  plot(rows, data, options) {
    const last = lastDay(options);
    const day0 = toDate(TIMELINE_START);
    const dayN = toDate(last);
    const share = (d: Date) => (d.getTime() - day0.getTime()) / (dayN.getTime() - day0.getTime());
    const dayAt = (at: number) => new Date(day0.getTime() + Math.min(1, Math.max(0, at)) * (dayN.getTime() - day0.getTime()));
    const events = eventLabels(keyEvents(data, options), share);
    const ladder = Math.max(0, ...events.map((e) => e.bottom + e.height));
    const top = ladder + 10;
    const bottom = top + PLOT;
    const height = bottom + MONTHS;
    const points = rows.map((r) => ({ ...r, day: toDate(r.date) }));
    const yMax = Math.max(1, ...rows.map((r) => r.filed));
    const y = scaleLinear([0, yMax], [bottom, top + 12]);
    const tickValues = ticks(0, yMax, 4).filter((t) => Number.isInteger(t) && t > 0);
    // Each count's label sits just above its gridline where no line runs through it: at the left
    // edge, else the right, else the first clear place between, checked against the lines' values there.
    const perUnit = y(0) - y(1) || 1;
    const stepLines = LINES.map((l) => points.map((p) => ({ day: p.day, value: p[l.key] })));
    const eventAt = events.map((e) => share(e.day));
    const tickLabels = tickValues.map((t) => {
      const width = textWidth(String(t));
      const clear = (x1: number) => {
        const from = dayAt(x1 / NARROWEST);
        const to = dayAt((x1 + width) / NARROWEST);
        const low = t + 4 / perUnit;
        const high = t + (6 + 14) / perUnit;
        const struck = stepLines.some((line) => {
          const [a, b] = valuesOver(line, from, to);
          return a <= high && b >= low;
        });
        return !struck && !eventAt.some((at) => crossesAt(at, { x1, x2: x1 + width, y1: 0, y2: 0 }));
      };
      const places = [2, NARROWEST - width - 2, ...Array.from({ length: 20 }, (_, k) => (k + 1) * ((NARROWEST - width) / 21))];
      const x1 = places.find(clear);
      if (x1 === undefined) return { t, at: 0, anchor: 'start' as const, clear: false };
      return x1 === NARROWEST - width - 2
        ? { t, at: 1, anchor: 'end' as const, clear: true }
        : { t, at: x1 / NARROWEST, anchor: 'start' as const, clear: true };
    });
    // "Still open" inside the shaded band, where it is deepest and no line or event crosses it.
    const bandWidth = textWidth(BAND_LABEL);
    const bandSpot = Array.from({ length: Math.floor((NARROWEST - bandWidth) / 2) }, (_, k) => k * 2)
      .map((x1) => {
        const from = dayAt(x1 / NARROWEST);
        const to = dayAt((x1 + bandWidth) / NARROWEST);
        const filedLow = valuesOver(stepLines[0]!, from, to)[0];
        const othersHigh = Math.max(valuesOver(stepLines[1]!, from, to)[1], valuesOver(stepLines[2]!, from, to)[1]);
        const room = (filedLow - othersHigh) * perUnit;
        const crossed = eventAt.some((at) => crossesAt(at, { x1, x2: x1 + bandWidth, y1: 0, y2: 0 }));
        return { x1, room: crossed ? 0 : room, y: y(filedLow) + 4 };
      })
      .filter((spot) => spot.room >= 24)
      .sort((a, b) => b.room - a.room)[0];
    const tickBoxes = tickLabels.map((l) => ({
      y: y(l.t),
      x1: l.anchor === 'end' ? NARROWEST - textWidth(String(l.t)) - 2 : l.at * NARROWEST,
    }));
    const bandLabel =
      bandSpot &&
      !tickBoxes.some((b) => Math.abs(b.y - 6 - bandSpot.y) < 20 && b.x1 < bandSpot.x1 + bandWidth + 20 && b.x1 + 20 > bandSpot.x1)
        ? [{ day: dayAt(bandSpot.x1 / NARROWEST), y: bandSpot.y }]
        : [];
    return {
      width: DESIGN_WIDTH,
      height,
      margin: 0,
      x: { type: 'utc', domain: [day0, dayN], axis: null },
      // Every vertical position is in pixels, from the scale above, so the counts and the stacked
      // event names (which are pixels by nature) share one coordinate system.
      y: { type: 'identity', axis: null },
      marks: [
        // Month names under the plot: above it, the event names need the room.
        monthRules(TIMELINE_START, last, top, bottom),
        ...monthNames(TIMELINE_START, last, bottom + 12),
        Plot.ruleY(tickValues, { y: (t: number) => y(t), stroke: 'var(--chart-grid)' }),
        Plot.areaY(points, {
          x: 'day',
          y1: (p: (typeof points)[number]) => y(p.ended),
          y2: (p: (typeof points)[number]) => y(p.filed),
          curve: 'step-after',
          ...BAND,
        }),
        ...LINES.map((l) =>
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
        Plot.text(bandLabel, {
          x: 'day',
          y: 'y',
          text: () => BAND_LABEL,
          textAnchor: 'start',
          lineAnchor: 'top',
          fill: 'var(--chart-text)',
        }),
        // Each event's line, from its name down to the foot of the plot.
        Plot.ruleX(events, {
          x: 'day',
          y1: (e: EventLabel) => top - e.bottom,
          y2: bottom,
          stroke: 'var(--chart-muted)',
          strokeDasharray: '1,3',
        }),
        ...(['start', 'end'] as const).map((anchor) =>
          Plot.text(
            events.filter((e) => e.anchor === anchor),
            {
              x: 'day',
              y: (e: EventLabel) => top - e.bottom,
              text: (e: EventLabel) => e.lines.join('\n'),
              textAnchor: anchor,
              lineAnchor: 'bottom',
              dx: anchor === 'start' ? 4 : -4,
              fill: 'var(--chart-text)',
            },
          ),
        ),
        // Drawn last, on a halo, so a count whose label found no clear place is still read over the lines.
        ...(['start', 'end'] as const).map((anchor) =>
          Plot.text(
            tickLabels.filter((l) => l.anchor === anchor),
            {
              x: (l: (typeof tickLabels)[number]) => dayAt(l.at),
              y: (l: (typeof tickLabels)[number]) => y(l.t),
              text: (l: (typeof tickLabels)[number]) => String(l.t),
              textAnchor: anchor,
              dy: -6,
              dx: anchor === 'start' ? 2 : -2,
              fill: 'var(--chart-muted)',
              ...HALO,
            },
          ),
        ),
      ],
    };
  },
};
