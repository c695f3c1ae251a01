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
import { plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { beside, type Box, crosses, NARROWEST, Occupied, type Rule, textWidth } from './label-layout.ts';
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
  // The headline's palette: "turned down" in its blue, the suits over in the page's grey.
  { key: 'turnedDown', label: 'Turned down at least once', stroke: 'var(--status-dismissed)', dash: '2,3' },
  { key: 'ended', label: 'Ended', stroke: 'var(--chart-muted)', dash: '7,3' },
];
const BAND_LABEL = 'Still open';
const BAND = { fill: 'var(--status-awaiting-ruling)', fillOpacity: 0.25 } as const;

interface EventLabel {
  day: Date;
  /** Its line's share of the width. */
  at: number;
  lines: string[];
  anchor: 'start' | 'end';
  dx: number;
  /** The label's bottom, px above the plot's top. */
  bottom: number;
  height: number;
  /** Where it is, at the narrowest width, above the plot's top (negative y). */
  box: Box;
}

/** Events whose side is searched for the shortest stack (2^10 layouts at most); later ones keep the roomier side. */
const SEARCHED = 10;

/** A vertical line at share `at` running through every height. */
const lineAt = (at: number): Rule => ({ at, y1: -Infinity, y2: Infinity });

interface EventItem {
  day: Date;
  at: number;
  text: string[];
  width: number;
  /** Where its name may go: right of its line, left of it, or both. */
  spans: ReturnType<typeof beside>[];
}

/**
 * Stacks the names on one choice of sides, each in the lowest place where it meets no other
 * name. An event's line runs from its name down to the plot, so a name that reaches across
 * another event's line should sit above that event's name: names are placed in an order that
 * allows it where one exists (those whose line crosses a name before that name). Where two names
 * each reach across the other's line no order can, and the later name goes above everything;
 * its line then breaks around the name below it (see lineSegments), never running through it.
 */
function stack(items: readonly EventItem[], spans: readonly ReturnType<typeof beside>[]): EventLabel[] {
  const box = (i: number): Box => ({ ...spans[i]!, y1: 0, y2: 1 });
  const before = (a: number, b: number) => a !== b && crosses(lineAt(items[a]!.at), box(b));
  const left = new Set(items.map((_, i) => i));
  const order: number[] = [];
  while (left.size > 0) {
    const waiting = (b: number) => [...left].filter((a) => before(a, b)).length;
    // The first name no remaining line crosses; in a tangle, the one crossed by fewest.
    const next = [...left].sort((a, b) => waiting(a) - waiting(b) || a - b)[0]!;
    order.push(next);
    left.delete(next);
  }
  const taken = new Occupied();
  const placed: EventLabel[] = [];
  for (const i of order) {
    const item = items[i]!;
    const span = spans[i]!;
    const height = item.text.length * LABEL_LINE;
    const boxAt = (bottom: number): Box => ({ ...span, y1: -bottom - height, y2: -bottom });
    const leader = (bottom: number): Rule => ({ at: item.at, y1: -bottom, y2: 0 });
    const top = Math.max(0, ...placed.filter(Boolean).map((p) => p.bottom + p.height)) + STEP;
    let bottom = 0;
    while (bottom < top && !taken.free(boxAt(bottom), leader(bottom))) bottom += STEP;
    bottom = Math.min(bottom, top);
    taken.add(boxAt(bottom), leader(bottom));
    placed[i] = { day: item.day, at: item.at, lines: item.text, anchor: span.anchor, dx: span.dx, bottom, height, box: boxAt(bottom) };
  }
  return placed;
}

/** The pieces of an event's line, from its name down to the plot, broken around any other name it would run through. */
function lineSegments(label: EventLabel, all: readonly EventLabel[]): { y1: number; y2: number }[] {
  const gaps = all
    .filter((other) => other !== label && crosses({ at: label.at, y1: -label.bottom, y2: 0 }, other.box))
    .map((other) => [other.box.y1 - 2, other.box.y2 + 2] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces: { y1: number; y2: number }[] = [];
  let from = -label.bottom;
  for (const [top, bottom] of gaps) {
    if (top > from) pieces.push({ y1: from, y2: top });
    from = Math.max(from, bottom);
  }
  pieces.push({ y1: from, y2: 0 });
  return pieces;
}

/** Names each event's line runs through (each a break in the line): fewer is better. */
const breaks = (labels: readonly EventLabel[]) => labels.reduce((n, l) => n + lineSegments(l, labels).length - 1, 0);

/**
 * Each event's name beside its dotted line, stacked above the plot (label-layout.ts): of the
 * choices of side for each name, the one with the fewest broken lines, then the lowest stack.
 */
function eventLabels(events: readonly TimelineEvent[], share: (d: Date) => number): EventLabel[] {
  const items: EventItem[] = events.map((e) => {
    const at = share(toDate(e.date));
    // Wrapped to the room on the roomier side of the line, so the name fits on one side at the narrowest width.
    const room = Math.max(at * NARROWEST, (1 - at) * NARROWEST) - 8;
    const text = wrap(`${formatShort(e.date)} · ${e.label}`, Math.max(12, Math.floor(room / textWidth('x'))));
    const width = Math.max(...text.map((t) => textWidth(t)));
    const fits = (['start', 'end'] as const).map((side) => beside(at, width, 4, side)).filter((sp) => sp.x1 >= 0 && sp.x2 <= NARROWEST - 3);
    const roomier = beside(at, width, 4, at < 0.5 ? 'start' : 'end');
    return { day: toDate(e.date), at, text, width, spans: fits.length > 0 ? fits : [roomier] };
  });
  const choices = items.map((item, i) => (i < SEARCHED ? item.spans : [item.spans[0]!]));
  const height = (labels: readonly EventLabel[]) => Math.max(0, ...labels.map((l) => l.bottom + l.height));
  let best: { labels: EventLabel[]; score: number } | undefined;
  const total = choices.reduce((n, c) => n * c.length, 1);
  for (let k = 0; k < total; k++) {
    let rest = k;
    const spans = choices.map((c) => {
      const span = c[rest % c.length]!;
      rest = Math.floor(rest / c.length);
      return span;
    });
    const labels = stack(items, spans);
    const score = breaks(labels) * 10_000 + height(labels);
    if (!best || score < best.score) best = { labels, score };
  }
  return best?.labels ?? [];
}

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
        return !struck && !eventAt.some((at) => crosses(lineAt(at), { x1, x2: x1 + width, y1: 0, y2: 1 }));
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
        const crossed = eventAt.some((at) => crosses(lineAt(at), { x1, x2: x1 + bandWidth, y1: 0, y2: 1 }));
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
        // Each event's line, from its name down to the foot of the plot, broken around other names.
        Plot.ruleX(
          events.flatMap((e) =>
            lineSegments(e, events).map((piece, i, pieces) => ({
              day: e.day,
              y1: top + piece.y1,
              y2: i === pieces.length - 1 ? bottom : top + piece.y2,
            })),
          ),
          { x: 'day', y1: 'y1', y2: 'y2', stroke: 'var(--chart-muted)', strokeDasharray: '1,3' },
        ),
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
