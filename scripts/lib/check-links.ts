/**
 * `npm run check:links`: every outside link of the built site checked with linkinator, and the
 * dead ones reported by where the desk fixes them: the data row (file:line and column) that
 * holds the address, the line of the story's prose, or else the pages that show it.
 *
 * Each distinct address is checked once: the links are gathered from the built pages and handed
 * to linkinator as one page of links, without crawling the site (the site's own links are
 * checked by the tests of the built pages).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { escape } from 'html-escaper';
import { check, type CheckOptions, LinkState } from 'linkinator';

import { columnMeta } from '../../src/data/columns.ts';
import { type Columns, DATA_FILES, type DataFile } from '../../src/data/files.ts';
import { displayPath } from '../../src/data/load.ts';
import { checkTable } from '../../src/data/load-table.ts';

/** Where an address is written, for the person who will fix it. */
export interface LinkPlace {
  /** A data file or the prose, where the address is written; or a page of the site that shows it. */
  kind: 'file' | 'page';
  /** `data/rulings.csv:68`, `src/pages/index.mdx:22`, or a page of the site (`/cases/x/`). */
  where: string;
  /** The column, "archived copy of source_url", or "link" for prose and pages. */
  what: string;
}

export interface DeadLink {
  url: string;
  /** The HTTP status, or what went wrong when there was none. */
  problem: string;
  places: LinkPlace[];
}

export interface LinkReport {
  checked: number;
  dead: DeadLink[];
}

export interface CheckLinksOptions {
  /** The built site. */
  dist: string;
  /** The data folder the site was built from. */
  dataDir: string;
  /** Folders of MDX prose whose links are located by line. */
  proseDirs?: readonly string[];
  /** The site's own address: links to it are not outside links. */
  siteUrl?: string;
  /** Leave out the archived copies (Wayback addresses), which are many and slow to answer. */
  skipArchives?: boolean;
  concurrency?: number;
  timeout?: number;
  /** Passed to linkinator; tests point outside hosts at a local server with it. */
  urlRewriteExpressions?: NonNullable<CheckOptions['urlRewriteExpressions']>;
}

const WAYBACK = /^https:\/\/web\.archive\.org\/web\/\d{4,14}(?:[a-z]{2}_)?\/(.+)$/;

function filesUnder(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const HREF = /<a\b[^>]*?\shref="(https?:\/\/[^"]+)"/gi;
const unescapeHtml = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** Every outside link of the built pages, with the pages that show it. */
function outsideLinks(dist: string, siteUrl?: string): Map<string, string[]> {
  const own = siteUrl ? new URL(siteUrl).origin : undefined;
  const links = new Map<string, string[]>();
  for (const file of filesUnder(dist, '.html')) {
    const page = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    for (const [, raw] of readFileSync(file, 'utf8').matchAll(HREF)) {
      const url = unescapeHtml(raw!);
      if (own && new URL(url).origin === own) continue;
      const pages = links.get(url) ?? [];
      if (!pages.includes(page)) pages.push(page);
      links.set(url, pages);
    }
  }
  return links;
}

/** Where each address sits in the data folder and the prose. */
function linkPlaces(dataDir: string, proseDirs: readonly string[] = []): Map<string, LinkPlace[]> {
  const places = new Map<string, LinkPlace[]>();
  const add = (url: string, place: LinkPlace) => places.set(url, [...(places.get(url) ?? []), place]);
  for (const spec of DATA_FILES as unknown as readonly DataFile<string, Columns>[]) {
    const file = path.join(dataDir, spec.file);
    if (!existsSync(file)) continue;
    const shown = displayPath(file);
    const columns = Object.keys(spec.columns).filter((name) => columnMeta(spec.columns[name]!).format === 'url');
    for (const row of checkTable(shown, readFileSync(file, 'utf8'), spec.columns).rows) {
      for (const column of columns) {
        const url = row.raw[column];
        if (url) add(url, { kind: 'file', where: `${shown}:${row.lineOf(column)}`, what: column });
      }
    }
  }
  for (const file of proseDirs.flatMap((dir) => filesUnder(dir, '.mdx'))) {
    const shown = displayPath(file);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [url] of line.matchAll(/https:\/\/[^\s)"'<>\]]+/g)) add(url, { kind: 'file', where: `${shown}:${i + 1}`, what: 'link' });
      });
  }
  return places;
}

