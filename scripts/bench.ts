/**
 * `npm run bench [-- --runs 3 --sizes 1000,10000 --keep]`: how validation, chart rendering and
 * the whole build scale with the number of cases, on the real data and on synthetic sets of
 * 1,000 and 10,000 cases (or --sizes; growth is reported from the smallest to the largest).
 *
 * Every figure printed or written to BENCHMARKS.md is measured here, never typed in: each
 * timing is the median of --runs runs (3 by default) in fresh processes. Output goes under
 * .build/ and is removed afterwards unless --keep is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { childEnvironment } from '../src/settings.ts';
import type { WorkerResult } from './lib/bench-worker.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.build');
export const BENCHMARKS_FILE = path.join(ROOT, 'BENCHMARKS.md');
/** N times the cases may cost about N times the time, with 20% slack for noise; beyond that it is not linear. */
const LINEAR_SLACK = 1.2;
/** Output is measured exactly, so it gets less slack: 10× the cases may make at most 11× the bytes and files. */
const OUTPUT_SLACK = 1.1;

interface DataSet {
  name: string;
  label: string;
  dir: string;
  /** Synthetic sets are generated with this many cases; the real one is used as it is. */
  cases?: number;
}

interface OutputStats {
  pages: number;
  /** Every file written, pages, images, data and feeds alike. */
  files: number;
  bytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  /** The page that loads the most JavaScript (inline and external), gzipped. */
  maxPageJs: { page: string; gzipBytes: number };
  /** The story's HTML, gzipped: what a phone downloads before the first chart shows. */
  storyGzipBytes: number;
}

interface Measured {
  set: DataSet;
  lawsuits: number;
  versions: number;
  validationMs: number;
  chartsMs: number;
  perChart: Record<string, number>;
  buildMs?: number;
  buildError?: string;
  output?: OutputStats;
}

// ---------------------------------------------------------------------------------------------
// Running things

function run(script: string, args: string[], env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', ...env }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${script} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  return { ms, stdout: result.stdout };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function generate(set: DataSet): void {
  if (set.cases === undefined) return;
  run('scripts/generate-synthetic.ts', ['--cases', String(set.cases), '--out', set.dir], {});
}

function measureInWorker(set: DataSet, runs: number) {
  const results: WorkerResult[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = run('scripts/lib/bench-worker.ts', [], { DATA_DIR: set.dir });
    results.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerResult);
  }
  const first = results[0]!;
  const perChart = Object.fromEntries(Object.keys(first.perChart).map((id) => [id, median(results.map((r) => r.perChart[id] ?? 0))]));
  return {
    lawsuits: first.lawsuits,
    versions: first.versions,
    validationMs: median(results.map((r) => r.validationMs)),
    chartsMs: median(results.map((r) => r.chartsMs)),
    perChart,
  };
}

function measureBuild(set: DataSet, outDir: string, runs: number): { buildMs?: number; buildError?: string } {
  const times: number[] = [];
  try {
    // Generated cases make the story's stated facts stale by design; publish them anyway, as a test would.
    const env = { DATA_DIR: set.dir, OUT_DIR: outDir, ...(set.cases !== undefined ? { ALLOW_STALE_PROSE: '1' } : {}) };
    for (let i = 0; i < runs; i++) times.push(run('scripts/build.ts', [], env).ms);
  } catch (error) {
    return { buildError: error instanceof Error ? error.message : String(error) };
  }
  return { buildMs: median(times) };
}

