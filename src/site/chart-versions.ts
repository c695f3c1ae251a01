/**
 * Every version of every chart the site publishes: the final chart, one per day for charts that
 * can be shown as of a date, one per state for charts that can be limited to a state. Each has
 * an embed page, data downloads and image files, and pages may only show published versions,
 * so every chart a reader sees can be embedded and downloaded.
 */
import { utcDay } from 'd3';

import { type ChartDefinition, type ChartOptions, versionKey } from '../charts/chart.ts';
import { CHARTS } from '../charts/index.ts';
import { TIMELINE_END } from '../charts/time-axis.ts';
import { toDate } from '../data/dates.ts';
import { ELECTION_DAY } from '../data/period.ts';

export interface ChartVersion {
  definition: ChartDefinition<unknown>;
  options: ChartOptions;
  /** Unique per chart and options: names its files and prefixes the ids inside its SVG. */
  slug: string;
  /** /embed/<chart>/ or /embed/<chart>/<state or date>/ */
  embedPath: string;
  /** The path segment after the chart id, '' for the default version. */
  variant: string;
  /**
   * Whether a PNG is published. Not for the one-per-case versions: their PNG would only back a
   * download link and an oEmbed thumbnail, and at 50 KB each it was half of what every case added
   * to the site; their SVG files remain, for download and the image embed.
   */
  png: boolean;
}

/** Every day from Election Day to the end of the timeline: the dates an as-of chart exists for. */
export const AS_OF_DATES: readonly string[] = utcDay
  .range(toDate(ELECTION_DAY), utcDay.offset(toDate(TIMELINE_END), 1))
  .map((d) => d.toISOString().slice(0, 10));

export const stateSlug = (code: string) => code.toLowerCase();

function versionsOf(definition: ChartDefinition<unknown>, states: readonly string[], cases: readonly string[]): ChartVersion[] {
  const make = (options: ChartOptions, variant: string): ChartVersion => ({
    definition,
    options,
    slug: versionKey(definition.id, options),
    embedPath: `/embed/${definition.id}/${variant ? `${variant}/` : ''}`,
    variant,
    png: !definition.supports.caseRequired,
  });
  const versions: ChartVersion[] = [];
  if (definition.supports.caseRequired) {
    // One version per case, for its page; the chart's default page shows the first case.
    const first = cases[0];
    if (first) versions.push({ ...make({ caseId: first }, ''), slug: versionKey(definition.id, { caseId: first }) + '-default' });
    for (const caseId of cases) versions.push(make({ caseId }, caseId));
    return versions;
  }
  if (definition.supports.stateRequired) {
    // The default page of a state-only chart shows the state with the most cases.
    const first = states[0];
    if (first) versions.push({ ...make({ state: first }, ''), slug: versionKey(definition.id, { state: first }) + '-default' });
  } else {
    versions.push(make({}, ''));
  }
  if (definition.supports.state) for (const state of states) versions.push(make({ state }, stateSlug(state)));
  if (definition.supports.asOf) for (const asOf of AS_OF_DATES) versions.push(make({ asOf }, asOf));
  return versions;
}

/** The published versions of every chart, for the states that have cases (most cases first) and every case. */
export function chartVersions(states: readonly string[], cases: readonly string[]): ChartVersion[] {
  return CHARTS.flatMap((definition) => versionsOf(definition, states, cases));
}
