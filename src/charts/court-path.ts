/**
 * One case's path through the courts, for its page: a lane per level of court it reached, its
 * filing and each ruling a mark on its lane at its date, joined in the order they came (a line
 * drops from a ruling to the next court's lane, then runs along it). Every ruling is labelled at
 * its mark with its number, date and what the court did; the numbers match the list of rulings
 * under the chart. The mark's shape and fill say whom it went for. A case with one ruling gets a
 * sentence instead: a chart of one mark says nothing the sentence does not.
 */
import * as Plot from '@observablehq/plot';
import { utcDay, utcYear } from 'd3';

import { formatLong, formatShort, toDate } from '../data/dates.ts';
import { COURT_LABEL, inSentence, RULING_ACTION_LABEL, RULING_ACTION_SHORT, theCourt } from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import { courtRank } from '../data/rules.ts';
import { type CourtLevel, FAVOURED, type Favoured, type Ruling } from '../data/schema.ts';
import { caseHistories, type CaseHistory } from '../data/status.ts';
import { listing, plural } from '../data/wording.ts';
import { type ChartDefinition, type ChartOptions } from './chart.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { beside, type Box, NARROWEST, Occupied, type Rule, textWidth } from './label-layout.ts';
import { monthAxis, wrap } from './time-axis.ts';

export interface CourtPathRow {
  n: number;
  date: string;
  court: string;
  level: string;
  /** What the court did, in words. */
  action: string;
  favoured: Favoured;
  /** Whom it went for, in words. */
  for: string;
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
    action: RULING_ACTION_LABEL[r.action],
    favoured: r.favoured,
    for: FAVOURED_STYLE[r.favoured].label,
  }));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** More than about ten months between two days: too long for month ticks or dates without a year. */
const yearsApart = (first: string, last: string) => toDate(last).getTime() - toDate(first).getTime() > 300 * 86_400_000;

/** Ticks for each new year along the top, each named. */
function yearTicks(domain: [Date, Date]): Plot.Markish[] {
  const years = utcYear.range(utcYear.ceil(domain[0]), domain[1]);
  return [
    Plot.ruleX(years, { x: (d: Date) => d, y1: TOP - 6, y2: TOP - 1, stroke: 'var(--chart-grid)' }),
    Plot.text(years, {
      x: (d: Date) => d,
      y: TOP - 14,
      text: (d: Date) => String(d.getUTCFullYear()),
      textAnchor: 'start',
      dx: 3,
      fill: 'var(--chart-muted)',
    }),
  ];
}

/** The filing's mark, small and open: a start, not a ruling. */
const FILING = { r: 4, fill: 'var(--chart-background)', stroke: 'var(--chart-muted)', strokeWidth: 1.5 } as const;
const FILING_SWATCH = `<circle r="${FILING.r}" fill="none" stroke="currentColor" stroke-width="${FILING.strokeWidth}"/>`;

/** One ruling as a clause: "on 3 November 2020 the … dismissed the case". */
function rulingClause(r: Ruling): string {
  const on = `on ${formatLong(r.date)}`;
  if (r.action === 'withdrawn') return `${on} the plaintiffs withdrew it from the ${r.court}`;
  if (r.action === 'settled') return `${on} the parties settled it in the ${r.court}`;
  if (r.action === 'moot') return `${on} ${theCourt(r.court)} ended it as moot`;
  return `${on} ${theCourt(r.court)} ${inSentence(RULING_ACTION_LABEL[r.action])}`;
}

/**
 * A lane, top down: the court's name; labels placed above the line; the line its marks sit on;
 * labels placed below it. Vertical sizes in px.
 */
const NAME_ROW = 16;
const NAME_GAP = 4;
/** Between the line and the nearest label slot, clear of a mark (up to 8 px from the line). */
const LINE_TO_SLOTS = 11;
const LABEL_LINE = 15;
const SLOT = 2 * LABEL_LINE + 4;
const LANE_GAP = 12;
const TOP = 24;
/** Horizontal gap between a mark's centre and its label, px. */
const MARK_GAP = 11;
/** Slots tried on each side of a lane's line before giving up on a clear place. */
const MAX_SLOTS = 12;

