/**
 * The built pages as indexers, feed readers and citation managers read them: JSON-LD that parses
 * and says what the publication record says, an archived copy beside every outside link, a feed
 * per case and state that a real feed parser reads with one entry per ruling, and citations.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';

import { DATA_FILES } from '../../src/data/files.ts';
import { readRecord } from '../../src/data/publication-record.ts';
import { ROOT } from '../helpers/run.ts';
import { builtPages, pageFile } from './built-pages.ts';
import { sampledPages } from './pages-under-test.ts';
import { realData } from './real-data.ts';
const dist = inject('distDir');
const allSampled = sampledPages(dist);
const pages = allSampled.filter((p) => !p.startsWith('/embed/'));
const documentOf = (pathname: string) => parseHTML(readFileSync(pageFile(dist, pathname), 'utf8')).document;
const data = realData;
const record = (() => {
  const read = readRecord(path.join(ROOT, 'data'));
  if (!read.ok) throw new Error(read.problem);
  return read.record;
})();

type Node = Record<string, unknown> & { '@type': string };
function graphOf(pathname: string): Node[] {
  const scripts = [...documentOf(pathname).querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts, `${pathname} has one JSON-LD graph`).toHaveLength(1);
  const parsed = JSON.parse(scripts[0]!.textContent!) as { '@context': string; '@graph': Node[] };
  expect(parsed['@context']).toBe('https://schema.org');
  return parsed['@graph'];
}
const ofType = (graph: Node[], type: string) => graph.filter((n) => n['@type'] === type);
const casePages = builtPages(dist).filter((p) => /^\/cases\/[a-z0-9-]+\/$/.test(p));
const statePages = builtPages(dist).filter((p) => /^\/states\/[a-z]{2}\/$/.test(p));

describe('structured data', () => {
  test.each(allSampled)('%s has a WebPage in JSON-LD that parses', (pathname) => {
    const [page] = ofType(graphOf(pathname), 'WebPage');
    expect(page?.['name']).toBeTruthy();
    // The 404 page has no address of its own.
    if (pathname !== '/404.html') expect(new URL(page!['url'] as string).pathname).toBe(pathname);
    else expect(page!['url']).toBeUndefined();
  });

  test('the story is a NewsArticle dated by the publication record, with its corrections', () => {
    const [article] = ofType(graphOf('/'), 'NewsArticle');
    const publications = record.publications;
    expect(article).toMatchObject({ datePublished: publications[0]!.date, dateModified: publications.at(-1)!.date });
    const notes = publications.filter((p) => p.note).map((p) => ({ '@type': 'CorrectionComment', text: p.note, datePublished: p.date }));
    expect(article!['correction'] ?? []).toEqual(notes);
  });

  test('the methodology page has the Dataset, with one download per published table that exists', () => {
    const [dataset] = ofType(graphOf('/methodology/'), 'Dataset');
    expect(String(dataset!['description']).length).toBeGreaterThanOrEqual(50);
    expect(dataset).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', spatialCoverage: { name: 'United States' } });
    expect(dataset!['creator']).toMatchObject({ name: 'The Lawsuits Desk' });
    expect(dataset!['temporalCoverage']).toMatch(/^2020-11-03\/\d{4}-\d{2}-\d{2}$/);
    expect((dataset!['variableMeasured'] as unknown[]).length).toBeGreaterThan(10);
    const downloads = dataset!['distribution'] as { contentUrl: string; encodingFormat: string }[];
    expect(downloads.map((d) => new URL(d.contentUrl).pathname)).toEqual(DATA_FILES.map((f) => `/data/${f.name}.csv`));
    for (const d of downloads) expect(existsSync(path.join(dist, new URL(d.contentUrl).pathname)), d.contentUrl).toBe(true);
  });

  test.each([...casePages.slice(0, 2), ...statePages.slice(0, 2)])('%s has a BreadcrumbList ending at itself', (pathname) => {
    const [trail] = ofType(graphOf(pathname), 'BreadcrumbList');
    const items = trail!['itemListElement'] as { position: number; item: string }[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(new URL(items.at(-1)!.item).pathname).toBe(pathname);
  });
});

describe('archived copies', () => {
  const own = new URL(graphOf('/')[0]!['url'] as string).origin;
  test.each(pages)('every outside link of %s has an archived copy beside it', (pathname) => {
    const document = documentOf(pathname);
    const outside = [...document.querySelectorAll('a[href^="https://"]')].filter((a) => {
      const url = new URL(a.getAttribute('href')!);
      return url.origin !== own && url.hostname !== 'web.archive.org';
    });
    for (const a of outside) {
      const href = a.getAttribute('href')!;
      expect(a.getAttribute('data-originalurl'), href).toBe(href);
      expect(a.getAttribute('data-versiondate'), href).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const copy = a.nextElementSibling?.querySelector('a');
      expect(a.nextElementSibling?.className, href).toBe('archived');
      expect(copy?.getAttribute('href'), href).toBe(a.getAttribute('data-versionurl'));
      expect(copy?.textContent).toBe('archived');
    }
  });

  test('the sources of a case page are archived as of the case and each ruling', () => {
    const pathname = '/cases/pa-kelly-v-pennsylvania/';
    const rulings = data.rulings.filter((r) => r.case_id === 'pa-kelly-v-pennsylvania');
    const days = new Set([...documentOf(pathname).querySelectorAll('a[data-versiondate]')].map((a) => a.getAttribute('data-versiondate')));
    for (const r of rulings) expect(days).toContain(r.date);
  });
});

describe('feeds', () => {
  const alternates = (pathname: string) =>
    [...documentOf(pathname).querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href'));

  test.each(allSampled)('%s announces the feed of every ruling', (pathname) => {
    expect(alternates(pathname)).toContain('/rulings.xml');
  });

  test.each([...casePages, ...statePages])('%s announces its own feed, which a feed parser reads with one entry per ruling', (pathname) => {
    const own = `${pathname}feed.xml`;
    expect(alternates(pathname)).toContain(own);
    const feed = parseFeed(readFileSync(path.join(dist, own), 'utf8'));
    const isCase = pathname.startsWith('/cases/');
    const slug = pathname.split('/')[2]!;
    const caseIds = isCase ? [slug] : data.lawsuits.filter((c) => c.state.toLowerCase() === slug).map((c) => c.id);
    const rulings = data.rulings.filter((r) => caseIds.includes(r.case_id));
    expect(feed.items).toHaveLength(rulings.length);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(rulings.length);
    for (const item of feed.items) {
      expect(new URL(item.url!).pathname).toMatch(/^\/cases\/[a-z0-9-]+\/$/);
      expect(item.content).toContain('update of');
    }
  });
});

describe('citations', () => {
  test.each(['/', '/methodology/', casePages[0]!])('%s offers a citation as text, BibTeX and CSL-JSON, and citation_* tags', (pathname) => {
    const document = documentOf(pathname);
    expect(document.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toBeTruthy();
    expect(document.querySelector('meta[name="citation_publication_date"]')?.getAttribute('content')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    const block = document.querySelector('.cite-this')!;
    expect(block.querySelector('.citation')?.textContent).toContain('The Lawsuits Desk');
    // A browser decodes character references in a <textarea>; linkedom leaves them, so they are decoded here.
    const decoded = (text: string) =>
      text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    const [bibtex, csl] = [...block.querySelectorAll('textarea')].map((t) => decoded(t.textContent!));
    expect(bibtex).toMatch(/^@misc\{lawsuits2020[a-z0-9-]*,\n/);
    expect(JSON.parse(csl!)).toEqual([expect.objectContaining({ author: [{ literal: 'The Lawsuits Desk' }] })]);
    const downloads = [...block.querySelectorAll('a[download]')].map((a) =>
      decodeURIComponent(a.getAttribute('href')!.split(',').slice(1).join(',')),
    );
    expect(downloads).toEqual([bibtex, csl]);
  });
});
