/**
 * The reader pages' rules, on the built site: a case's result is its "Outcome" (never
 * "Standing", the legal doctrine), the methodology fits a phone, and the case list narrows
 * without JavaScript and says so when a filter leaves nothing. Expectations come from the data,
 * so the rules hold for any data the desk publishes.
 */
import { readFileSync } from 'node:fs';

import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';

import { DATA_FILES } from '../../src/data/files.ts';
import { caseHistories, finalStatus } from '../../src/data/status.ts';
import { builtPages, pageFile } from './built-pages.ts';
import { useBrowser, watchProblems } from './chromium.ts';
import { realData } from './real-data.ts';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const data = realData;
const histories = caseHistories(data);
const browser = useBrowser();
const all = builtPages(dist);
const documentOf = (pathname: string) => parseHTML(readFileSync(pageFile(dist, pathname), 'utf8')).document;

describe('a case’s result is its outcome, never its "standing"', () => {
  // Every page that names a case's result: the case pages, the state tables, the case lists.
  const pages = all.filter((p) => /^\/(cases|states)\//.test(p));

  test.each(pages)('%s labels no result "Standing"', (pathname) => {
    const document = documentOf(pathname);
    const labels = [...document.querySelectorAll('dt, thead th, label, option, caption, h1, h2, h3, .legend li')].map(
      (e) => e.textContent?.trim() ?? '',
    );
    const dataLabels = [...document.querySelectorAll('[data-label]')].map((e) => e.getAttribute('data-label') ?? '');
    // A label that is the word itself ("Standing", "Standing:", "Any standing"); "No standing" as a
    // ground a court gave is the doctrine, rightly named.
    expect([...labels, ...dataLabels].filter((text) => /^(any )?standing:?$/i.test(text))).toEqual([]);
  });

  test('each case page heads its result "Outcome", or "Status so far" while a court may still rule', () => {
    for (const h of histories) {
      const document = documentOf(`/cases/${h.case.id}/`);
      const heading = document.querySelector('.case-facts dt')?.textContent?.trim();
      expect(heading, h.case.id).toBe(h.case.ended === 'no' ? 'Status so far' : 'Outcome');
    }
  });
});

describe('the methodology on a phone', () => {
  test('/methodology/ is at most 30 screens at 390 × 844, reader matter before the desk’s', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl}/methodology/`, { waitUntil: 'networkidle' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 844).toBeLessThanOrEqual(30);
    // The validator's rules and the data dictionary are on the desk's own page, linked both ways.
    expect(await page.$$('#dictionary, .validator-rules')).toHaveLength(0);
    expect(await page.$$('a[href="/methodology/data/"]')).not.toHaveLength(0);
    const order = await page.$$eval('main h2', (hs) => hs.map((h) => h.id));
    expect(order.indexOf('why-other-totals-differ-from-ours')).toBeLessThan(order.indexOf('our-sources'));
    await page.goto(`${siteUrl}/methodology/data/`, { waitUntil: 'networkidle' });
    expect(await page.$$('.validator-rules li')).not.toHaveLength(0);
    // Every data file described, each with a table of its columns.
    expect(await page.$$eval('.dictionary-file', (files) => files.filter((f) => f.querySelector('table')).length)).toBe(DATA_FILES.length);
    expect(await page.$$('a[href="/methodology/"]')).not.toHaveLength(0);
    await page.close();
  });
});

describe('/cases/ without JavaScript', () => {
  test('offers at least five ways to narrow the list, each leading to exactly the cases it names', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cases/`);
    const links = await page.$$eval('.case-finder a', (as) =>
      as.filter((a) => (a as HTMLElement).offsetHeight > 0).map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })),
    );
    const ways = new Set<string>();
    for (const link of links) {
      await page.goto(new URL(link.href, `${siteUrl}/cases/`).toString());
      const rows = await page.$$eval('table.case-table tbody tr', (trs) => trs.map((tr) => tr.id.replace(/^case-/, '')));
      const state = /^\/states\/([a-z]{2})\//.exec(link.href)?.[1]?.toUpperCase();
      const outcome = /^\/cases\/outcome\/([a-z-]+)\//.exec(link.href)?.[1]?.replaceAll('-', ' ');
      const expected = histories
        .filter((h) => (state ? h.case.state === state : finalStatus(h) === outcome))
        .map((h) => h.case.id)
        .sort();
      expect(state ?? outcome, `${link.text} (${link.href}) names a state or an outcome`).toBeTruthy();
      expect(rows.sort(), link.href).toEqual(expected);
      // A way to narrow: some cases, not all of them.
      if (rows.length > 0 && rows.length < data.lawsuits.length) ways.add(link.href);
    }
    expect(ways.size).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});

describe('/cases/ with JavaScript', () => {
  test('a filter that leaves no case says so and offers a reset that brings every case back', async () => {
    // A state and an outcome no case shares, found in the data.
    const states = [...new Set(data.lawsuits.map((c) => c.state))];
    const outcomes = [...new Set(histories.map(finalStatus))];
    const empty = states
      .flatMap((state) => outcomes.map((outcome) => ({ state, outcome })))
      .find(({ state, outcome }) => !histories.some((h) => h.case.state === state && finalStatus(h) === outcome))!;
    expect(empty).toBeDefined();
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const problems = watchProblems(page);
    await page.goto(`${siteUrl}/cases/`, { waitUntil: 'networkidle' });
    await page.selectOption('#filter-state', empty.state);
    await page.selectOption('#filter-outcome', empty.outcome);
    await expect.poll(() => page.textContent('[data-case-count]')).toMatch(/^No case matches/);
    expect(await page.isVisible('[data-case-reset]')).toBe(true);
    await page.click('[data-case-reset]');
    await expect.poll(() => page.$$eval('table.case-table tbody tr:not([hidden])', (r) => r.length)).toBe(data.lawsuits.length);
    expect(await page.isVisible('[data-case-reset]')).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