// ---------------------------------------------------------------------------------------------
// The built site

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script elements that hold data, not code (JSON-LD, import maps, JSON islands). */
const NOT_CODE = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap|text\/plain)/i;

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Inline code and external script paths of one HTML page. */
function scriptsOf(html: string): { inline: string[]; external: string[] } {
  const inline: string[] = [];
  const external: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (NOT_CODE.test(attributes)) continue;
    const src = attributes.match(/\bsrc\s*=\s*["']?([^"' >]+)/i)?.[1];
    if (src) external.push(src);
    else if (body.trim()) inline.push(body);
  }
  return { inline, external };
}

function outputStats(outDir: string): OutputStats {
  const files = filesUnder(outDir);
  const jsFiles = new Map<string, Buffer>();
  for (const file of files) if (file.endsWith('.js') || file.endsWith('.mjs')) jsFiles.set(file, readFileSync(file));
  let jsBytes = [...jsFiles.values()].reduce((n, b) => n + b.length, 0);
  let jsGzipBytes = [...jsFiles.values()].reduce((n, b) => n + gzipSize(b), 0);
  let maxPageJs = { page: '', gzipBytes: 0 };
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const { inline, external } = scriptsOf(readFileSync(page, 'utf8'));
    const inlineGzip = inline.reduce((n, code) => n + gzipSize(code), 0);
    jsBytes += inline.reduce((n, code) => n + Buffer.byteLength(code), 0);
    jsGzipBytes += inlineGzip;
    const externalGzip = external.reduce((n, src) => {
      const file = src.startsWith('/') ? path.join(outDir, src.split(/[?#]/)[0]!) : path.resolve(path.dirname(page), src);
      const code = jsFiles.get(file);
      return n + (code ? gzipSize(code) : 0);
    }, 0);
    const total = inlineGzip + externalGzip;
    if (total > maxPageJs.gzipBytes) maxPageJs = { page: `/${path.relative(outDir, page)}`, gzipBytes: total };
  }
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const story = path.join(outDir, 'index.html');
  const storyGzipBytes = pages.includes(story) ? gzipSize(readFileSync(story)) : 0;
  return { pages: pages.length, files: files.length, bytes, jsBytes, jsGzipBytes, maxPageJs, storyGzipBytes };
}

function measure(set: DataSet, runs: number, keep: boolean): Measured {
  console.error(`… ${set.label}: generating, ${runs}× validation and charts, ${runs}× build`);
  generate(set);
  const inWorker = measureInWorker(set, runs);
  const outDir = path.join(WORK, `bench-${set.name}`);
  const build = measureBuild(set, outDir, runs);
  const output = build.buildMs !== undefined ? outputStats(outDir) : undefined;
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  if (!keep && set.cases !== undefined) rmSync(set.dir, { recursive: true, force: true });
  return { set, ...inWorker, ...build, ...(output ? { output } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Reporting

const seconds = (ms: number | undefined) => (ms === undefined ? 'failed' : `${(ms / 1000).toFixed(2)} s`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function resultsTable(results: readonly Measured[]): string {
  const header = [
    'Data set',
    'Cases',
    'Validation',
    'Charts (versions)',
    'Build',
    'Pages',
    'Files',
    'Output',
    'Per case (bytes, files)',
    'JS raw',
    'JS gzip',
    'Most JS on a page (gzip)',
    'Story HTML (gzip)',
  ];
  const rows = results.map((r) => [
    r.set.label,
    r.lawsuits.toLocaleString('en-US'),
    seconds(r.validationMs),
    `${seconds(r.chartsMs)} (${r.versions})`,
    seconds(r.buildMs),
    r.output ? String(r.output.pages) : '–',
    r.output ? String(r.output.files) : '–',
    r.output ? mb(r.output.bytes) : '–',
    r.output ? `${kb(r.output.bytes / r.lawsuits)}, ${(r.output.files / r.lawsuits).toFixed(2)}` : '–',
    r.output ? kb(r.output.jsBytes) : '–',
    r.output ? kb(r.output.jsGzipBytes) : '–',
    r.output ? `${kb(r.output.maxPageJs.gzipBytes)} ${r.output.maxPageJs.page}` : '–',
    r.output ? kb(r.output.storyGzipBytes) : '–',
  ]);
  return markdownTable(header, rows);
}

function perChartTable(results: readonly Measured[]): string {
  const ids = Object.keys(results[0]?.perChart ?? {});
  return markdownTable(
    ['Chart', ...results.map((r) => r.set.label)],
    ids.map((id) => [id, ...results.map((r) => seconds(r.perChart[id]))]),
  );
}

interface Growth {
  what: string;
  ratio: number | undefined;
  /** How much more than the cases' growth it may grow and still count as linear. */
  slack: number;
}

function growth(small: Measured, large: Measured): Growth[] {
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? b / a : undefined);
  return [
    { what: 'validation', ratio: ratio(small.validationMs, large.validationMs), slack: LINEAR_SLACK },
    { what: 'charts', ratio: ratio(small.chartsMs, large.chartsMs), slack: LINEAR_SLACK },
    { what: 'build', ratio: ratio(small.buildMs, large.buildMs), slack: LINEAR_SLACK },
    { what: 'output bytes', ratio: ratio(small.output?.bytes, large.output?.bytes), slack: OUTPUT_SLACK },
    { what: 'output files', ratio: ratio(small.output?.files, large.output?.files), slack: OUTPUT_SLACK },
  ];
}

function growthLines(small: Measured, large: Measured): string[] {
  const cases = large.lawsuits / small.lawsuits;
  return growth(small, large).map(({ what, ratio, slack }) => {
    const limit = cases * slack;
    if (ratio === undefined) return `- ${what}: not measured (a build failed)`;
    const verdict = ratio <= limit ? 'near-linear' : `NOT near-linear (over ${limit.toFixed(0)}×)`;
    return `- ${what}: ${ratio.toFixed(1)}× for ${cases.toFixed(0)}× the cases, ${verdict}`;
  });
}

function machine(): string[] {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  return [
    `- CPU: ${cpu}, ${os.availableParallelism()} cores`,
    `- RAM: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `- Node ${process.version} on ${os.type()} ${os.release()}`,
    `- Date: ${new Date().toISOString()}`,
    `- Load average (1, 5, 15 min) when the run ended: ${load} (other work on the machine slows builds down)`,
  ];
}

/** Replaces the text between `<!-- name:begin -->` and `<!-- name:end -->`, or appends the section. */
export function writeSection(file: string, name: string, body: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from !== -1 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

function report(results: readonly Measured[], runs: number, command: string): string {
  const synthetic = results.filter((r) => r.set.cases !== undefined);
  const small = synthetic[0];
  const large = synthetic.length > 1 ? synthetic.at(-1) : undefined;
  const failures = results.filter((r) => r.buildError).map((r) => `Build of ${r.set.label} failed:\n\n\`\`\`\n${r.buildError}\n\`\`\``);
  return [
    `Measured by \`${command}\`. Each time is the median of ${runs} run${runs === 1 ? '' : 's'}, each run in a fresh process.`,
    '',
    ...machine(),
    '',
    resultsTable(results),
    '',
    `Growth from ${small?.lawsuits.toLocaleString('en-US') ?? '?'} to ${large?.lawsuits.toLocaleString('en-US') ?? '?'} cases:`,
    '',
    ...(small && large ? growthLines(small, large) : ['- not measured']),
    '',
    'Chart rendering by chart (all published versions of each):',
    '',
    perChartTable(results),
    '',
    [
      'Validation is `loadDataset` (parse and check every file).',
      'Charts is rendering every published chart version, after the chart modules are loaded.',
      'Build is `node scripts/build.ts` from start to exit (validation, Astro, the atomic swap).',
      'Pages are the HTML files written and files every file; per case divides the output by the cases;',
      'JS counts every `.js` file plus every inline `<script>` of every page;',
      'the most-JS column is the page that loads the most JavaScript, inline and external together; story HTML is the story page gzipped.',
    ].join(' '),
    ...failures.flatMap((f) => ['', f]),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${flag} takes whole numbers of at least 1, not "${value}"`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string', default: '1000,10000' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const runs = wholeNumber('--runs', values.runs);
  const sizes = values.sizes
    .split(',')
    .map((size) => wholeNumber('--sizes', size.trim()))
    .sort((a, b) => a - b);
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const sets: DataSet[] = [
    { name: 'real', label: 'real data (data/)', dir: path.join(ROOT, 'data') },
    ...sizes.map((cases) => ({
      name: `synthetic-${cases}`,
      label: `synthetic ${cases.toLocaleString('en-US')}`,
      dir: path.join(WORK, `bench-data-${cases}`),
      cases,
    })),
  ];
  const results = sets.map((set) => measure(set, runs, values.keep));
  const text = report(results, runs, command);
  console.log(text);
  writeSection(BENCHMARKS_FILE, 'bench', text);
  console.error(`\nWrote the results into ${path.relative(process.cwd(), BENCHMARKS_FILE)}.`);
  if (results.some((r) => r.buildError)) process.exitCode = 1;
}

if (import.meta.main) await main();
