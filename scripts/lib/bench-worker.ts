/**
 * One benchmark measurement of one data folder, run by scripts/bench.ts in a child process.
 *
 * A child process per run keeps each run cold, like a build: nothing is cached or compiled by
 * an earlier run. Prints one line of JSON (see WorkerResult) on stdout.
 */
import { renderChart } from '../../src/charts/chart.ts';
import { formatIssue, sortIssues } from '../../src/data/issues.ts';
import { dataDir, loadDataset } from '../../src/data/load.ts';
import { createSite } from '../../src/site/site.ts';

export interface WorkerResult {
  lawsuits: number;
  /** loadDataset: parse and validate every file of the folder. */
  validationMs: number;
  /** Rendering every published chart version (both layouts), after the chart modules are loaded. */
  chartsMs: number;
  versions: number;
  svgBytes: number;
  /** Milliseconds per chart id, to see which chart dominates. */
  perChart: Record<string, number>;
}

const dir = dataDir();
const validationStart = performance.now();
const result = loadDataset(dir);
const validationMs = performance.now() - validationStart;
if (!result.ok) {
  for (const issue of sortIssues(result.issues).slice(0, 20)) console.error(formatIssue(issue));
  process.exit(1);
}

// No publication record is needed to draw charts; the day only labels pages.
const site = createSite(result.data, { lastChanged: '2021-01-20', publications: [] });

const perChart: Record<string, number> = {};
let svgBytes = 0;
const chartsStart = performance.now();
for (const version of site.chartVersions) {
  const started = performance.now();
  // renderChart, not the site's cached render, so every version is really drawn.
  const chart = renderChart(version.definition, result.data, version.options);
  svgBytes += chart.svg.length;
  perChart[version.definition.id] = (perChart[version.definition.id] ?? 0) + performance.now() - started;
}
const chartsMs = performance.now() - chartsStart;

const output: WorkerResult = {
  lawsuits: result.data.lawsuits.length,
  validationMs,
  chartsMs,
  versions: site.chartVersions.length,
  svgBytes,
  perChart,
};
console.log(JSON.stringify(output));
