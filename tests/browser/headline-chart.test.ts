/**
 * The headline chart as a graphics desk would publish it: no label drawn over a bar at any
 * width, in any chart of status bars on any page; the finding in the story's first phone screen
 * and its first chart within a screen and a half.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { pageFile } from './built-pages.ts';
import { useBrowser } from './chromium.ts';
import { sampledPages } from './pages-under-test.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const browser = useBrowser();

/** Bars are filled with a status's colour or pattern; the pages whose charts draw any. */
const STATUS_BAR_FILL = /fill="(?:var\(--status-[a-z-]+\)|url\(#[^"]*pattern-[a-z-]+\))"/;
const withBars = sampledPages(distDir).filter((p) => {
  const html = readFileSync(pageFile(distDir, p), 'utf8');
  return [...html.matchAll(/<svg[^>]*class="chart-svg"[\s\S]*?<\/svg>/g)].some((m) => STATUS_BAR_FILL.test(m[0]) && m[0].includes('<rect'));
});
const WIDTHS = [320, 390, 768, 1280];

interface Overlap {
  chart: string;
  label: string;
  bar: string;
}

/** Every label of every chart on the page that meets one of its status bars, with its bar. */
function labelsOverBars(page: Page): Promise<{ bars: number; labels: number; overlaps: Overlap[] }> {
  return page.evaluate((barFill) => {
    const fill = new RegExp(barFill);
    let bars = 0;
    let labels = 0;
    const overlaps: { chart: string; label: string; bar: string }[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      if (svg.getBoundingClientRect().width === 0) continue; // a step chart not on show
      const rects = [...svg.querySelectorAll('rect')]
        .filter((r) => fill.test(`fill="${r.closest('[fill]')?.getAttribute('fill') ?? ''}"`))
        .map((r) => ({ box: r.getBoundingClientRect(), name: r.querySelector('title')?.textContent ?? '' }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const texts = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ box: t.getBoundingClientRect(), text: (t.textContent ?? '').trim() }));
      bars += rects.length;
      labels += texts.length;
      for (const t of texts) {
        for (const r of rects) {
          const across = Math.min(t.box.right, r.box.right) - Math.max(t.box.left, r.box.left);
          const down = Math.min(t.box.bottom, r.box.bottom) - Math.max(t.box.top, r.box.top);
          // Half a pixel of slack for rounding; a label on a bar overlaps it by many pixels.
          if (across > 0.5 && down > 0.5)
            overlaps.push({ chart: svg.id || svg.getAttribute('aria-labelledby') || '', label: t.text, bar: r.name });
        }
      }
    }
    return { bars, labels, overlaps };
  }, STATUS_BAR_FILL.source);
}

describe('labels beside or above the bars, never on them', () => {
  test('the story, the state index and the embeds of bar charts are among the pages checked', () => {
    expect(withBars).toContain('/');
    expect(withBars).toContain('/embed/lawsuits-by-state/');
    expect(withBars.length).toBeGreaterThan(4);
  });

  test.each(withBars)('%s at 320, 390, 768 and 1280 px', async (pathname) => {
    const page = await browser().newPage({ viewport: { width: WIDTHS[0]!, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const { bars, labels, overlaps } = await labelsOverBars(page);
      expect(bars, `bars drawn at ${width} px`).toBeGreaterThan(0);
      expect(labels, `labels drawn at ${width} px`).toBeGreaterThan(0);
      expect(overlaps, `at ${width} px`).toEqual([]);
    }
    await page.close();
  });
});

describe.each([
  [390, 844],
  [360, 800],
  [414, 896],
])('the story on a %i×%i phone', (width, height) => {
  test('states its finding on the first screen and shows its first chart within a screen and a half', async () => {
    const page = await browser().newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    const layout = await page.evaluate(() => {
      const lede = document.querySelector('.lede')!;
      const chart = document.querySelector('figure.chart svg.chart-svg')!;
      return {
        lede: lede.getBoundingClientRect().bottom + scrollY,
        ledeText: lede.textContent ?? '',
        figures: document.querySelector('figure.chart .key-figures')!.getBoundingClientRect().bottom + scrollY,
        chart: chart.getBoundingClientRect().top + scrollY,
      };
    });
    // The finding: how many suits, how many turned down, withdrawn and won, and that none changed a result.
    expect(layout.ledeText).toMatch(/filed \d+ lawsuits/);
    expect(layout.ledeText).toMatch(/turned down \d+/);
    expect(layout.ledeText).toMatch(/\d+ were withdrawn/);
    expect(layout.ledeText).toMatch(/changed who carried a state/);
    expect(layout.lede).toBeLessThanOrEqual(height);
    expect(layout.figures).toBeLessThanOrEqual(1.5 * height);
    expect(layout.chart).toBeLessThanOrEqual(1.5 * height);
    await page.close();
  });
});
