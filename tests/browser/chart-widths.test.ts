/**
 * Every chart at any width: as wide as its frame, its text at the same readable size at every
 * width, and no label cut off by the edge or drawn over another. Each chart's default embed, and
 * the longest case path, is measured in a frame of each width below, from narrower than any phone to a
 * desktop column.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

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

// One page per chart, resized through every width: the chart reflows as it would in a frame.
test.each(embeds)(
  '%s at 280 to 1200 px fills its frame with 12-16 px text, no text or mark cut off, no labels overlapping',
  async (pathname) => {
    const page = await browser().newPage({ viewport: { width: WIDTHS[0]!, height: 900 } });
    await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const { frame, svgs } = await measure(page);
      const at = `at ${width} px`;
      expect(svgs.length, at).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(Math.abs(svg.width - svg.container), at).toBeLessThanOrEqual(1);
        expect(svg.width, at).toBeLessThanOrEqual(frame);
        expect(svg.width / frame, `${at}: share of the frame`).toBeGreaterThanOrEqual(0.9);
        for (const size of svg.fontSizes) {
          expect(size, at).toBeGreaterThanOrEqual(12);
          expect(size, at).toBeLessThanOrEqual(16);
        }
        expect(svg.outside, at).toEqual([]);
        expect(svg.overlapping, at).toEqual([]);
      }
    }
    await page.close();
  },
);
