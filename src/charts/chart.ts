/**
 * What every chart module provides, and how one is turned into what a page shows: the SVG in a
 * phone and a desktop layout, its title and text alternative, and the table of exactly the rows
 * it draws (the "show the data" table and the CSV and JSON downloads).
 */
import type { PlotOptions } from '@observablehq/plot';

import type { Dataset } from '../data/load.ts';
import { renderSvg } from './render.ts';

export interface ChartOptions {
  /** Show the standing at the end of this day (YYYY-MM-DD) instead of the final one. */
  asOf?: string;
  /** Limit the chart to one state code. */
  state?: string;
}

export type Layout = 'narrow' | 'wide';
export const LAYOUTS: readonly Layout[] = ['narrow', 'wide'];

/**
 * Plot widths in px. The narrow one fits the 288 px a 320 px phone leaves for content at 96%
 * scale, so its 13 px text never drops below 12 px.
 */
export const LAYOUT_WIDTH: Record<Layout, number> = { narrow: 300, wide: 680 };

export interface Column<R> {
  /** The property of each row this column shows. */
  field: keyof R & string;
  label: string;
}

/** An item of the chart's legend, shown under it in HTML (a numbered event marker, for one). */
export interface LegendItem {
  marker: string;
  text: string;
}

export interface ChartDefinition<R> {
  /** URL slug: /embed/<id>/ */
  id: string;
  /** Short name for menus and the embed index. */
  name: string;
  /**
   * Which options the site publishes a version of this chart for (an embed page and data files
   * each). The functions accept any combination; these are the ones that make sense to readers.
   */
  supports: { asOf: boolean; state: boolean; stateRequired?: boolean };
  title(data: Dataset, options: ChartOptions): string;
  columns: readonly Column<R>[];
  rows(data: Dataset, options: ChartOptions): R[];
  describe(rows: R[], data: Dataset, options: ChartOptions): string;
  plot(rows: R[], data: Dataset, options: ChartOptions, layout: Layout): PlotOptions;
  legend?(rows: R[], data: Dataset, options: ChartOptions): LegendItem[];
  /** Whether the chart shows a status legend (the page draws it in HTML). */
  statusLegend: boolean;
}

export interface RenderedChart<R = Record<string, unknown>> {
  /** Unique per chart and options (see versionKey); prefixes the ids inside its SVGs. */
  slug: string;
  chartId: string;
  options: ChartOptions;
  title: string;
  description: string;
  columns: readonly Column<R>[];
  rows: R[];
  svg: Record<Layout, string>;
  /** Drawn height of each layout in px at its own width. */
  height: Record<Layout, number>;
  legendItems: LegendItem[];
  statusLegend: boolean;
}

/** The name of a chart version in paths and ids: chart id, then state and date when set. */
export function versionKey(chartId: string, options: ChartOptions): string {
  return [chartId, options.state?.toLowerCase(), options.asOf].filter(Boolean).join('-');
}

export function renderChart<R>(definition: ChartDefinition<R>, data: Dataset, options: ChartOptions = {}): RenderedChart<R> {
  const slug = versionKey(definition.id, options);
  const rows = definition.rows(data, options);
  const title = definition.title(data, options);
  const description = definition.describe(rows, data, options);
  const svg = {} as Record<Layout, string>;
  const height = {} as Record<Layout, number>;
  for (const layout of LAYOUTS) {
    const plot = definition.plot(rows, data, options, layout);
    svg[layout] = renderSvg(plot, { id: `${slug}-${layout}`, title, description });
    height[layout] = plot.height ?? 0;
  }
  return {
    slug,
    chartId: definition.id,
    options,
    title,
    description,
    columns: definition.columns,
    rows,
    svg,
    height,
    legendItems: definition.legend?.(rows, data, options) ?? [],
    statusLegend: definition.statusLegend,
  };
}

/** The width in px that a label needs at the chart font (13 px system-ui), about 7.4 px a character. */
export const textWidth = (text: string) => Math.ceil(text.length * 7.4);

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
export function listing(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What a file or an embed needs of a chart, whatever its rows are. */
export type ChartPicture = Pick<RenderedChart, 'title' | 'description' | 'svg' | 'height' | 'statusLegend' | 'legendItems'>;
