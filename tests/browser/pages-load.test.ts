/** Every built page opens in real Chromium without a console error or a failed request. */
import { describe, expect, inject, test } from 'vitest';

import { useBrowser, watchProblems } from './chromium.ts';
import { sampledPages } from './pages-under-test.ts';

const siteUrl = inject('siteUrl');
const pages = sampledPages(inject('distDir'));
const browser = useBrowser();

describe('built pages load cleanly', () => {
  test('the build has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('%s', async (pathname) => {
    const page = await browser().newPage();
    const problems = watchProblems(page);
    const response = await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP status').toBe(200);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});
