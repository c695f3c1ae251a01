/**
 * The story's scroll sequence on phones: whichever step's text is centred on screen, its chart
 * shows, whole and uncovered, with a key to every status it draws; stepping with the buttons
 * brings each step's text fully into view below the chart; on a screen too short for both (a
 * phone held sideways) no chart ever covers a step's text. Every step is named the same way
 * and says what changed since the one before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';

import { useBrowser } from './chromium.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Resolves once the browser has painted twice: the scroll handler has run and the page shows its result. */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** How much of the visible chart, its key and a step's text is on screen and not covered, 0 to 1; and which statuses lack a key entry. */
function visibility(page: Page, stepIndex: number) {
  return page.evaluate((index) => {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step-id]')];
    const step = steps[index]!;
    const figure = [...document.querySelectorAll<HTMLElement>('[data-sequence-graphic] figure.chart')].find(
      (f) => f.getBoundingClientRect().height > 0,
    );
    /** The share of a box's sample points where the element itself (or its content) is on top. */
    const shown = (element: Element | null | undefined) => {
      if (!element) return 0;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return 0;
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
    const svg = figure?.querySelector('svg.chart-svg');
    const drawn = new Set(
      [...(svg?.querySelectorAll('[fill^="var(--status-"], [fill^="url(#"]') ?? [])]
        .map((g) => /--status-([a-z-]+)|pattern-([a-z-]+)/.exec(g.getAttribute('fill') ?? ''))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => m[1] ?? m[2]),
    );
    const keyed = new Set(
      [...(figure?.querySelectorAll('.legend li') ?? [])].map((li) =>
        (li.textContent ?? '')
          .trim()
          .toLowerCase()
          .replace(/^no ruling yet$/, 'awaiting ruling')
          .replace(/^outcome /, '')
          .replaceAll(' ', '-'),
      ),
    );
    return {
      active: steps.findIndex((s) => s.classList.contains('is-active')),
      chart: shown(svg),
      key: shown(figure?.querySelector('.legend')),
      unkeyed: [...drawn].filter((s) => !keyed.has(s!)),
      chartId: figure?.getAttribute('data-chart') ?? '',
      text: shown(step.querySelector('.step-text')),
      date: step.id.replace('step-', ''),
    };
  }, stepIndex);
}

describe.each([
  [390, 844],
  [375, 667],
])('at %i×%i', (width, height) => {
  test('with any step centred on screen, its chart and the key to all it draws show, at most 10% hidden', async () => {
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
      await expect.poll(() => visibility(page, i).then((v) => v.active), { message: `step ${i + 1} becomes active` }).toBe(i);
      await painted(page);
      const seen = await visibility(page, i);
      expect(seen.chartId).toContain(seen.date);
      expect(seen.chart, `chart of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      expect(seen.key, `key of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      expect(seen.unkeyed, `statuses drawn in step ${i + 1} without a key entry`).toEqual([]);
    }
    await page.close();
  });

  test('the Next button brings each step fully into view beside a whole chart and its key', async () => {
    const page = await browser().newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    await page.locator('.sequence-jump a').first().click();
    const count = await page.locator('[data-step-id]').count();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.locator('[data-sequence-controls] button[data-step="1"]').click();
      await expect.poll(() => visibility(page, i).then((v) => v.active)).toBe(i);
      await painted(page);
      const seen = await visibility(page, i);
      expect(seen.chart, `chart of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      expect(seen.key, `key of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      expect(seen.text, `text of step ${i + 1}`).toBeGreaterThanOrEqual(0.9);
    }
    await page.close();
  });
});

describe.each([
  [844, 390],
  [740, 360],
  [667, 375],
])('on a short screen, %i×%i', (width, height) => {
  test('no step text is ever covered, wherever the page is scrolled', async () => {
    const page = await browser().newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
    const { top, bottom } = await page.locator('[data-sequence]').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top + scrollY, bottom: box.bottom + scrollY };
    });
    const covered: string[] = [];
    for (let y = top - height; y < bottom; y += Math.round(height / 3)) {
      await page.evaluate((to) => scrollTo({ top: to, behavior: 'instant' }), y);
      await painted(page);
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-step-id] .step-text')].flatMap((text) => {
          const box = text.getBoundingClientRect();
          const points: string[] = [];
          for (let x = 0.05; x < 1; x += 0.15)
            for (let yy = 0.05; yy < 1; yy += 0.15) {
              const px = box.left + x * box.width;
              const py = box.top + yy * box.height;
              if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) continue;
              const topmost = document.elementFromPoint(px, py);
              if (topmost && !text.contains(topmost) && !topmost.contains(text))
                points.push(`${text.closest('[data-step-id]')!.id} at ${Math.round(px)},${Math.round(py)}`);
            }
          return points;
        }),
      );
      covered.push(...hidden.map((h) => `scrolled to ${y}: ${h}`));
    }
    expect(covered).toEqual([]);
    await page.close();
  });
});

test('every step is named by its date and name alike in the links, the bar and its heading, and says what changed', async () => {
  const page = await browser().newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  await page.goto(`${siteUrl}/`, { waitUntil: 'networkidle' });
  const named = await page.evaluate(() => ({
    links: [...document.querySelectorAll('.sequence-jump a')].map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()),
    labels: [...document.querySelectorAll<HTMLElement>('[data-step-id]')].map((s) => s.dataset.stepLabel ?? ''),
    headings: [...document.querySelectorAll('[data-step-id] h3')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
    changes: [...document.querySelectorAll('[data-step-id]')].map((s) => s.querySelector('.step-change')?.textContent ?? ''),
  }));
  const DATED = /^\d{1,2} [A-Z][a-z]{2}( \d{4})? · \S/;
  expect(named.links.length).toBeGreaterThan(2);
  for (const list of [named.links, named.labels, named.headings]) for (const name of list) expect(name).toMatch(DATED);
  expect(named.labels).toEqual(named.links);
  expect(named.headings).toEqual(named.links);
  expect(named.changes[0]).toBe('');
  for (const [i, change] of named.changes.slice(1).entries())
    expect(change, `step ${i + 2}`).toMatch(/^Since \d{1,2} [A-Z][a-z]{2}( \d{4})?: .*\.$/);
  await page.close();
});