interface Stop {
  /** The ruling's number; undefined for the filing. */
  n?: number;
  day: Date;
  level: CourtLevel;
  favoured?: Favoured;
  lines: string[];
}

interface PlacedLabel {
  stop: Stop;
  at: number;
  anchor: 'start' | 'end';
  dx: number;
  /** Top of the label relative to its lane's line: negative above it. */
  top: number;
  /** The leader from the mark to a label not beside it, relative to the line. */
  leader?: { y1: number; y2: number };
}

interface Lane {
  level: CourtLevel;
  /** The name's placement: a share of the width and the side it extends to. */
  name: { at: number; anchor: 'start' | 'end'; dx: number; lines: string[] };
  labels: PlacedLabel[];
  /** Room its labels take above and below its line, px. */
  above: number;
  below: number;
}

/** The filing (when dated; keyed, not labelled) and every ruling, in order, each with its label's lines. */
function stopsOf(h: CaseHistory): Stop[] {
  // A path that runs on for years dates its rulings with the year ("20 Apr 2023").
  const long = h.rulings.length > 0 && yearsApart(h.knownFrom, h.rulings.at(-1)!.date);
  const date = (iso: string) => (long ? `${formatShort(iso)} ${iso.slice(0, 4)}` : formatShort(iso));
  const filed: Stop[] = h.case.filed_date ? [{ day: toDate(h.case.filed_date), level: h.case.court_level, lines: [] }] : [];
  return [
    ...filed,
    ...h.rulings.map((r, i) => ({
      n: i + 1,
      day: toDate(r.date),
      level: r.court_level,
      favoured: r.favoured,
      lines: [`${i + 1} · ${date(r.date)}`, RULING_ACTION_SHORT[r.action]],
    })),
  ];
}

const labelWidth = (stop: Stop) => Math.max(...stop.lines.map((line, i) => textWidth(line, i === 0 && stop.n !== undefined)));

/**
 * Lays out the lanes. A drop from one lane to another runs below the line of the upper lane and
 * above the line of the lower one, through every lane between; so each label goes in the nearest
 * slot, below its line or above it, to the right of its mark or the left, where it meets no other
 * label and no line (drops, other labels' leaders); and each court's name where no drop crosses it.
 * See label-layout.ts for why checking the narrowest width is enough.
 */
