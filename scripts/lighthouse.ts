/**
 * `npm run lighthouse [-- --dir <built site>]`: Lighthouse (mobile, its default) on the story,
 * a state page and an embed page of the built site, served locally with its _headers.
 *
 * Builds into .build/lighthouse first (unless --dir names a built site), runs Debian's
 * Chromium headless, prints the four category scores per page and every audit that costs
 * points with where it fails, and records them in BENCHMARKS.md. Exits 1 when any score is
 * below 100, so it can serve as a quality gate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

import { childEnvironment } from '../src/settings.ts';
import { BENCHMARKS_FILE, writeSection } from './bench.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = CHROMIUM_PATH;
const CHROME_FLAGS = CHROMIUM_FLAGS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** How many failing elements or files to show per audit; enough to find the cause. */
const MAX_LOCATIONS = 5;

interface Target {
  name: string;
  path: string;
}

interface Failure {
  id: string;
  title: string;
  score: number;
  category: string;
  displayValue?: string;
  locations: string[];
  /** A diagnostic or insight without weight of its own: it says why a metric lost points. */
  diagnostic: boolean;
}

interface PageResult {
  target: Target;
  scores: Record<string, number | null>;
  failures: Failure[];
  warnings: string[];
  version: string;
}

function buildSite(outDir: string): void {
  console.error(`… building the site into ${path.relative(ROOT, outDir)}`);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the build failed (exit ${result.status ?? result.signal})`);
}

/** `<dir>/<sub>/<first folder>/` when that folder has an index.html, else undefined. */
function firstPageUnder(dir: string, sub: string): string | undefined {
  const parent = path.join(dir, sub);
  if (!existsSync(parent)) return undefined;
  const names = readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(parent, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  return names[0] === undefined ? undefined : `/${sub}/${names[0]}/`;
}

function targets(dir: string): Target[] {
  const list: Target[] = [{ name: 'story', path: '/' }];
  const state = firstPageUnder(dir, 'states');
  if (state) list.push({ name: 'state page', path: state });
  else {
    console.error('No state page in the build yet (states/*/index.html); using the case table /cases/ instead.');
    list.push({ name: 'case table (no state page yet)', path: '/cases/' });
  }
  const embed = firstPageUnder(dir, 'embed');
  if (embed) list.push({ name: 'embed page', path: embed });
  else console.error('No embed page in the build yet (embed/*/index.html); skipped.');
  return list;
}

/** Where an audit fails: elements (selector and snippet), files with line, or URLs, from its details. */
function locations(details: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (found.size >= MAX_LOCATIONS || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    const item = value as Record<string, unknown>;
    if (item.type === 'checklist' && item.items && typeof item.items === 'object') {
      // A checklist (document latency, say) names what is missing rather than where.
      for (const check of Object.values(item.items as Record<string, { label?: string; value?: unknown }>)) {
        if (check.value === false && check.label) found.add(check.label);
      }
      return;
    }
    if (item.type === 'node' && (item.selector || item.snippet)) {
      found.add(`${String(item.selector ?? '')} ${String(item.snippet ?? '')}`.trim());
      return;
    }
    if (item.type === 'source-location' && typeof item.url === 'string') {
      found.add(`${item.url}:${Number(item.line) + 1}`);
      return;
    }
    if (typeof item.url === 'string' && item.url) found.add(item.url);
    Object.values(item).forEach(walk);
  };
  walk(details);
  return [...found];
}

function failure(lhr: Result, id: string, category: string, diagnostic: boolean): Failure | undefined {
  const audit = lhr.audits[id];
  if (!audit || audit.score === null || audit.score >= 1) return undefined;
  return {
    id: audit.id,
    title: audit.title,
    score: audit.score,
    category,
    ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    locations: locations(audit.details),
    diagnostic,
  };
}

/**
 * Audits with a weight in one of the four categories and a score below 1: they cost points.
 * When a performance metric (a number with no element) costs points, the weightless
 * performance diagnostics that fail come too, since they name the elements and files behind it.
 */
function failures(lhr: Result): Failure[] {
  const list: Failure[] = [];
  for (const category of CATEGORIES) {
    const refs = lhr.categories[category]?.auditRefs ?? [];
    const costly = refs.flatMap((ref) => (ref.weight > 0 ? [failure(lhr, ref.id, category, false)] : [])).filter((f) => f !== undefined);
    list.push(...costly);
    if (category !== 'performance' || costly.length === 0) continue;
    for (const ref of refs) {
      const diagnostic = ref.weight === 0 && ref.group !== 'metrics' ? failure(lhr, ref.id, category, true) : undefined;
      if (diagnostic) list.push(diagnostic);
    }
  }
  return list;
}

async function audit(chrome: LaunchedChrome, base: string, target: Target): Promise<PageResult> {
  console.error(`… Lighthouse on ${target.path}`);
  const result = await lighthouse(new URL(target.path, base).href, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${target.path}`);
  const { lhr } = result;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
  return { target, scores, failures: failures(lhr), warnings: lhr.runWarnings, version: lhr.lighthouseVersion };
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : String(Math.round(value * 100)));

