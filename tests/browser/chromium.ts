/** The browser tests' Chromium (see scripts/lib/chromium.ts) and what they watch on a page. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { launchChromium } from '../../scripts/lib/chromium.ts';

export { assertChromium } from '../../scripts/lib/chromium.ts';
const launch = launchChromium;

/** One Chromium for the calling test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is used before beforeAll launched it');
    return browser;
  };
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Collects console errors, uncaught exceptions and failed or 4xx/5xx requests of a page. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}