function layOut(
  stops: readonly Stop[],
  levels: readonly CourtLevel[],
  share: (d: Date) => number,
  routes: readonly Route[],
): { lanes: Lane[]; misses: number } {
  const index = (level: CourtLevel) => levels.indexOf(level);
  let misses = 0;
  const drops = stops.slice(1).flatMap((next, i) => {
    const from = index(stops[i]!.level);
    const to = index(next.level);
    const at = share((routes[i] === 'early' ? stops[i]! : next).day);
    return from === to ? [] : [{ at, top: Math.min(from, to), bottom: Math.max(from, to) }];
  });
  const lanes = levels.map((level, lane) => {
    // Each lane in its own coordinates: its line at 0, negative above.
    const taken = new Occupied();
    for (const d of drops) {
      if (d.top <= lane && lane < d.bottom) taken.rules.push({ at: d.at, y1: 0, y2: Infinity });
      if (d.top < lane && lane <= d.bottom) taken.rules.push({ at: d.at, y1: -Infinity, y2: 0 });
    }
    const labels: PlacedLabel[] = [];
    for (const stop of stops.filter((s) => s.level === level && s.lines.length > 0)) {
      const at = share(stop.day);
      const width = labelWidth(stop);
      const height = stop.lines.length * LABEL_LINE;
      const sides = [beside(at, width, MARK_GAP, 'start'), beside(at, width, MARK_GAP, 'end')];
      const place = (slot: number) => {
        for (const below of [true, false])
          for (const span of sides) {
            const top = below ? LINE_TO_SLOTS + slot * SLOT : -LINE_TO_SLOTS - slot * SLOT - height;
            const box: Box = { x1: span.x1, x2: span.x2, mark: span.mark, y1: top, y2: top + height };
            // Past the nearest slot a leader runs from the mark to the label.
            const leader: Rule | undefined =
              slot === 0 ? undefined : below ? { at, y1: 8, y2: top + LABEL_LINE / 2 } : { at, y1: top + height - LABEL_LINE / 2, y2: -8 };
            if (taken.free(box, leader)) return { box, leader, span, top };
          }
        return undefined;
      };
      let found;
      for (let slot = 0; slot < MAX_SLOTS && !found; slot++) found = place(slot);
      if (!found) misses += 1;
      // Nowhere clear (a path far more crowded than any real one): under the line, past the others.
      const { box, leader, span, top } = found ?? {
        box: { x1: sides[0]!.x1, x2: sides[0]!.x2, y1: LINE_TO_SLOTS + MAX_SLOTS * SLOT, y2: LINE_TO_SLOTS + MAX_SLOTS * SLOT + height },
        leader: undefined,
        span: sides[0]!,
        top: LINE_TO_SLOTS + MAX_SLOTS * SLOT,
      };
      taken.add(box, leader);
      labels.push({ stop, at, anchor: span.anchor, dx: span.dx, top, ...(leader ? { leader: { y1: leader.y1, y2: leader.y2 } } : {}) });
    }
    const above = Math.max(0, ...labels.map((l) => -l.top));
    const below = Math.max(0, ...labels.map((l) => l.top + l.stop.lines.length * LABEL_LINE));
    // The name, above the highest label and clear of the marks: on one line at the left, the
    // right or just after a line that crosses its row, else on two lines in the same places.
    const crossing = taken.rules.filter((r) => r.y1 < 0);
    const candidates = [[COURT_LABEL[level]], wrap(COURT_LABEL[level], 16)].flatMap((lines) => {
      const width = Math.max(...lines.map((line) => textWidth(line, true)));
      const top = -Math.max(above, LINE_TO_SLOTS) - NAME_GAP - lines.length * NAME_ROW;
      const at = (x1: number, mark?: number): Box => ({
        x1,
        x2: x1 + width,
        y1: top,
        y2: top + lines.length * NAME_ROW,
        ...(mark === undefined ? {} : { mark }),
      });
      return [
        { lines, at: 0, anchor: 'start' as const, dx: 0, box: at(0) },
        { lines, at: 1, anchor: 'end' as const, dx: 0, box: at(NARROWEST - width) },
        ...crossing.map((r) => ({
          lines,
          at: r.at,
          anchor: 'start' as const,
          dx: 6,
          box: { ...at(r.at * NARROWEST), x2: r.at * NARROWEST + 6 + width, mark: r.at * NARROWEST },
        })),
      ];
    });
    const clear = candidates.find((c) => taken.free(c.box));
    if (!clear) misses += 1;
    const name = clear ?? candidates[0]!;
    return { level, name: { at: name.at, anchor: name.anchor, dx: name.dx, lines: name.lines }, labels, above, below };
  });
  return { lanes, misses };
}

/**
 * Where the path changes lanes between two stops: right after the earlier one (the appeal went
 * up at once, then waited) or just before the later one. Either is a fair picture; the layout
 * takes, of every combination, one where every label and name is clear, and of those the shortest.
 */
type Route = 'early' | 'late';

