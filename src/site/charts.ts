/**
 * Every version of every chart the site publishes: the final chart, one per day for charts that
 * can be shown as of a date, one per state for charts that can be limited to a state. Each has
 * an embed page, data downloads and image files, and pages may only show published versions,
 * so every chart a reader sees can be embedded and downloaded.
 */
import { utcDay } from 'd3';

import { type ChartDefinition, chartKey, type ChartOptions, renderChart, type RenderedChart } from '../charts/chart.ts';
import { chartById, CHARTS } from '../charts/index.ts';
import { stateOrder } from '../charts/lawsuits-by-state.ts';
import { TIMELINE_END } from '../charts/timeline.ts';
import { toDate } from '../data/dates.ts';
import { ELECTION_DAY } from '../data/period.ts';
import { data } from '../data/site-data.ts';

export interface ChartVersion {
  definition: ChartDefinition<unknown>;
  options: ChartOptions;
  key: string;
  /** /embed/<chart>/ or /embed/<chart>/<state or date>/ */
  embedPath: string;
  /** The path segment after the chart id, '' for the default version. */
  variant: string;
}

/** Every day from Election Day to the end of the timeline: the dates an as-of chart exists for. */
export const AS_OF_DATES: readonly string[] = utcDay
  .range(toDate(ELECTION_DAY), utcDay.offset(toDate(TIMELINE_END), 1))
  .map((d) => d.toISOString().slice(0, 10));

export const STATES_WITH_CASES: readonly string[] = stateOrder(data);

export const stateSlug = (code: string) => code.toLowerCase();

function versionsOf(definition: ChartDefinition<unknown>): ChartVersion[] {
  const make = (options: ChartOptions, variant: string): ChartVersion => ({
    definition,
    options,
    key: chartKey(definition.id, options),
    embedPath: `/embed/${definition.id}/${variant ? `${variant}/` : ''}`,
    variant,
  });
  const versions: ChartVersion[] = [];
  if (definition.supports.stateRequired) {
    // The default page of a state-only chart shows the state with the most cases.
    const first = STATES_WITH_CASES[0];
    if (first) versions.push({ ...make({ state: first }, ''), key: chartKey(definition.id, { state: first }) + '-default' });
  } else {
    versions.push(make({}, ''));
  }
  if (definition.supports.state) for (const state of STATES_WITH_CASES) versions.push(make({ state }, stateSlug(state)));
  if (definition.supports.asOf) for (const asOf of AS_OF_DATES) versions.push(make({ asOf }, asOf));
  return versions;
}

export const CHART_VERSIONS: readonly ChartVersion[] = CHARTS.flatMap(versionsOf);

const byKey = new Map(CHART_VERSIONS.map((v) => [v.key, v]));
const cache = new Map<string, RenderedChart<unknown>>();

export function findVersion(chartId: string, options: ChartOptions = {}): ChartVersion {
  const version = byKey.get(chartKey(chartId, options));
  if (!version) {
    const known = chartById(chartId) ? 'that version is not published (see src/site/charts.ts)' : 'there is no such chart';
    throw new Error(`chart "${chartKey(chartId, options)}": ${known}`);
  }
  return version;
}

/** The rendered chart of a published version; rendered once per build. */
export function renderVersion(version: ChartVersion): RenderedChart<Record<string, unknown>> {
  let chart = cache.get(version.key);
  if (!chart) {
    chart = { ...renderChart(version.definition, data, version.options), key: version.key };
    cache.set(version.key, chart);
  }
  return chart as RenderedChart<Record<string, unknown>>;
}

export function chart(
  chartId: string,
  options: ChartOptions = {},
): { version: ChartVersion; chart: RenderedChart<Record<string, unknown>> } {
  const version = findVersion(chartId, options);
  return { version, chart: renderVersion(version) };
}
