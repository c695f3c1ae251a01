/**
 * The story pages as readers use them: the case table filters and sorts with the choice kept in
 * the address, every case and state has its place, and everything reads with JavaScript off.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { caseHistories, finalStatus } from '../../src/data/status.ts';
import { useBrowser, watchProblems } from './chromium.ts';
import { realData } from './real-data.ts';

const siteUrl = inject('siteUrl');
const data = realData;
const browser = useBrowser();

const visibleRowIds = (page: Page) =>
  page.$$eval('table.case-table tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.id));

describe('the case table', () => {
  test('has one row per case in the CSV', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/cases/`);
    const ids = await visibleRowIds(page);
    expect(ids.sort()).toEqual(data.lawsuits.map((c) => `case-${c.id}`).sort());
    await page.close();
  });

  test('filters by state and outcome from the address, and keeps a changed filter in it', async () => {
    const page = await browser().newPage();
    const problems = watchProblems(page);
    await page.goto(`${siteUrl}/cases/?state=PA&outcome=lost+on+appeal`, { waitUntil: 'networkidle' });
    const expected = caseHistories(data)
      .filter((h) => h.case.state === 'PA' && finalStatus(h) === 'lost on appeal')
      .map((h) => `case-${h.case.id}`);
    expect((await visibleRowIds(page)).sort()).toEqual(expected.sort());
    expect(await page.textContent('[data-case-count]')).toBe(`Showing ${expected.length} of ${data.lawsuits.length} cases.`);

    await page.selectOption('#filter-state', 'GA');
    await page.selectOption('#filter-outcome', '');
    const georgia = data.lawsuits.filter((c) => c.state === 'GA').map((c) => `case-${c.id}`);
    expect((await visibleRowIds(page)).sort()).toEqual(georgia.sort());
    expect(new URL(page.url()).search).toBe('?state=GA');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('sorts by outcome date, latest first', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/cases/?sort=ended-desc`, { waitUntil: 'networkidle' });
    const dates = await page.$$eval('table.case-table tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.ended ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
    await page.close();
  });

  test('ignores filter values that are not options', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/cases/?state=%3Cb%3EZZ&outcome=nonsense`, { waitUntil: 'networkidle' });
    expect(await visibleRowIds(page)).toHaveLength(data.lawsuits.length);
    expect(await page.$$('main b')).toHaveLength(0);
    await page.close();
  });
});

describe('with JavaScript off', () => {
  test('the story shows every step of the sequence with its own chart, and every chart', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`);
    const steps = await page.$$eval('.step', (els) => els.map((s) => Boolean(s.querySelector('figure svg[role="img"]'))));
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.every(Boolean)).toBe(true);
    const charts = await page.$$eval('figure.chart', (figs) => figs.filter((f) => (f as HTMLElement).offsetHeight > 100).length);
    expect(charts).toBeGreaterThanOrEqual(9);
    // Controls that need JavaScript stay out of the way.
    expect(await page.isVisible('[data-theme-switch]')).toBe(false);
    expect(await page.isVisible('[data-sequence-controls]')).toBe(false);
    await context.close();
  });

  test('the case table lists every case and each state page its cases', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cases/`);
    expect(await page.$$eval('table.case-table tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetHeight > 0).length)).toBe(
      data.lawsuits.length,
    );
    expect(await page.isVisible('[data-case-filters]')).toBe(false);
    for (const code of new Set(data.lawsuits.map((c) => c.state))) {
      await page.goto(`${siteUrl}/states/${code.toLowerCase()}/`);
      const rows = await page.$$eval('table.case-table tbody tr', (r) => r.length);
      expect(rows, code).toBe(data.lawsuits.filter((c) => c.state === code).length);
      expect(await page.$$eval('figure.chart svg[role="img"]', (s) => s.length)).toBeGreaterThan(0);
    }
    await context.close();
  });
});
