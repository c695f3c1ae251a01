/**
 * Zero axe violations on every page under test, in light and dark mode, at phone and desktop
 * widths; no horizontal scrolling and no table off the screen at 320 and 390 px; no console
 * errors or failed requests.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { axeViolations as axe } from './axe.ts';
import { useBrowser, watchProblems } from './chromium.ts';
import { pagesUnderTest } from './pages-under-test.ts';

const siteUrl = inject('siteUrl');
const pages = pagesUnderTest(inject('distDir'));
const browser = useBrowser();

// Pages are opened to their load event, not to network idle: they are static, every script and
// stylesheet they use has loaded by then and none fetches anything later, so waiting half a second
// of quiet per page (162 times) checked nothing more.

/** Opens every "Show the data" and "Embed" panel, so hidden content is checked too. */
async function openDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

describe.each([
  { scheme: 'light' as const, width: 375 },
  { scheme: 'dark' as const, width: 375 },
  { scheme: 'light' as const, width: 1280 },
  { scheme: 'dark' as const, width: 1280 },
])('$scheme mode at $width px', ({ scheme, width }) => {
  test.each(pages)('%s has no axe violations', async (pathname) => {
    const page = await browser().newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    const problems = watchProblems(page);
    await page.goto(siteUrl + pathname, { waitUntil: 'load' });
    await openDetails(page);
    expect(await axe(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});

describe.each([320, 390])('no horizontal scrolling at %i px', (width) => {
  test.each(pages)('%s', async (pathname) => {
    const page = await browser().newPage({ viewport: { width, height: 700 } });
    await page.goto(siteUrl + pathname, { waitUntil: 'load' });
    await openDetails(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Only a chart's "Show the data" table may be wider than the screen, scrolling inside its own
    // keyboard-reachable box, with a visible cue (shadows at the edges); every other table fits.
    const { overflowing, tooWide, noCue } = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const scrolls = (el: Element) => Boolean(el.closest('.chart-data .table-scroll'));
      return {
        overflowing: [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > vw + 1 && !scrolls(el))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
        tooWide: [...document.querySelectorAll('main table')]
          .filter((t) => !scrolls(t) && t.scrollWidth > (t.parentElement?.clientWidth ?? vw) + 1)
          .map((t) => t.querySelector('caption')?.textContent?.trim() ?? 'a table'),
        noCue: [...document.querySelectorAll<HTMLElement>('.chart-data .table-scroll')]
          .filter((box) => box.scrollWidth > box.clientWidth + 1 && !getComputedStyle(box).backgroundImage.includes('gradient'))
          .map((box) => box.getAttribute('aria-label')),
      };
    });
    expect(overflowing).toEqual([]);
    expect(tooWide).toEqual([]);
    expect(noCue).toEqual([]);
    await page.close();
  });
});
