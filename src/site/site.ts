/**
 * The site as pages see it, built once from one validated dataset: which states have pages,
 * which chart versions are published (each rendered at most once), the case list, and when the
 * data last changed. Everything here is a function of the dataset passed in, so tests and the
 * benchmark build a site from any data folder; only src/site/current-site.ts builds the one the
 * pages of this build use.
 */
import { type ChartOptions, renderChart, type RenderedChart, versionKey } from '../charts/chart.ts';
import { chartById } from '../charts/index.ts';
import { stateOrder } from '../charts/lawsuits-by-state.ts';
import { rulingKey } from '../data/change-report.ts';
import type { Dataset } from '../data/files.ts';
import type { Publication } from '../data/publication-record.ts';
import type { Ruling } from '../data/schema.ts';
import { stateName } from '../data/state-names.ts';
import { type CaseView, caseViews } from './cases.ts';
import { type ChartVersion, chartVersions } from './chart-versions.ts';
import { type WhoRuled, whoRuled } from './judges.ts';
import { type SourceNamer, sourceNamer } from './sources.ts';

export interface PublishedChart {
  version: ChartVersion;
  chart: RenderedChart<Record<string, unknown>>;
}

export interface Site {
  data: Dataset;
  /** States (and D.C., and the Supreme Court's own docket) with at least one case, most cases first. */
  statesWithCases: readonly string[];
  stateName(code: string): string;
  /** Every published version of every chart. */
  chartVersions: readonly ChartVersion[];
  /** The published version of a chart with these options; throws when it is not published. */
  findVersion(chartId: string, options?: ChartOptions): ChartVersion;
  /** A version drawn from this site's data; drawn once, however many pages show it. */
  render(version: ChartVersion): RenderedChart<Record<string, unknown>>;
  /** The published chart with these options, drawn. */
  publishedChart(chartId: string, options?: ChartOptions): PublishedChart;
  /** Every case with what pages show of it, in filing order. */
  cases(): readonly CaseView[];
  /** Sources named by publisher and kind, court records first. */
  sources: SourceNamer;
  /** The judges of each ruling with how they came to the bench, its grounds and the judges' words. */
  whoRuled: WhoRuled;
  /** The day the data last changed, YYYY-MM-DD. */
  lastChanged: string;
  /** Every publication that changed the data, newest first. */
  publications: readonly Publication[];
  /** The day the site was first published (the story's publication date), else the day the data last changed. */
  firstPublished: string;
  /** The day of the update that added a ruling to the site's data. */
  addedOn(ruling: Ruling): string;
}

export interface PublicationInfo {
  lastChanged: string;
  /** Oldest first, as the record keeps them. */
  publications: readonly Publication[];
  /** The day of the update that added each ruling, by ruling key; a ruling not listed counts as added on `lastChanged`. */
  rulingsAddedOn?: Readonly<Record<string, string>>;
}

export function createSite(data: Dataset, published: PublicationInfo): Site {
  const statesWithCases = stateOrder(data);
  // A case with no ruling has no path through the courts to draw. The chart's default version
  // shows the longest path (a case with one ruling is a sentence, not a chart).
  const rulingsOf = Map.groupBy(data.rulings, (r) => r.case_id);
  const ruled = data.lawsuits.filter((c) => rulingsOf.has(c.id)).map((c) => c.id);
  const longest = ruled.reduce((best, id) => (rulingsOf.get(id)!.length > (rulingsOf.get(best)?.length ?? 0) ? id : best), ruled[0] ?? '');
  const versions = chartVersions(statesWithCases, [longest, ...ruled.filter((id) => id !== longest)].filter(Boolean));
  const bySlug = new Map(versions.map((v) => [v.slug, v]));
  const drawn = new Map<string, RenderedChart<Record<string, unknown>>>();
  let cases: readonly CaseView[] | undefined;
  const firstPublished = published.publications[0]?.date ?? published.lastChanged;

  const findVersion = (chartId: string, options: ChartOptions = {}) => {
    const version = bySlug.get(versionKey(chartId, options));
    if (!version) {
      const why = chartById(chartId) ? 'that version is not published (see src/site/chart-versions.ts)' : 'there is no such chart';
      throw new Error(`chart "${versionKey(chartId, options)}": ${why}`);
    }
    return version;
  };
  const render = (version: ChartVersion) => {
    let chart = drawn.get(version.slug);
    if (!chart) {
      chart = {
        ...renderChart(version.definition, data, version.options, published.lastChanged),
        slug: version.slug,
      } as RenderedChart<Record<string, unknown>>;
      drawn.set(version.slug, chart);
    }
    return chart;
  };

  return {
    data,
    statesWithCases,
    stateName: (code) => stateName(data, code),
    chartVersions: versions,
    findVersion,
    render,
    publishedChart(chartId, options = {}) {
      const version = findVersion(chartId, options);
      return { version, chart: render(version) };
    },
    cases: () => (cases ??= caseViews(data, firstPublished)),
    sources: sourceNamer(data.publishers, firstPublished),
    whoRuled: whoRuled(data, sourceNamer(data.publishers, firstPublished)),
    lastChanged: published.lastChanged,
    publications: [...published.publications].reverse(),
    firstPublished,
    addedOn: (ruling) => published.rulingsAddedOn?.[rulingKey(ruling)] ?? published.lastChanged,
  };
}
