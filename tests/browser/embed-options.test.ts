/**
 * Options in an embed address (?theme, ?state, ?asof): good values apply, bad values are ignored
 * and the default chart shows, and nothing from the address is ever written into the page.
 */
import { describe, expect, inject, test } from 'vitest';

import { useBrowser, watchProblems } from './chromium.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const page = await browser().newPage({ colorScheme, viewport: { width: 800, height: 900 } });
  const problems = watchProblems(page);
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  const state = await page.evaluate(() => ({
    path: location.pathname,
    theme: document.documentElement.dataset.theme ?? null,
    background: getComputedStyle(document.body).backgroundColor,
    title: document.querySelector('h1')?.textContent ?? '',
    html: document.documentElement.outerHTML,
  }));
  await page.close();
  return { ...state, problems };
}

describe('embed options in the address', () => {
  test('without ?theme an embed is light, whatever the reader setting, as most host pages are', async () => {
    const plain = await open('/embed/timeline/', 'dark');
    expect(plain.theme).toBe('light');
    expect(plain.background).toBe('rgb(255, 255, 255)');
  });

  test('?theme=dark and ?theme=light override the reader setting; ?theme=auto follows it', async () => {
    const dark = await open('/embed/timeline/?theme=dark', 'light');
    expect(dark.theme).toBe('dark');
    expect(dark.background).toBe('rgb(22, 24, 29)');
    const light = await open('/embed/timeline/?theme=light', 'dark');
    expect(light.background).toBe('rgb(255, 255, 255)');
    const auto = await open('/embed/timeline/?theme=auto', 'dark');
    expect(auto.background).toBe('rgb(22, 24, 29)');
  });

  test('?state= opens the version for that state, keeping the theme', async () => {
    const pa = await open('/embed/outcome-shares/?state=PA&theme=dark');
    expect(pa.path).toBe('/embed/outcome-shares/pa/');
    expect(pa.title).toBe('How the lawsuits in Pennsylvania ended, as a share of all');
    expect(pa.theme).toBe('dark');
  });

  test('?asof= opens the chart as of that day', async () => {
    const day = await open('/embed/lawsuits-by-state/?asof=2020-11-18');
    expect(day.path).toBe('/embed/lawsuits-by-state/2020-11-18/');
    expect(day.title).toBe('Lawsuits by state and their status on 18 November 2020');
  });

  test.each([
    '/embed/lawsuits-by-state/?asof=2020-02-30',
    '/embed/lawsuits-by-state/?asof=1999-01-01',
    '/embed/outcome-shares/?state=ZZ',
    '/embed/outcome-shares/?state=%3Cscript%3Ealert(1)%3C/script%3E',
    '/embed/timeline/?theme=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
    '/embed/timeline/?theme=red&state=../../etc',
  ])('a bad value is ignored and the default chart shows: %s', async (path) => {
    const result = await open(path, 'dark');
    expect(result.path).toBe(new URL(siteUrl + path).pathname);
    expect(result.theme).toBe('light');
    expect(result.background).toBe('rgb(255, 255, 255)');
    expect(result.html).not.toContain('alert(1)');
    expect(result.html).not.toContain('onerror');
    expect(result.problems.consoleErrors).toEqual([]);
  });
});
