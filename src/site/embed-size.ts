import type { ChartPicture } from '../charts/chart.ts';
import { FAVOURED_STYLE } from '../charts/court-path.ts';
import { dateLine } from '../charts/key-figures.ts';
import { statusLabel } from '../charts/theme.ts';
import { CHART_KICKER, SITE_NAME, SOURCE_LINE } from './config.ts';
import { textWidth, wrapText } from './text-layout.ts';

/** The narrowest frame the fallback height is worked out for: a phone's column. */
const NARROWEST_FRAME = 300;

/** The page's 16 px rem, and the room beside the embed page's words: its padding and their margins (src/styles/embed.css). */
const REM = 16;
/** The key figures' bold numbers, 1.15rem. */
const NUMBER = 1.15 * REM;
const SIDE_PADDING = 0.75 * REM * 2;

const lines = (text: string, size: number, width: number, bold = false) => (text ? wrapText(text, size, width, bold).length : 0);

/** Rows of inline items of these widths packed into `width`, `gap` apart. */
function rows(widths: readonly number[], width: number, gap: number): number {
  let count = 0;
  let x = 0;
  for (const w of widths) {
    if (count === 0 || x + w > width) {
      count += 1;
      x = w + gap;
    } else x += w + gap;
  }
  return count;
}

/**
 * Lines the key figures take: words at `size`, each item's number in bold at 1.15rem with a
 * 0.15em margin, items parted by " · "; a line breaks between items, never inside one.
 */
function figureLines(items: readonly string[], size: number, width: number): number {
  const widths = items.map((item, i) => {
    const [number = '', ...words] = item.split(' ');
    const lead = /^\d+$/.test(number) ? textWidth(number, NUMBER, true) + 0.15 * NUMBER : textWidth(number, size);
    return (i > 0 ? textWidth(' · ', size) : 0) + lead + textWidth(` ${words.join(' ')}`, size);
  });
  let count = 0;
  let x = 0;
  for (const w of widths) {
    if (count === 0 || x + w > width) {
      count += 1;
      x = w;
    } else x += w;
  }
  return count;
}

/**
 * The height an iframe starts at before the parent script measures the page, and keeps where the
 * host has no script: the embed page laid out at its narrowest, 300 px, where its text wraps the
 * most. The chart's own height is the same at every width (fluid.ts); around it the title, key
 * figures, key, numbered events and credits are wrapped here with the font's own widths and the
 * stylesheet's sizes, so the frame is neither cut at 300 px nor much taller than the page at
 * 1000 px. The browser tests measure both.
 */
export function fallbackHeight(
  chart: Pick<ChartPicture, 'height' | 'legendItems' | 'statuses' | 'sides' | 'keyMarks' | 'title' | 'keyFigures' | 'dataDate' | 'instead'>,
): number {
  const width = NARROWEST_FRAME - SIDE_PADDING;
  const small = 0.85 * REM;
  // Sizes of src/styles/embed.css for a frame this narrow.
  const title = REM;
  const figures = 0.9 * REM;
  const legend = 0.8 * REM;
  const events = 0.8 * REM;
  const parts = [
    // padding, top and bottom
    0.5 * REM + 0.75 * REM,
    // the kicker above the title: 0.85rem, line-height 1.55, and its margin
    lines(CHART_KICKER, small, width) * small * 1.55 + 0.15 * REM,
    // title: bold, line-height 1.3, and its margin
    lines(chart.title, title, width, true) * title * 1.3 + 0.4 * REM,
    // key figures: text whose bold numbers, 1.15 times its size, set lines 1.5 times theirs
    chart.keyFigures.length ? figureLines(chart.keyFigures, figures, width) * NUMBER * 1.5 + 0.25 * REM : 0,
    // the date line
    dateLine(chart.dataDate) ? small * 1.55 + 0.15 * REM : 0,
    // the header's margin
    0.5 * REM,
    // the keys (statuses, sides, marks), each its own list of items of a 1rem swatch, a gap and a
    // label, in rows 0.2rem apart; the lists 0.5rem apart, their margins collapsing
    (() => {
      const lists = [
        chart.statuses.map(statusLabel),
        chart.sides.map((s) => FAVOURED_STYLE[s].label),
        chart.keyMarks.map((m) => m.label),
      ].filter((labels) => labels.length > 0);
      if (lists.length === 0) return 0;
      const height = (labels: readonly string[]) => {
        // A label too long for the column wraps beside its swatch and takes a row to itself.
        const wrapped = labels.map((l) => lines(l, legend, width - REM - 0.35 * REM));
        const count = rows(
          labels.map((l, i) => (wrapped[i]! > 1 ? width : REM + 0.35 * REM + textWidth(l, legend))),
          width,
          0.75 * REM,
        );
        const extraLines = wrapped.reduce((n, w) => n + Math.max(0, w - 1), 0);
        return count * Math.max(REM, legend * 1.55) + extraLines * legend * 1.55 + (count - 1) * 0.2 * REM;
      };
      return lists.reduce((h, labels) => h + height(labels), 0) + (lists.length + 1) * 0.5 * REM;
    })(),
    // the chart, or the sentence shown instead of it: 1rem text, line-height 1.55, inside a 4 px
    // rule and 0.9rem of padding a side, 0.6rem above and below; its 1.5rem margins take in the
    // header's and the data's, counted with those, and add 1.5rem between them
    chart.instead ? lines(chart.instead, REM, width - 4 - 1.8 * REM) * REM * 1.55 + 1.2 * REM + 1.5 * REM : chart.height,
    // the numbered events, one column, indented 1.5rem
    chart.legendItems.length
      ? chart.legendItems.reduce((h, item) => h + lines(item.text, events, width - 1.5 * REM) * events * 1.55, 0) + REM
      : 0,
    // "Show the data": a 44 px summary and its margins
    44 + REM,
    // the credit and the links, each 0.85rem after a 0.4rem margin
    (lines(`Source: ${SOURCE_LINE}, for ${SITE_NAME}.`, small, width) + lines('Data: CSV · JSON. Chart: SVG · PNG.', small, width)) *
      small *
      1.55 +
      0.8 * REM,
  ];
  // A few pixels to spare for rounding in the browser's layout.
  return Math.ceil(parts.reduce((a, b) => a + b, 0)) + 6;
}
