/**
 * What every chart module provides, and how one is turned into what a page shows: one SVG that
 * fills any width (see fluid.ts), its title and text alternative, and the table of exactly the
 * rows it draws (the "show the data" table and the CSV and JSON downloads).
 */
import type { PlotOptions } from '@observablehq/plot';

import type { Dataset } from '../data/load.ts';
import type { Favoured } from '../data/schema.ts';
import type { CaseStatus } from '../data/status.ts';
import { renderSvg } from './render.ts';

export interface ChartOptions {
  /** Show each case's status at the end of this day (YYYY-MM-DD) instead of the final one. */
  asOf?: string;
  /** Limit the chart to one state code. */
  state?: string;
  /** Draw one case (its id in lawsuits.csv). */
  caseId?: string;
}

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

/**
 * A key item drawn as a small picture of the mark itself (a symbol, a line style), for charts
 * whose marks are not the status squares of StatusLegend.
 */
export interface KeyMark {
  label: string;
  /** SVG markup centred on 0,0, within about 8 px of it, as drawn in the chart. */
  swatch: string;
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
  supports: { asOf: boolean; state: boolean; stateRequired?: boolean; caseRequired?: boolean };
  title(data: Dataset, options: ChartOptions): string;
  columns: readonly Column<R>[];
  rows(data: Dataset, options: ChartOptions): R[];
  describe(rows: R[], data: Dataset, options: ChartOptions): string;
  /** Plot options for a drawing DESIGN_WIDTH wide (fluid.ts makes it fill any width). */
  plot(rows: R[], data: Dataset, options: ChartOptions): PlotOptions;
  legend?(rows: R[], data: Dataset, options: ChartOptions): LegendItem[];
  /** The numbers the chart's header states ("55 lawsuits", "41 turned down" …); none for no such line. */
  keyFigures?(rows: R[], data: Dataset, options: ChartOptions): string[];
  /** The statuses the chart colours, in the key the page draws above it; none for no status key. */
  statuses(rows: R[], data: Dataset, options: ChartOptions): readonly CaseStatus[];
  /** Whom the rulings it marks went for, in the key drawn above it; none for no such key. */
  sides?(rows: R[]): readonly Favoured[];
  /** Pictures of its marks with what they mean, in the key drawn above it; none for no such key. */
  keyMarks?(rows: R[], data: Dataset, options: ChartOptions): readonly KeyMark[];
  /**
   * A sentence to show instead of the chart, when drawing it would add nothing to the sentence
   * (a path through the courts of one ruling); undefined to draw the chart.
   */
  instead?(rows: R[], data: Dataset, options: ChartOptions): string | undefined;
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
  /** Fills the width of its container; text at the page's chart size. */
  svg: string;
  /** Drawn height in px, the same at every width. */
  height: number;
  legendItems: LegendItem[];
  statuses: readonly CaseStatus[];
  sides: readonly Favoured[];
  keyMarks: readonly KeyMark[];
  /** Shown in place of the chart when set (see ChartDefinition.instead). */
  instead?: string;
  keyFigures: string[];
  /** The day the data was last published (YYYY-MM-DD), when the chart is drawn for the site. */
  dataDate?: string;
}

/** The name of a chart version in paths and ids: chart id, then state and date when set. */
export function versionKey(chartId: string, options: ChartOptions): string {
  return [chartId, options.caseId, options.state?.toLowerCase(), options.asOf].filter(Boolean).join('-');
}

export function renderChart<R>(
  definition: ChartDefinition<R>,
  data: Dataset,
  options: ChartOptions = {},
  dataDate?: string,
): RenderedChart<R> {
  const slug = versionKey(definition.id, options);
  const rows = definition.rows(data, options);
  const title = definition.title(data, options);
  const description = definition.describe(rows, data, options);
  const plot = definition.plot(rows, data, options);
  const svg = renderSvg(plot, { id: slug, title, description });
  const instead = definition.instead?.(rows, data, options);
  return {
    slug,
    chartId: definition.id,
    options,
    title,
    description,
    columns: definition.columns,
    rows,
    svg,
    height: plot.height ?? 0,
    legendItems: definition.legend?.(rows, data, options) ?? [],
    statuses: definition.statuses(rows, data, options),
    sides: definition.sides?.(rows) ?? [],
    keyMarks: definition.keyMarks?.(rows, data, options) ?? [],
    ...(instead === undefined ? {} : { instead }),
    keyFigures: definition.keyFigures?.(rows, data, options) ?? [],
    ...(dataDate ? { dataDate } : {}),
  };
}

/** What a file or an embed needs of a chart, whatever its rows are. */
export type ChartPicture = Pick<
  RenderedChart,
  | 'title'
  | 'description'
  | 'svg'
  | 'height'
  | 'statuses'
  | 'sides'
  | 'legendItems'
  | 'keyMarks'
  | 'instead'
  | 'keyFigures'
  | 'dataDate'
  | 'options'
>;