function bestLayout(stops: readonly Stop[], levels: readonly CourtLevel[], share: (d: Date) => number) {
  const changes = stops.slice(1).map((next, i) => next.level !== stops[i]!.level);
  const count = changes.filter(Boolean).length;
  let best: { lanes: Lane[]; misses: number; routes: Route[]; height: number } | undefined;
  // At most 2^6 combinations; beyond six changes of court the later ones keep the first choice.
  for (let mask = 0; mask < 2 ** Math.min(count, 6); mask++) {
    let bit = 0;
    const routes = changes.map((changed): Route => (changed && (mask >> bit++) & 1 ? 'late' : 'early'));
    const { lanes, misses } = layOut(stops, levels, share, routes);
    const height = lanes.reduce((sum, l) => sum + l.above + l.below, 0);
    if (!best || misses < best.misses || (misses === best.misses && height < best.height)) best = { lanes, misses, routes, height };
  }
  return best!;
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
    { field: 'for', label: 'For' },
  ],
  rows,
  describe(rows, data, options) {
    const h = history(data, options);
    if (rows.length === 0) return `Timeline of ${h.case.case_name}: no ruling is recorded.`;
    const levels = [...new Set(rows.map((r) => r.level.toLowerCase().replace('u.s.', 'U.S.')))];
    return [
      `Timeline of ${plural(rows.length, 'ruling')} in ${h.case.case_name}, from ${formatLong(rows[0]!.date)} to ${formatLong(rows.at(-1)!.date)}, in ${listing(levels)}.`,
      ...rows.map(
        (r) => `${r.n}. ${formatLong(r.date)}, ${r.court}: ${inSentence(r.action)}, ${FAVOURED_STYLE[r.favoured].label.toLowerCase()}.`,
      ),
    ].join(' ');
  },
  instead(rows, data, options) {
    const h = history(data, options);
    if (h.rulings.length !== 1) return undefined;
    return `This case had one ruling: ${rulingClause(h.rulings[0]!)}.`;
  },
  plot(_rows, data, options) {
    const h = history(data, options);
    const stops = stopsOf(h);
    const levels = [...new Set(stops.map((s) => s.level))].sort((a, b) => courtRank(a) - courtRank(b));
    const first = stops[0]?.day ?? toDate(h.knownFrom);
    const last = stops.at(-1)?.day ?? first;
    // A few days either side, so the first and last marks are not cut by the edges.
    const pad = Math.max(2, Math.round((last.getTime() - first.getTime()) / 86_400_000 / 20));
    const domain = [utcDay.offset(first, -pad), utcDay.offset(last, pad)] as [Date, Date];
    const share = (d: Date) => (d.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime());
    const { lanes, routes } = bestLayout(stops, levels, share);
    let y = TOP;
    const lineY = new Map<CourtLevel, number>();
    const laneTop = new Map<CourtLevel, number>();
    for (const lane of lanes) {
      laneTop.set(lane.level, y);
      lineY.set(lane.level, y + lane.name.lines.length * NAME_ROW + NAME_GAP + Math.max(lane.above, LINE_TO_SLOTS));
      y = lineY.get(lane.level)! + Math.max(lane.below, LINE_TO_SLOTS) + LANE_GAP;
    }
    const height = y;
    const dayAt = (at: number) => new Date(domain[0].getTime() + at * (domain[1].getTime() - domain[0].getTime()));
    const lineOf = (s: Stop) => lineY.get(s.level)!;

    // The path: along a lane and a drop to the next stop's lane, in the order bestLayout chose.
    const segments = stops.slice(1).flatMap((next, i) => {
      const from = stops[i]!;
      if (from.level === next.level) return [{ kind: 'run' as const, x1: from.day, x2: next.day, y: lineOf(next) }];
      const early = routes[i] === 'early';
      return [
        { kind: 'drop' as const, x: early ? from.day : next.day, y1: lineOf(from), y2: lineOf(next) },
        { kind: 'run' as const, x1: from.day, x2: next.day, y: lineOf(early ? next : from) },
      ];
    });
    const drops = segments.filter((s) => s.kind === 'drop');
    const runs = segments.filter((s) => s.kind === 'run');
    const labels = lanes.flatMap((lane) => lane.labels.map((l) => ({ ...l, y: lineY.get(lane.level)! + l.top })));
    const leaders = labels.filter((l) => l.leader);
    const rulings = stops.filter((s) => s.n !== undefined);
    const filing = stops.filter((s) => s.n === undefined);

    const groups = (['start', 'end'] as const).flatMap((anchor) =>
      [...new Set(labels.filter((l) => l.anchor === anchor).map((l) => l.dx))].map((dx) => ({ anchor, dx })),
    );
    const names = lanes.map((lane) => ({ ...lane.name, text: lane.name.lines.join('\n'), y: laneTop.get(lane.level)! }));
    const nameGroups = [...new Set(names.map((n) => `${n.anchor}:${n.dx}`))].map((key) =>
      names.filter((n) => `${n.anchor}:${n.dx}` === key),
    );

    return {
      width: DESIGN_WIDTH,
      height,
      margin: 0,
      x: { type: 'utc', domain, axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        // Short month ticks along the top only: every mark carries its own date, and no gridline crosses a label.
        ...(yearsApart(iso(domain[0]), iso(domain[1])) ? yearTicks(domain) : monthAxis(iso(domain[0]), iso(domain[1]), TOP - 6, TOP - 1)),
        Plot.ruleY(lanes, { y: (l: Lane) => lineY.get(l.level)!, stroke: 'var(--chart-grid)' }),
        Plot.ruleX(leaders, {
          x: (l: PlacedLabel) => l.stop.day,
          y1: (l: PlacedLabel) => lineOf(l.stop) + l.leader!.y1,
          y2: (l: PlacedLabel) => lineOf(l.stop) + l.leader!.y2,
          stroke: 'var(--chart-muted)',
          strokeWidth: 1,
          strokeDasharray: '1,2',
        }),
        Plot.ruleY(runs, { y: 'y', x1: 'x1', x2: 'x2', stroke: 'var(--chart-muted)', strokeWidth: 1.5 }),
        Plot.ruleX(drops, { x: 'x', y1: 'y1', y2: 'y2', stroke: 'var(--chart-muted)', strokeWidth: 1.5 }),
        Plot.dot(filing, { x: 'day', y: lineOf, ...FILING }),
        Plot.dot(rulings, {
          x: 'day',
          y: lineOf,
          r: 7,
          symbol: (s: Stop) => FAVOURED_STYLE[s.favoured!].symbol,
          fill: (s: Stop) => FAVOURED_STYLE[s.favoured!].fill,
          stroke: 'var(--chart-text)',
          strokeWidth: 0.75,
        }),
        ...nameGroups.map((group) =>
          Plot.text(group, {
            x: (n: (typeof names)[number]) => dayAt(n.at),
            y: 'y',
            text: 'text',
            textAnchor: group[0]!.anchor,
            dx: group[0]!.dx,
            lineAnchor: 'top',
            fontWeight: 'bold',
            fill: 'var(--chart-muted)',
          }),
        ),
        ...groups.flatMap(({ anchor, dx }) => {
          const these = labels.filter((l) => l.anchor === anchor && l.dx === dx);
          return [
            // The first line in bold for a ruling (its number and date); the filing's one line in plain text.
            ...[true, false].map((ruling) =>
              Plot.text(
                these.filter((l) => (l.stop.n !== undefined) === ruling),
                {
                  x: (l: PlacedLabel) => l.stop.day,
                  y: 'y',
                  text: (l: PlacedLabel) => l.stop.lines[0],
                  textAnchor: anchor,
                  dx,
                  lineAnchor: 'top',
                  fontWeight: ruling ? 'bold' : 'normal',
                  fill: ruling ? 'var(--chart-text)' : 'var(--chart-muted)',
                },
              ),
            ),
            Plot.text(
              these.filter((l) => l.stop.lines.length > 1),
              {
                x: (l: PlacedLabel) => l.stop.day,
                y: (l: (typeof labels)[number]) => l.y + LABEL_LINE,
                text: (l: PlacedLabel) => l.stop.lines[1],
                textAnchor: anchor,
                dx,
                lineAnchor: 'top',
                fill: 'var(--chart-text)',
              },
            ),
          ];
        }),
      ],
      symbol: { type: 'identity' },
      color: { type: 'identity' },
    };
  },
  keyMarks: (rows, data, options) =>
    rows.length > 1 && history(data, options).case.filed_date ? [{ label: 'Filed', swatch: FILING_SWATCH }] : [],
  // No key for a single ruling: the sentence that replaces the chart names its side.
  sides: (rows) => (rows.length < 2 ? [] : FAVOURED.filter((side) => rows.some((r) => r.favoured === side))),
};
