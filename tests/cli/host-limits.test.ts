/** The build's warnings about hosts' published limits, from a site's figures and from a folder on disk. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { limitWarnings, type SiteStats, siteStats } from '../../scripts/lib/host-limits.ts';

const small: SiteStats = {
  files: 1_900,
  bytes: 30 * 1024 * 1024,
  largest: [{ file: 'cases/index.html', bytes: 1_500_000 }],
  fullestFolder: { folder: 'charts', files: 700 },
  headerRules: 16,
  longestHeaderLine: 200,
};

describe('limitWarnings', () => {
  test('says nothing for a site within every limit', () => {
    expect(limitWarnings(small)).toEqual([]);
  });

  test('names the host, the figure and the limit it breaks', () => {
    const big: SiteStats = {
      ...small,
      files: 60_000,
      bytes: 1_200_000_000,
      largest: [{ file: 'rulings.xml', bytes: 30 * 1024 * 1024 }],
      fullestFolder: { folder: 'charts', files: 55_000 },
      headerRules: 120,
    };
    expect(limitWarnings(big)).toEqual([
      'Cloudflare Pages (Free plan): files: 60,000, over the limit of 20,000',
      'Cloudflare Pages: 1 file(s) over 25 MiB, the most a file may be: rulings.xml',
      'Cloudflare Pages: _headers rules: 120, over the limit of 100',
      'Netlify: files in one folder (charts): 55,000, over the limit of 54,000',
      'Netlify: 1 file(s) over 10 MB, which its CDN does not handle well: rulings.xml',
      'GitHub Pages: the site is 1.20 GB, over the 1 GB a published site may be',
    ]);
  });
});

describe('siteStats', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-site-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('counts files, bytes, the fullest folder and the _headers rules', () => {
    mkdirSync(path.join(dir, 'cases/a'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(path.join(dir, 'cases/a/index.html'), 'y'.repeat(10));
    writeFileSync(path.join(dir, 'cases/a/feed.xml'), 'z'.repeat(5));
    writeFileSync(path.join(dir, 'cases/a/cite.bib'), '');
    writeFileSync(path.join(dir, '_headers'), '# comment\n/*\n  X-Content-Type-Options: nosniff\n\n/cases/*\n  X-Frame-Options: DENY\n');
    const stats = siteStats(dir);
    expect(stats).toMatchObject({ files: 5, fullestFolder: { folder: 'cases/a', files: 3 }, headerRules: 2, longestHeaderLine: 33 });
    expect(stats.bytes).toBe(100 + 10 + 5 + stats.largest.find((f) => f.file === '_headers')!.bytes);
    expect(stats.largest[0]).toEqual({ file: 'index.html', bytes: 100 });
  });
});
