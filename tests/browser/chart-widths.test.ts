/**
 * Every chart at any width: as wide as its frame, its text at the same readable size at every
 * width, and no label cut off by the edge or drawn over another. Each chart's default embed, and
 * the longest case path, is measured in a frame of each width below, from narrower than any phone to a
 * desktop column.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { builtPages } from './built-pages.ts';
import { useBrowser } from './chromium.ts';

const siteUrl = inject('siteUrl');
const all = builtPages(inject('distDir'));
// The default embeds, and the longest path through the courts, the most crowded court-path chart.
const embeds = [...all.filter((p) => /^\/embed\/[a-z-]+\/$/.test(p)), '/embed/court-path/pa-kelly-v-pennsylvania/'];
const WIDTHS = [280, 375, 480, 600, 768, 1024, 1200];
const browser = useBrowser();

interface Measures {
  frame: number;
  svgs: { width: number; container: number; fontSizes: number[]; outside: string[]; overlapping: string[] }[];
}

/** What the page's charts measure, in CSS pixels. */
function measure(page: Page): Promise<Measures> {
  return page.evaluate(() => {
    const boxes = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }));
    const meets = (a: DOMRect, b: DOMRect) =>
      // A pixel of slack: glyph boxes include side bearings that never show ink.
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    return {
      frame: document.documentElement.clientWidth,
      svgs: [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].map((svg) => {
        const own = svg.getBoundingClientRect();
        const texts = boxes(svg);
        const overlapping: string[] = [];
        texts.forEach((a, i) =>
          texts.slice(i + 1).forEach((b) => {
            if (meets(a.box, b.box)) overlapping.push(`"${a.text}" / "${b.text}"`);
          }),
        );
        return {
          width: own.width,
          container: svg.parentElement!.getBoundingClientRect().width,
          fontSizes: [...new Set([...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)))],
          outside: [
            ...texts.filter((t) => t.box.left < own.left - 1 || t.box.right > own.right + 1).map((t) => t.text),
            // Marks too: a symbol at the end of a line must not be cut by the frame's edge.
            ...[...svg.querySelectorAll('rect, circle, path:not(svg svg[preserveAspectRatio="none"] path)')]
              .map((e) => ({ tag: e.tagName, box: e.getBoundingClientRect() }))
              .filter(({ box }) => box.width > 0 && (box.left < own.left - 1 || box.right > own.right + 1))
              .map(({ tag, box }) => `<${tag}> from ${Math.round(box.left - own.left)} to ${Math.round(box.right - own.left)} px`),
          ],
          overlapping,
        };
      }),
    };
  });
}

describe.each(embeds)('%s', (pathname) => {
  test.each(WIDTHS)('at %i px fills its frame with 12-16 px text, no text or mark cut off, no labels overlapping', async (width) => {
    const page = await browser().newPage({ viewport: { width, height: 900 } });
    await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    const { frame, svgs } = await measure(page);
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(Math.abs(svg.width - svg.container)).toBeLessThanOrEqual(1);
      expect(svg.width).toBeLessThanOrEqual(frame);
      for (const size of svg.fontSizes) {
        expect(size).toBeGreaterThanOrEqual(12);
        expect(size).toBeLessThanOrEqual(16);
      }
      expect(svg.outside).toEqual([]);
      expect(svg.overlapping).toEqual([]);
    }
    await page.close();
  });
});
