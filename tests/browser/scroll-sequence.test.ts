/**
 * The story's scroll sequence on phones: whichever step's text is centred on screen, its chart
 * shows, whole and uncovered; stepping with the buttons brings each step's text fully into view
 * below the chart.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { useBrowser } from './chromium.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** How much of the visible chart and of a step's text is on screen and not covered, 0 to 1. */
function visibility(page: Page, stepIndex: number) {
  return page.evaluate((index) => {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step-id]')];
    const step = steps[index]!;
    const svg = [...document.querySelectorAll<SVGSVGElement>('[data-sequence-graphic] svg.chart-svg')].find(
      (s) => s.getBoundingClientRect().height > 0,
    );
    /** The share of a box's sample points where the element itself (or its content) is on top. */
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      let seen = 0;
      let all = 0;
      for (let x = 0.05; x < 1; x += 0.1)
        for (let y = 0.05; y < 1; y += 0.1) {
          all++;
          const px = box.left + x * box.width;
          const py = box.top + y * box.height;
          if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) continue;
          const top = document.elementFromPoint(px, py);
          if (top && (element.contains(top) || top.contains(element))) seen++;
        }
      return seen / all;
    };
    return {
      active: steps.findIndex((s) => s.classList.contains('is-active')),
      chart: svg ? shown(svg.closest('.chart-graphic')!) : 0,
      chartId: svg?.closest('[data-chart]')?.getAttribute('data-chart') ?? '',
      text: shown(step.querySelector('.step-text')!),
      date: step.id.replace('step-', ''),
    };
  }, stepIndex);
}

describe.each([
  [390, 844],
  [375, 667],
])('at %i×%i', (width, height) => {
  test('with any step centred on screen, its chart shows and at most 10% of it is hidden', async () => {
    const page = await browser().newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    const count = await page.locator('[data-step-id]').count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) {
      await page
        .locator('[data-step-id]')
        .nth(i)
        .locator('.step-text')
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(100);
      const seen = await visibility(page, i);
      expect(seen.active, `step ${i + 1}`).toBe(i);
      expect(seen.chartId).toContain(seen.date);
      expect(seen.chart, `chart of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
    }
    await page.close();
  });

  test('the Next button brings each step fully into view beside a whole chart', async () => {
    const page = await browser().newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    await page.locator('.sequence-jump a').first().click();
    const count = await page.locator('[data-step-id]').count();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.locator('[data-sequence-controls] button[data-step="1"]').click();
      await page.waitForTimeout(100);
      const seen = await visibility(page, i);
      expect(seen.active).toBe(i);
      expect(seen.chart, `chart of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      expect(seen.text, `text of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
    }
    await page.close();
  });
});
