/**
 * The link checker against a local server that answers live, dead and redirecting links (tests
 * never reach the internet): outside hosts of a built page are pointed at it, and dead links are
 * reported under the data row that holds them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { checkOutsideLinks, formatLinkReport, type LinkReport } from '../../scripts/lib/check-links.ts';
import { dataDirWith } from '../helpers/data-dir.ts';
import { ROOT } from '../helpers/run.ts';

const AZCENTRAL =
  'https://www.azcentral.com/story/news/politics/elections/2020/11/13/trump-lawsuit-maricopa-county-presidential-votes-dismissed-moot/6277110002/';
const POLITICO =
  'https://www.politico.com/news/2020/11/19/federal-judge-rejects-trump-allys-bid-block-election-certification-georgia-438563';
const CNN = 'https://www.cnn.com/politics/live-news/biden-trump-us-election-news-12-07-20/h_8d41bbb9e0fcf1bf7741d988bbbb2bb5';
const WGAU =
  'https://www.wgauradio.com/news/local/federal-judge-dismisses-sidney-powell-lawsuit-seeking-decertify-georgias-elections/N7Z5MDKYRJAIZKCPQAXXEEP35Q/';
const CNN_SNAPSHOT = `https://web.archive.org/web/20201207/${CNN}`;
const ELSEWHERE = 'https://unlisted.example.org/gone';

/** live: 200; dead: 404; moved: 301 to a live page; moved-dead: 301 to a dead one. */
function answer(pathname: string): { status: number; location?: string } {
  if (pathname.startsWith('/live/')) return { status: 200 };
  if (pathname.startsWith('/moved/')) return { status: 301, location: '/live/after-move' };
  if (pathname.startsWith('/moved-dead/')) return { status: 301, location: '/dead/after-move' };
  return { status: 404 };
}

let server: Server;
let base = '';
const made: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const { status, location } = answer(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(status, { 'Content-Type': 'text/html', ...(location ? { Location: location } : {}) });
    res.end(status === 200 ? '<!doctype html><title>ok</title><p>ok</p>' : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A built site of one page that links the given addresses, and another that repeats one. */
function site(links: readonly string[]): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'lawsuits-dist-'));
  made.push(dist);
  const anchors = links.map((url) => `<a href="${url.replaceAll('&', '&amp;')}">x</a>`).join('\n');
  writeFileSync(path.join(dist, 'index.html'), `<!doctype html><title>story</title>${anchors}<a href="/cases/">cases</a>`);
  return dist;
}

const rewrites = () => [
  { pattern: /^https:\/\/www\.azcentral\.com\//, replacement: `${base}/live/` },
  { pattern: /^https:\/\/www\.politico\.com\//, replacement: `${base}/moved/` },
  { pattern: /^https:\/\/www\.cnn\.com\//, replacement: `${base}/dead/` },
  { pattern: /^https:\/\/www\.wgauradio\.com\//, replacement: `${base}/moved-dead/` },
  { pattern: /^https:\/\/web\.archive\.org\//, replacement: `${base}/live/` },
  { pattern: /^https:\/\/unlisted\.example\.org\//, replacement: `${base}/dead/` },
];

describe('checkOutsideLinks', () => {
  let report: LinkReport;
  beforeAll(async () => {
    report = await checkOutsideLinks({
      dist: site([AZCENTRAL, POLITICO, CNN, WGAU, CNN_SNAPSHOT, ELSEWHERE]),
      dataDir: dataDirWith(),
      urlRewriteExpressions: rewrites(),
      concurrency: 4,
      timeout: 5000,
    });
  });

  test('checks each outside link once, and follows redirects to where they end', () => {
    expect(report.checked).toBe(6);
    expect(report.dead.map((d) => [d.url, d.problem])).toEqual([
      [ELSEWHERE, 'HTTP 404'],
      [CNN, 'HTTP 404'],
      [WGAU, 'HTTP 404'],
    ]);
  });

  test('groups the dead links by the data row that holds them, with the column', () => {
    const lines = formatLinkReport(report).map((line) => line.replace(/^\S*lawsuits-data-[^/]+\//, 'data/'));
    expect(lines).toEqual([
      '3 of 6 outside links are dead:',
      'data/rulings.csv:8',
      `  source_url ${CNN}: HTTP 404`,
      `  source_url_2 ${WGAU}: HTTP 404`,
      'page /',
      `  link ${ELSEWHERE}: HTTP 404`,
    ]);
  });

  test('names the row of the original when an archived copy is dead, and can leave copies out', async () => {
    const rewritten = rewrites().map((r) => (String(r.pattern).includes('archive') ? { ...r, replacement: `${base}/dead/` } : r));
    const dist = site([AZCENTRAL, CNN_SNAPSHOT]);
    const withCopies = await checkOutsideLinks({ dist, dataDir: dataDirWith(), urlRewriteExpressions: rewritten, timeout: 5000 });
    expect(withCopies.dead.map((d) => d.places.map((p) => `${path.basename(p.where)} ${p.what}`))).toEqual([
      ['rulings.csv:8 archived copy of source_url'],
    ]);
    const without = await checkOutsideLinks({
      dist,
      dataDir: dataDirWith(),
      urlRewriteExpressions: rewritten,
      timeout: 5000,
      skipArchives: true,
    });
    expect(without).toEqual({ checked: 1, dead: [] });
  });
});

/** The command in a child process; not spawnSync, which would stop this process's server from answering it. */
function checkLinks(dist: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/check-links.ts'), '--dir', dist], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

test('npm run check:links exits 1 on a dead link and 0 when all answer', async () => {
  const dead = await checkLinks(site([`${base}/dead/page`]));
  expect(dead.status).toBe(1);
  expect(dead.stdout).toContain(`page /\n  link ${base}/dead/page: HTTP 404`);
  const live = await checkLinks(site([`${base}/live/page`, `${base}/moved/page`]));
  expect(live.stdout).toContain('All 2 outside links answered.');
  expect(live.status).toBe(0);
});
