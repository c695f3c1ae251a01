/**
 * A chart as a file of its own (SVG and PNG downloads, the <img> embed): the fluid chart drawn
 * at a fixed width with everything a reader needs around it, because a file travels without
 * the page: its title, key figures, the data's date, its key, its numbered events, and the
 * source. The theme's colours and the text size are written out, since a file has no page
 * stylesheet to take them from.
 *
 * Two layouts: `wide` for a desktop column, and `narrow`, the chart's phone layout, so an image
 * shown in a 320 px column keeps its text at the size it was drawn (the <img> embed code serves
 * it to narrow screens, see embed-code.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { escape } from 'html-escaper';

import type { ChartPicture } from '../charts/chart.ts';
import { FAVOURED_STYLE, favouredSwatch } from '../charts/court-path.ts';
import { dateLine } from '../charts/key-figures.ts';
import { flattenTheme, patternDefs, statusLabel, swatchMarkup, type Theme, THEME_COLORS } from '../charts/theme.ts';
import { CHART_KICKER, SITE_NAME, SOURCE_LINE } from './config.ts';
import { FONT_FAMILY, FONT_FILES, textWidth, wrapText } from './text-layout.ts';

const FILE_WIDTHS = { wide: 760, narrow: 320 } as const;
export type FileLayout = keyof typeof FILE_WIDTHS;

/** The smallest text in a file; shown at 320 px in a column a little narrower, it stays above 11 px. */
const SMALL = 12;

/** A run of drawn content: its markup (drawn from y = 0) and its height. */
export interface Block {
  markup: string;
  height: number;
}

