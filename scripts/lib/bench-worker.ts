/**
 * One benchmark measurement of one data folder, run by scripts/bench.ts in a child process.
 *
 * A child process per run is needed because src/site/charts.ts reads DATA_DIR when it is
 * imported, and it keeps each run cold, like a build: nothing is cached or compiled by an
 * earlier run. Prints one line of JSON (see WorkerResult) on stdout.
 */
import { formatIssue, sortIssues } from '../../src/data/issues.ts';
import { dataDir, loadDataset } from '../../src/data/load.ts';

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

// Imported only now: this module loads DATA_DIR again at import, which must not count as
// validation time, and its import cost (Plot, d3) is not part of rendering either.
const { CHART_VERSIONS } = await import('../../src/site/charts.ts');
const { renderChart } = await import('../../src/charts/chart.ts');

const perChart: Record<string, number> = {};
let svgBytes = 0;
const chartsStart = performance.now();
for (const version of CHART_VERSIONS) {
  const started = performance.now();
  // renderChart, not the site's cached renderVersion, so every version is really drawn.
  const chart = renderChart(version.definition, result.data, version.options);
  svgBytes += chart.svg.narrow.length + chart.svg.wide.length;
  perChart[version.definition.id] = (perChart[version.definition.id] ?? 0) + performance.now() - started;
}
const chartsMs = performance.now() - chartsStart;

const output: WorkerResult = {
  lawsuits: result.data.lawsuits.length,
  validationMs,
  chartsMs,
  versions: CHART_VERSIONS.length,
  svgBytes,
  perChart,
};
console.log(JSON.stringify(output));
