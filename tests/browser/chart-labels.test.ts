/**
 * Labels beside their marks, and no line through a label, in the charts that label marks one by
 * one: every court path (each ruling labelled at its mark), every state timeline and every
 * version of the events timeline, from the narrowest frame to a desktop column. A path of one
 * ruling is a sentence, not a chart. Which pages to visit comes from the data.
 */
import { readFileSync } from 'node:fs';

import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { TIMELINE_END, TIMELINE_START } from '../../src/charts/time-axis.ts';
import { formatShort } from '../../src/data/dates.ts';
import { caseHistories } from '../../src/data/status.ts';
import { pageFile } from './built-pages.ts';
import { useBrowser } from './chromium.ts';
import { realData } from './real-data.ts';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const data = realData;
const histories = caseHistories(data);
const browser = useBrowser();
// The narrowest width, where labels are packed tightest, and a desktop column, where a label beside its mark
// has moved furthest from it (label-layout.ts explains why the two bound every width between).
const WIDTHS = [280, 1200];

const paths = histories.filter((h) => h.rulings.length > 1);
const single = histories.filter((h) => h.rulings.length === 1);
const states = [...new Set(data.lawsuits.map((c) => c.state.toLowerCase()))];

/**
 * Texts of the chart that a line runs through: lines of the data (not gridlines), and the
 * stroked paths of a line chart sampled along their length, against each text's box.
 */
function struckTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.chart-svg')!;
    const texts = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim())
      .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }));
    const inside = (x: number, y: number, b: DOMRect) => x > b.left + 1.5 && x < b.right - 1.5 && y > b.top + 1.5 && y < b.bottom - 1.5;
    const grid = (el: Element) => el.closest('[stroke]')?.getAttribute('stroke') === 'var(--chart-grid)';
    const struck = new Set<string>();
    for (const line of svg.querySelectorAll('line')) {
      if (grid(line)) continue;
      const r = line.getBoundingClientRect();
      for (const t of texts) {
        const b = t.box;
        if (r.left < b.right - 1.5 && r.right > b.left + 1.5 && r.top < b.bottom - 1.5 && r.bottom > b.top + 1.5) struck.add(t.text);
      }
    }
    for (const p of svg.querySelectorAll<SVGPathElement>('svg[preserveAspectRatio="none"] path')) {
      const style = getComputedStyle(p);
      if (style.stroke === 'none' || style.fill !== 'none') continue;
      const matrix = p.getScreenCTM()!;
      const length = p.getTotalLength();
      for (let d = 0; d <= length; d += Math.max(1.5, length / 800)) {
        const point = p.getPointAtLength(d).matrixTransform(matrix);
        for (const t of texts) if (inside(point.x, point.y, t.box)) struck.add(t.text);
      }
    }
    return [...struck];
  });
}

async function atEveryWidth(pathname: string, check: (page: Page, width: number) => Promise<void>) {
  const page = await browser().newPage({ viewport: { width: WIDTHS[0]!, height: 900 } });
  // The charts are static SVG in the page: the load event is enough, no need to wait for the network to idle.
  await page.goto(siteUrl + pathname, { waitUntil: 'load' });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await check(page, width);
  }
  await page.close();
}

describe('court paths', () => {
  test.each(paths.map((h) => [h.case.id, h.rulings.length] as const))(
    '%s: each of its %i rulings labelled at its mark, no line through a label or a court name',
    async (id, count) => {
      await atEveryWidth(`/embed/court-path/${id}/`, async (page, width) => {
        const { marks, labels } = await page.evaluate(() => {
          const svg = document.querySelector('svg.chart-svg')!;
          const centre = (r: DOMRect) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
          return {
            marks: [...svg.querySelectorAll('path[fill^="var(--status-"]')].map((m) => centre(m.getBoundingClientRect())),
            labels: [...svg.querySelectorAll('text')]
              .filter((t) => /^\d+ · /.test(t.textContent ?? ''))
              .map((t) => ({ n: Number.parseInt(t.textContent!, 10), box: t.getBoundingClientRect().toJSON() as DOMRect })),
          };
        });
        expect(marks, `at ${width} px`).toHaveLength(count);
        expect(labels.map((l) => l.n).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
        for (const { n, box } of labels) {
          const mark = marks[n - 1]!;
          // Beside its own mark: the label's near edge within a few pixels of the mark, on either side.
          const gap = Math.min(Math.abs(box.left - mark.x), Math.abs(box.right - mark.x));
          expect(gap, `ruling ${n} at ${width} px`).toBeLessThanOrEqual(16);
        }
        expect(await struckTexts(page), `at ${width} px`).toEqual([]);
      });
    },
  );

  // Read from the built files: nothing here needs a browser, and there is a page pair per case.
  test.each(single.map((h) => h.case.id))('%s, with one ruling, is told in a sentence on its page and in its embed', (id) => {
    for (const pathname of [`/cases/${id}/`, `/embed/court-path/${id}/`]) {
      const { document } = parseHTML(readFileSync(pageFile(dist, pathname), 'utf8'));
      expect(document.querySelectorAll('svg.chart-svg'), pathname).toHaveLength(0);
      expect(document.querySelector('.chart-instead')?.textContent, pathname).toMatch(/^This case had one ruling: on \d+ \w+ \d{4} /);
    }
  });
});

describe('state timelines', () => {
  test.each(states)('/states/%s/: no line through a case name or a note, and every ended case keyed by its symbol', async (state) => {
    await atEveryWidth(`/embed/state-cases/${state}/`, async (page, width) => {
      expect(await struckTexts(page), `at ${width} px`).toEqual([]);
      // The key shows symbols as drawn, not squares: each key swatch is the chart's own path.
      const { keyed, drawn } = await page.evaluate(() => ({
        keyed: [...document.querySelectorAll('.legend path')].map((p) => p.getAttribute('d')),
        drawn: [...new Set([...document.querySelectorAll('svg.chart-svg path[fill^="var(--status-"]')].map((p) => p.getAttribute('d')))],
      }));
      for (const d of drawn) expect(keyed).toContain(d);
    });
  });
});

describe('the events timeline', () => {
  const events = data.events.filter((e) => e.on_timeline === 'yes' && e.date >= TIMELINE_START && e.date <= TIMELINE_END);

  test.each(['/embed/timeline/', ...states.map((s) => `/embed/timeline/${s}/`)])(
    '%s names every key event in the chart, and no line runs through a label',
    async (pathname) => {
      await atEveryWidth(pathname, async (page, width) => {
        const texts = await page.$$eval('svg.chart-svg text', (ts) => ts.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()));
        for (const e of events)
          expect(
            texts.some((t) => t.startsWith(`${formatShort(e.date)} · `)),
            `${e.label} at ${width} px`,
          ).toBe(true);
        expect(await struckTexts(page), `at ${width} px`).toEqual([]);
      });
    },
  );
});