function report(results: readonly PageResult[], command: string, version: string): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    line(['Page', 'Path', ...CATEGORIES]),
    line(['---', '---', ...CATEGORIES.map(() => '---:')]),
    ...results.map((r) => line([r.target.name, `\`${r.target.path}\``, ...CATEGORIES.map((c) => score(r.scores[c]))])),
  ];
  const details = results.flatMap((r) => {
    const head = `**${r.target.name}** (\`${r.target.path}\`):`;
    const warn = r.warnings.map((w) => `- Lighthouse warning: ${w}`);
    if (r.failures.length === 0) return ['', head, '', '- no audit costs points', ...warn];
    return ['', head, '', ...r.failures.flatMap(describeFailure), ...warn];
  });
  return [
    [
      `Measured by \`${command}\`: Lighthouse ${version}, mobile (the default: emulated phone, simulated slow 4G and CPU),`,
      'on the site built by `scripts/build.ts` and served by `scripts/lib/static-server.ts` on 127.0.0.1 with its `_headers`;',
      `Chromium \`${CHROMIUM}\` with \`${CHROME_FLAGS.join(' ')}\`. Date: ${new Date().toISOString()}.`,
    ].join(' '),
    '',
    ...table,
    '',
    'Audits that cost points (score below 1 and a weight in the category), with where they fail:',
    ...details,
  ].join('\n');
}

function describeFailure(f: Failure): string[] {
  const value = f.displayValue ? ` (${f.displayValue})` : '';
  const kind = f.diagnostic ? 'diagnostic behind it, no weight' : f.category;
  const head = `- ${kind} · \`${f.id}\` · ${f.title}: score ${score(f.score)}${value}`;
  return [head, ...f.locations.map((l) => `  - \`${l.replaceAll('`', "'").replace(/\s+/g, ' ').slice(0, 300)}\``)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } }, strict: true });
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const command = ['npm run lighthouse', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const dir = values.dir ? path.resolve(values.dir) : path.join(ROOT, '.build', 'lighthouse');
  if (!values.dir) buildSite(dir);
  const server = await serveStatic(dir);
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const results: PageResult[] = [];
  try {
    for (const target of targets(dir)) results.push(await audit(chrome, server.url, target));
  } finally {
    chrome.kill();
    await server.close();
    if (!values.dir) rmSync(dir, { recursive: true, force: true });
  }
  const text = report(results, command, results[0]?.version ?? 'unknown');
  console.log(text);
  writeSection(BENCHMARKS_FILE, 'lighthouse', text);
  console.error(`\nWrote the results into ${path.relative(process.cwd(), BENCHMARKS_FILE)}.`);
  if (results.some((r) => CATEGORIES.some((c) => (r.scores[c] ?? 0) < 1))) process.exitCode = 1;
}

await main();