/** Lines of text wrapped to `width`, the first baseline one ascent below the top. */
export function textBlock(
  text: string,
  {
    size,
    width,
    bold = false,
    fill,
    lineHeight = 1.3,
    maxLines = Infinity,
  }: { size: number; width: number; bold?: boolean; fill?: string; lineHeight?: number; maxLines?: number },
): Block {
  let lines = wrapText(text, size, width, bold);
  if (lines.length > maxLines) {
    // Cut at a word and say so, rather than let a line run off the bottom.
    const last = wrapText(`${lines[maxLines - 1]} …`, size, width, bold);
    lines = [...lines.slice(0, maxLines - 1), last.length > 1 ? `${lines[maxLines - 1]!.replace(/\s+\S+$/, '')} …` : last[0]!];
  }
  const step = size * lineHeight;
  const attrs = `font-size="${size}"${bold ? ' font-weight="bold"' : ''}${fill ? ` fill="${fill}"` : ''}`;
  const markup = lines.map((line, i) => `<text x="0" y="${round(size + i * step)}" ${attrs}>${escape(line)}</text>`).join('');
  return { markup, height: round(lines.length * step) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A key item: its label and a swatch drawn with its top left corner at 0,0. */
interface KeyItem {
  label: string;
  swatch: string;
}

function keyItems(chart: Pick<ChartPicture, 'statuses' | 'sides' | 'keyMarks'>, size: number): KeyItem[] {
  return [
    ...chart.statuses.map((status) => ({ label: statusLabel(status), swatch: swatchMarkup(status, size) })),
    ...chart.sides.map((side) => ({
      label: FAVOURED_STYLE[side].label,
      swatch: `<g transform="translate(${size / 2},${size / 2}) scale(${size / 14})">${favouredSwatch(side)}</g>`,
    })),
    // A mark's picture is drawn around 0,0 in a box about 14 px wide, like the sides' swatches.
    ...chart.keyMarks.map((mark) => ({
      label: mark.label,
      swatch: `<g transform="translate(${size / 2},${size / 2}) scale(${size / 14})">${mark.swatch}</g>`,
    })),
  ];
}

/** The chart's key in rows that fit `width`. */
export function keyBlock(chart: Pick<ChartPicture, 'statuses' | 'sides' | 'keyMarks'>, width: number, size = SMALL): Block {
  const items = keyItems(chart, size);
  if (items.length === 0) return { markup: '', height: 0 };
  const rowHeight = size * 1.6;
  let x = 0;
  let row = 0;
  const drawn = items.map(({ label, swatch }) => {
    const itemWidth = size + 5 + textWidth(label, size);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const top = row * rowHeight;
    const item =
      `<g transform="translate(${round(x)},${round(top)})">${swatch}</g>` +
      `<text x="${round(x + size + 5)}" y="${round(top + size * 0.85)}" font-size="${size}">${escape(label)}</text>`;
    x += itemWidth + size * 1.2;
    return item;
  });
  return { markup: drawn.join(''), height: round((row + 1) * rowHeight) };
}

/** Blocks stacked from the top, `gap` px apart; empty ones take no room. */
export function stack(blocks: readonly Block[], gap: number): Block {
  let y = 0;
  const parts: string[] = [];
  for (const block of blocks.filter((b) => b.height > 0)) {
    if (parts.length) y += gap;
    parts.push(`<g transform="translate(0,${round(y)})">${block.markup}</g>`);
    y += block.height;
  }
  return { markup: parts.join(''), height: round(y) };
}

/** The chart's SVG drawn `width` px wide, with its own height. */
export function chartBlock(chart: Pick<ChartPicture, 'svg' | 'height'>, width: number): Block {
  // The fluid chart fills whatever width it is given (fluid.ts); a file gives it a number.
  const markup = chart.svg.replace(/^<svg([^>]*?) width="100%"/, `<svg$1 width="${width}"`);
  return { markup, height: chart.height };
}

/** Everything a file of the chart shows, `width` wide, in reading order. */
function fileBody(chart: ChartPicture, width: number, theme: Theme): Block {
  const colors = THEME_COLORS[theme];
  const date = dateLine(chart.dataDate);
  return stack(
    [
      textBlock(CHART_KICKER, { size: SMALL, width, fill: colors.muted }),
      textBlock(chart.title, { size: 16, width, bold: true }),
      // Each figure held together, and its separator with it, so a line breaks only between figures.
      textBlock(chart.keyFigures.map((f) => f.replaceAll(' ', '\u00a0')).join('\u00a0· '), { size: 13, width }),
      textBlock(date, { size: SMALL, width, fill: colors.muted }),
      keyBlock(chart, width),
      chartBlock(chart, width),
      ...chart.legendItems.map((item) => textBlock(`${item.marker}. ${item.text}`, { size: SMALL, width })),
      textBlock(`Source: ${SOURCE_LINE}. ${SITE_NAME}.`, { size: SMALL, width, fill: colors.muted }),
    ],
    8,
  );
}

const PAD = 10;

/** The drawn size of a chart's image file in a layout. */
export function standaloneSize(chart: ChartPicture, layout: FileLayout = 'wide'): { width: number; height: number } {
  const width = FILE_WIDTHS[layout];
  return { width, height: Math.ceil(fileBody(chart, width - 2 * PAD, 'light').height + 2 * PAD) };
}

export function standaloneSvg(chart: ChartPicture, theme: Theme, layout: FileLayout = 'wide'): string {
  const { width, height } = standaloneSize(chart, layout);
  const body = fileBody(chart, width - 2 * PAD, theme);
  const colors = THEME_COLORS[theme];
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" font-size="13" role="img" aria-label="${escape(chart.title)}">`,
    `<title>${escape(chart.title)}</title>`,
    `<desc>${escape(chart.description)}</desc>`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    `<g transform="translate(${PAD},${PAD})" fill="${colors.text}" color="${colors.text}">${body.markup}</g>`,
    '</svg>',
  ].join('');
  return flattenTheme(svg, theme);
}

const pngCache = new Map<string, Buffer>();
/** Very tall charts (a state with thousands of cases) are scaled down to this height. */
const MAX_PNG_HEIGHT = 4000;

/**
 * `scale` 2 gives print and retina quality; the many day-by-day versions use 1 to keep builds
 * quick. Versions that draw the same picture (a chart's default and its state version) share one
 * rendering.
 */
export function chartPng(chart: ChartPicture, scale: 1 | 2 = 2, layout: FileLayout = 'wide'): Buffer {
  const svg = standaloneSvg(chart, 'light', layout);
  const cacheKey = `${scale}:${svg}`;
  const cached = pngCache.get(cacheKey);
  if (cached) return cached;
  const { width, height } = standaloneSize(chart, layout);
  const fitTo =
    height * scale > MAX_PNG_HEIGHT
      ? ({ mode: 'height', value: MAX_PNG_HEIGHT } as const)
      : ({ mode: 'width', value: width * scale } as const);
  const png = rasterise(svg, fitTo);
  pngCache.set(cacheKey, png);
  return png;
}

export function rasterise(svg: string, fitTo: { mode: 'width' | 'height'; value: number }): Buffer {
  return new Resvg(svg, { fitTo, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
}
