/** The problem watcher the page tests rely on really sees console errors and failed requests. */
import { expect, inject, test } from 'vitest';

import { axeViolations } from './axe.ts';
import { useBrowser, watchProblems } from './chromium.ts';

const browser = useBrowser();

test('a console error and a missing file are caught', async () => {
  const page = await browser().newPage();
  const problems = watchProblems(page);
  await page.goto(`${inject('siteUrl')}/no-such-page/`);
  await page.setContent('<img src="/no-such-image.png" alt=""><p>x</p>');
  await page.evaluate(() => console.error('deliberate'));
  await page.waitForLoadState('networkidle');
  expect(problems.consoleErrors).toContain('deliberate');
  expect(problems.failedRequests.some((r) => r.includes('/no-such-page/') && r.includes('404'))).toBe(true);
  expect(problems.failedRequests.some((r) => r.includes('/no-such-image.png'))).toBe(true);
  await page.close();
});

test('axe reports a violation when there is one', async () => {
  const page = await browser().newPage();
  await page.goto(`${inject('siteUrl')}/`);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')!.append(img);
  });
  expect((await axeViolations(page)).some((v) => v.startsWith('image-alt:'))).toBe(true);
  await page.close();
});