/** The places of an address; for a derived archived copy, the places of its original. */
function placesOf(url: string, places: Map<string, LinkPlace[]>, pages: readonly string[]): LinkPlace[] {
  const own = places.get(url);
  if (own) return own;
  const original = WAYBACK.exec(url)?.[1];
  const ofOriginal = original ? places.get(original) : undefined;
  if (ofOriginal) return ofOriginal.map((p) => ({ ...p, what: `archived copy of ${p.what}` }));
  return pages.map((page) => ({ kind: 'page' as const, where: page, what: 'link' }));
}

function problemOf(status: number | undefined, details: readonly unknown[] | undefined): string {
  if (status) return `HTTP ${status}`;
  const error = details?.find((d): d is Error => d instanceof Error);
  const cause = (error?.cause as { code?: string } | undefined)?.code;
  return cause ?? error?.message ?? 'no answer';
}

export async function checkOutsideLinks(options: CheckLinksOptions): Promise<LinkReport> {
  const found = outsideLinks(options.dist, options.siteUrl);
  const urls = [...found.keys()].filter((url) => !(options.skipArchives && WAYBACK.test(url))).sort();
  const work = mkdtempSync(path.join(tmpdir(), 'lawsuits-links-'));
  try {
    // One page that links every address once: linkinator serves it and checks each link on it.
    const page = path.join(work, 'links.html');
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><title>Outside links</title>${urls.map((u) => `<a href="${escape(u)}">${escape(u)}</a>`).join('\n')}`,
    );
    const result = await check({
      path: page,
      recurse: false,
      concurrency: options.concurrency ?? 8,
      timeout: options.timeout ?? 20_000,
      retry: true,
      retryErrors: true,
      retryErrorsCount: 2,
      redirects: 'allow',
      ...(options.urlRewriteExpressions ? { urlRewriteExpressions: options.urlRewriteExpressions } : {}),
    });
    const places = linkPlaces(options.dataDir, options.proseDirs);
    // linkinator reports a rewritten link by its new address; the desk knows it by the one written.
    const rewrite = (url: string) => (options.urlRewriteExpressions ?? []).reduce((u, e) => u.replace(e.pattern, e.replacement), url);
    const written = new Map(urls.map((url) => [rewrite(url), url]));
    const dead = result.links
      .filter((link) => link.state === LinkState.BROKEN && written.has(link.url))
      .map((link) => {
        const url = written.get(link.url)!;
        return { url, problem: problemOf(link.status, link.failureDetails), places: placesOf(url, places, found.get(url) ?? []) };
      })
      .sort((a, b) => a.url.localeCompare(b.url));
    return { checked: urls.length, dead };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The report as the desk reads it: dead links grouped under the row or page that holds them. */
export function formatLinkReport(report: LinkReport): string[] {
  if (report.dead.length === 0) return [`All ${report.checked} outside links answered.`];
  // Rows and prose lines first (what the desk edits), then pages for links not written in either.
  const byPlace = new Map<string, string[]>();
  for (const link of report.dead) {
    for (const place of link.places) {
      const heading = place.kind === 'page' ? `page ${place.where}` : place.where;
      byPlace.set(heading, [...(byPlace.get(heading) ?? []), `  ${place.what} ${link.url}: ${link.problem}`]);
    }
  }
  const order = (heading: string) => (heading.startsWith('page ') ? 1 : 0);
  const groups = [...byPlace.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en', { numeric: true }));
  return [`${report.dead.length} of ${report.checked} outside links are dead:`, ...groups.flatMap((g) => [g, ...byPlace.get(g)!])];
}
