/**
 * A chart as a file of its own (SVG and PNG downloads, the <img> embed): the fluid chart drawn
 * FILE_WIDTH wide, with its title, status key and source line drawn in, and the theme's colours
 * and the chart text size written out, because a file has no page stylesheet to take them from.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import { Resvg } from '@resvg/resvg-js';
import { escape } from 'html-escaper';

import type { ChartPicture } from '../charts/chart.ts';
import { FAVOURED_STYLE, favouredSwatch } from '../charts/court-path.ts';
import { flattenTheme, patternDefs, statusFill, statusLabel, statusVar, type Theme, THEME_COLORS } from '../charts/theme.ts';
import { SITE_NAME, SOURCE_LINE } from './config.ts';

/** Width of the image files; the fluid chart inside fills it. */
export const FILE_WIDTH = 760;
const WIDTH = FILE_WIDTH;
const FONT = 'DejaVu Sans, system-ui, sans-serif';

// The PNG must look the same on every machine, so it is drawn with a font shipped as an npm package.
// Resolved from the project root: during a build this module runs from a bundle elsewhere.
const fontDir = path.join(path.dirname(createRequire(path.resolve('package.json')).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fontDir, f));

/** A key item: its label and a 12 px swatch drawn with its top left corner at 0,0. */
type KeyItem = { label: string; swatch: string };

function keyItems(chart: Pick<ChartPicture, 'statuses' | 'sides' | 'keyMarks'>): KeyItem[] {
  return [
    ...chart.statuses.map((status) => ({
      label: statusLabel(status),
      swatch: `<rect width="12" height="12" fill="${statusFill(status)}" stroke="var(--chart-muted)" stroke-width="0.5"/>`,
    })),
    ...chart.sides.map((side) => ({
      label: FAVOURED_STYLE[side].label,
      swatch: `<g transform="translate(6,6) scale(0.85)">${favouredSwatch(side)}</g>`,
    })),
    ...chart.keyMarks.map((mark) => ({ label: mark.label, swatch: `<g transform="translate(6,6) scale(0.85)">${mark.swatch}</g>` })),
  ];
}

/** The chart's key in rows that fit the file's width; returns the markup and its height. */
function legend(items: readonly KeyItem[], y: number): { markup: string; height: number } {
  let x = 0;
  let row = 0;
  const drawn = items.map(({ label, swatch }) => {
    const width = 30 + label.length * 7;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      row += 1;
    }
    const top = y + row * 18;
    const item = `<g transform="translate(${x},${top})">${swatch}</g><text x="${x + 17}" y="${top + 10}">${escape(label)}</text>`;
    x += width;
    return item;
  });
  return { markup: `<g font-size="12">${drawn.join('')}</g>`, height: items.length === 0 ? 0 : (row + 1) * 18 + 6 };
}

/** The drawn size of a chart's image file. */
export function standaloneSize(chart: Pick<ChartPicture, 'statuses' | 'sides' | 'keyMarks' | 'height'>): { width: number; height: number } {
  return { width: WIDTH, height: 36 + legend(keyItems(chart), 32).height + chart.height + 34 };
}

export function standaloneSvg(chart: ChartPicture, theme: Theme): string {
  const key = legend(keyItems(chart), 32);
  const top = 36 + key.height;
  const { height } = standaloneSize(chart);
  const colors = THEME_COLORS[theme];
  // The inline chart's own <title>/<desc> name it; the file's outer <title> does the same job.
  const inner = chart.svg.replace(/^<svg /, `<svg x="0" y="${top}" `);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="13" role="img" aria-label="${escape(chart.title)}">`,
    `<title>${escape(chart.title)}</title>`,
    `<desc>${escape(chart.description)}</desc>`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    `<g fill="${colors.text}" color="${colors.text}" font-size="13">`,
    `<text x="0" y="18" font-size="16" font-weight="bold">${escape(chart.title)}</text>`,
    key.markup,
    inner,
    `<text x="0" y="${height - 10}" font-size="11" fill="${colors.muted}">Source: ${escape(SOURCE_LINE)}. ${escape(SITE_NAME)}.</text>`,
    '</g>',
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
export function chartPng(chart: ChartPicture, scale: 1 | 2 = 2): Buffer {
  const svg = standaloneSvg(chart, 'light');
  const cacheKey = `${scale}:${svg}`;
  const cached = pngCache.get(cacheKey);
  if (cached) return cached;
  const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1] ?? 0);
  const fitTo =
    height * scale > MAX_PNG_HEIGHT
      ? ({ mode: 'height', value: MAX_PNG_HEIGHT } as const)
      : ({ mode: 'width', value: WIDTH * scale } as const);
  const png = rasterise(svg, fitTo);
  pngCache.set(cacheKey, png);
  return png;
}

/**
 * A 1200×630 card for social sharing: the page's title above a chart. Drawn at build time, so
 * every shared link shows the data as it stood when the site was built.
 */
export function shareCardPng(title: string, chart: ChartPicture): Buffer {
  const colors = THEME_COLORS.light;
  const box = { x: 60, y: 150, width: 1080, height: 430 };
  // The card's chart box is as wide as the card allows; a tall chart is cut at the box's foot.
  const inner = chart.svg.replace(/^<svg /, `<svg x="${box.x}" y="${box.y}" `).replace(/ width="100%"/, ` width="${box.width}"`);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="${FONT}" font-size="13">`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="1200" height="630" fill="${colors.background}"/>`,
    `<rect width="1200" height="10" fill="var(${statusVar('won')})"/>`,
    `<g fill="${colors.text}" color="${colors.text}">`,
    `<text x="60" y="70" font-size="24" fill="${colors.muted}">${escape(SITE_NAME)}</text>`,
    `<text x="60" y="120" font-size="40" font-weight="bold">${escape(title)}</text>`,
    inner,
    '</g>',
    '</svg>',
  ].join('');
  return rasterise(flattenTheme(svg, 'light'), { mode: 'width', value: 1200 });
}

function rasterise(svg: string, fitTo: { mode: 'width' | 'height'; value: number }): Buffer {
  return new Resvg(svg, { fitTo, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
}
