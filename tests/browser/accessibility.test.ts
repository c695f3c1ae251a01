/**
 * Zero axe violations on every page under test, in light and dark mode, at phone and desktop
 * widths; no horizontal scrolling at 320 px; no console errors or failed requests.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { axeViolations as axe } from './axe.ts';
import { useBrowser, watchProblems } from './chromium.ts';
import { pagesUnderTest } from './pages-under-test.ts';

const siteUrl = inject('siteUrl');
const pages = pagesUnderTest(inject('distDir'));
const browser = useBrowser();

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
    await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    await openDetails(page);
    expect(await axe(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});

describe('no horizontal scrolling at 320 px', () => {
  test.each(pages)('%s', async (pathname) => {
    const page = await browser().newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    await openDetails(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Wide tables scroll inside their own keyboard-reachable region instead of the page.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((el) => !el.closest('.table-scroll'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    );
    expect(overflowing).toEqual([]);
    await page.close();
  });
});

describe('the manual theme switch', () => {
  test('turns dark mode on and off, remembers it, and the page stays free of violations', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 }, colorScheme: 'light' });
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    const toggle = page.locator('[data-theme-switch]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 29)');
    expect(await axe(page)).toEqual([]);
    await page.goto(`${siteUrl}/cases/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.locator('[data-theme-switch]').click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});
