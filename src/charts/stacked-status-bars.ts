/**
 * Horizontal bars stacked by status, one per group, designed for a phone first and the same at
 * every width: each group's name on its own line above its bar, the bar starting at the left
 * edge, and its total just past the bar's end. No text is ever drawn on a bar, so no halo is
 * needed and a bar's colour is never hidden, and the names line up for reading down the list.
 *
 * Statuses stack in STATUS_ORDER: the ways a suit was turned down first, from the baseline, so
 * "turned down" reads as one length that can be compared from bar to bar; the undecided last.
 * The key above the chart, the order, the textures and the table behind it tell them apart
 * without colour.
 */
import * as Plot from '@observablehq/plot';

import { type CaseStatus, STATUS_ORDER } from '../data/status.ts';
import { listing } from '../data/wording.ts';
import { DESIGN_WIDTH } from './fluid.ts';
import { statusFill, statusLabel, statusStroke } from './theme.ts';

export type StatusCounts = Record<CaseStatus, number>;

export interface StatusBar {
  label: string;
  total: number;
  counts: StatusCounts;
  /** What is written past the bar's end; its total by default. */
  value?: string;
}

const valueOf = (bar: { total: number; value?: string }) => bar.value ?? String(bar.total);

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as StatusCounts;
}

/** "3 withdrawn, 2 dismissed and 1 won": only the statuses that occur, in stacking order. */
export function describeCounts(counts: StatusCounts): string {
  return listing(STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${statusLabel(s).toLowerCase()}`));
}

/** The statuses that occur in any bar, in stacking order: the chart's key. */
export const statusesIn = (bars: readonly StatusCounts[]) => STATUS_ORDER.filter((s) => bars.some((b) => b[s] > 0));

/**
 * Where a bar's name goes. `above`: on its own line over the bar, the names lined up for reading
 * down the list, the bar's value past its end. `end`: name and value together past the bar's
 * end, one line per bar, for a chart that must stay short (the scroll sequence's sticky frame on
 * a phone).
 */
export type BarLabels = 'above' | 'end';

/**
 * Row geometry in px. A 13 px label's box is about 15 px tall around its middle. `above`: the
 * name in the first NAME px of a row, the bar below it, then a gap before the next name, wider
 * than the one between a name and its own bar so no name seems to belong to the bar above it;
 * the value past a short bar's end stays clear of the name above it.
 * `end`: a bar and the gap after it, the label centred on the bar.
 */
const NAME = 18;
const BAR = 11;
const GAP = 6;
const END_BAR = 13;
const END_GAP = 8;
const geometry = (labels: BarLabels) =>
  labels === 'above'
    ? { barTop: NAME, row: NAME + BAR + GAP, bar: BAR, gap: GAP }
    : { barTop: 0, row: END_BAR + END_GAP, bar: END_BAR, gap: END_GAP };
/** The narrowest width a chart is drawn for; whatever is written past a bar must fit there. */
const NARROWEST = 280;
/**
 * The widest a character of the 13 px labels comes out in the fonts readers have: bold digits
 * are 8.3 px in DejaVu Sans, the widest of them, and its semi-bold letters 8 px on average.
 */
const CHAR = 8.5;
/** A label starts this far past its bar. */
const NUDGE = 5;

const labelOf = (bar: { label: string; total: number; value?: string }, labels: BarLabels) =>
  labels === 'end' ? `${bar.label} ${valueOf(bar)}` : valueOf(bar);

/**
 * The share of the width a bar of `xMax` may take so that what is written past each bar's end
 * still fits at the narrowest width. Percentages are all a fluid chart has (see fluid.ts), so
 * the room is worked out for 280 px, where it is tightest, and is generous beyond.
 */
function barShare(bars: readonly { label: string; total: number; value?: string }[], xMax: number, labels: BarLabels): number {
  let share = 1;
  for (const bar of bars) {
    if (bar.total <= 0) continue;
    const room = NUDGE + labelOf(bar, labels).length * CHAR + 2;
    share = Math.min(share, (1 - room / NARROWEST) / (bar.total / xMax));
  }
  return share;
}

export interface StatusBarsLayout {
  /** The value the scale runs to: the longest bar of every version of the chart. */
  xMax: number;
  labels?: BarLabels;
  /**
   * The bars whose labels the width must leave room for: those of the version with the longest
   * bars, so every version of a chart (each day of the scroll sequence) shares one scale.
   */
  fit?: readonly StatusBar[];
}

/** How a part of a bar is drawn: a fill and an outline, as Plot's rect options take them. */
export interface PartStyle {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
}

/** A bar of any parts, each drawn in one of the chart's styles, left to right. */
export interface LabelledBar {
  label: string;
  total: number;
  /** What is written past the bar's end; its total by default. */
  value?: string;
  parts: readonly { style: string; count: number; title: string }[];
}

/**
 * Bars with their names above (or their labels past the end), the layout every bar chart of
 * the site shares; `styles` draws each kind of part, in the order parts stack.
 */
export function labelledBarsPlot(
  bars: readonly LabelledBar[],
  styles: Readonly<Record<string, PartStyle>>,
  { xMax, labels = 'above', fit = bars }: { xMax: number; labels?: BarLabels; fit?: readonly LabelledBar[] },
): Plot.PlotOptions {
  const { barTop, row, bar: barHeight, gap } = geometry(labels);
  const top = (i: number) => i * row;
  const segments = bars.flatMap((bar, i) => {
    let start = 0;
    return bar.parts
      .filter((part) => part.count > 0)
      .map((part) => {
        const segment = { ...part, x1: start, x2: start + part.count, y1: top(i) + barTop, y2: top(i) + barTop + barHeight };
        start = segment.x2;
        return segment;
      });
  });
  type Segment = (typeof segments)[number];
  const max = Math.max(xMax, 1);
  const barMiddle = (_: LabelledBar, i: number) => top(i) + barTop + barHeight / 2;
  return {
    width: DESIGN_WIDTH,
    // The last row needs no gap below its bar, only room for its label's descenders.
    height: top(bars.length) - gap + 4,
    margin: 0,
    x: { domain: [0, max / barShare(fit, max, labels)], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      // One mark per style, because a mark's outline (none, solid or dashed) is one setting.
      ...Object.entries(styles).map(([style, options]) =>
        Plot.rect(
          segments.filter((s) => s.style === style),
          { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', ...options, title: (d: Segment) => d.title },
        ),
      ),
      ...(labels === 'above'
        ? [
            Plot.text(bars, {
              x: () => 0,
              y: (_: LabelledBar, i: number) => top(i) + 8,
              text: 'label',
              textAnchor: 'start',
              fill: 'var(--chart-text)',
              fontWeight: 600,
              className: 'bar-names',
            }),
            Plot.text(bars, {
              x: 'total',
              y: barMiddle,
              text: valueOf,
              textAnchor: 'start',
              dx: NUDGE,
              fill: 'var(--chart-text)',
              fontWeight: 700,
            }),
          ]
        : [
            Plot.text(bars, {
              x: 'total',
              y: barMiddle,
              text: (d: LabelledBar) => labelOf(d, labels),
              textAnchor: 'start',
              dx: NUDGE,
              fill: 'var(--chart-text)',
              fontWeight: 600,
              className: 'bar-names',
            }),
          ]),
    ],
  };
}

/** Bars of cases stacked by status, in STATUS_ORDER, drawn in the theme's status styles. */
export function statusBarsPlot(bars: StatusBar[], { xMax, labels = 'above', fit = bars }: StatusBarsLayout): Plot.PlotOptions {
  const asParts = (bar: StatusBar): LabelledBar => ({
    label: bar.label,
    total: bar.total,
    ...(bar.value === undefined ? {} : { value: bar.value }),
    parts: STATUS_ORDER.map((status) => ({
      style: status,
      count: bar.counts[status],
      title: `${bar.label}: ${bar.counts[status]} ${statusLabel(status).toLowerCase()}`,
    })),
  });
  const styles = Object.fromEntries(STATUS_ORDER.map((status) => [status, { fill: statusFill(status), ...statusStroke(status) }]));
  return labelledBarsPlot(bars.map(asParts), styles, { xMax, labels, fit: fit.map(asParts) });
}
