/** Every control can be reached with Tab, in document order, with a visible focus ring. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { useBrowser } from './chromium.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

interface Stop {
  tag: string;
  text: string;
  visibleRing: boolean;
  afterPrevious: boolean;
}

/** Presses Tab until focus leaves the page or comes back round, recording each stop. */
async function tabThrough(page: Page, limit = 400): Promise<Stop[]> {
  await page.evaluate(() => {
    (window as unknown as { __previous: Element | null }).__previous = null;
  });
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const w = window as unknown as { __previous: Element | null };
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const after = !w.__previous || Boolean(w.__previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      const first = w.__previous === null ? null : w.__previous;
      w.__previous = el;
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim().slice(0, 40),
        visibleRing: ring,
        afterPrevious: after,
        wrapped: first !== null && !after,
      };
    });
    if (!stop || stop.wrapped) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(['/', '/cases/', '/states/pa/', '/methodology/', '/embed/lawsuits-by-state/'])('%s by keyboard', (pathname) => {
  test('focus moves forward through the page with a visible ring at every stop', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(2);
    expect(stops.filter((s) => !s.visibleRing)).toEqual([]);
    expect(stops.filter((s) => !s.afterPrevious)).toEqual([]);
    await page.close();
  });
});

test('the skip link comes first and moves focus to the main content', async () => {
  const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${siteUrl}/cases/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#main');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  await page.close();
});

test('the scroll sequence can be stepped with its buttons, and each step has a deep link', async () => {
  const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
  const next = page.locator('[data-sequence-controls] button[data-step="1"]');
  await next.focus();
  const visibleChart = () =>
    page.evaluate(() => document.querySelector('[data-sequence-graphic] figure:not([hidden])')?.getAttribute('data-chart'));
  const first = await visibleChart();
  await page.keyboard.press('Enter');
  await expect.poll(visibleChart).not.toBe(first);
  expect(await page.evaluate(() => location.hash)).toMatch(/^#step-/);
  const deep = await page.evaluate(() => location.hash);
  const again = await browser().newPage({ viewport: { width: 375, height: 800 } });
  await again.goto(`${siteUrl}/${deep}`, { waitUntil: 'networkidle' });
  expect(
    await again.evaluate(() => document.querySelector('[data-sequence-graphic] figure:not([hidden])')?.getAttribute('data-chart')),
  ).toBe(await visibleChart());
  await again.close();
  await page.close();
});
