/**
 * The site tells the story in its own words: no run of eight words from the news report that
 * started the project appears on any page, except inside an attributed quotation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';

import { eightWordRuns, hashRun } from '../helpers/ngrams.ts';
import { ROOT } from '../helpers/run.ts';
import { builtPages, pageFile } from './built-pages.ts';

const dist = inject('distDir');
const articleRuns = new Set(
  readFileSync(path.join(ROOT, 'tests/fixtures/seed-article-runs.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#')),
);
const pages = builtPages(dist).filter((p) => !p.startsWith('/embed/') || /^\/embed\/[a-z-]+\/$/.test(p));

describe('own words', () => {
  test('the fixture holds the runs of the report', () => {
    expect(articleRuns.size).toBeGreaterThan(300);
  });

  test.each(pages)('%s repeats no eight words of the report outside a quotation', (pathname) => {
    const file = pageFile(dist, pathname);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const quote of document.querySelectorAll('.quote blockquote')) quote.remove();
    const text = document.querySelector('body')?.textContent ?? '';
    expect(eightWordRuns(text).filter((run) => articleRuns.has(hashRun(run)))).toEqual([]);
  });

  test.each(pages)('%s attributes every quotation to a speaker and a source', (pathname) => {
    const file = pageFile(dist, pathname);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const quote of document.querySelectorAll('blockquote')) {
      const caption = quote.closest('figure.quote')?.querySelector('figcaption');
      expect(caption?.textContent ?? '').toMatch(/^— \S/);
      expect(caption?.querySelector('cite a[href^="https://"]')).not.toBeNull();
    }
  });
});
