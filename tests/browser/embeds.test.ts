/**
 * Every chart embedded in a page of another origin: the frame takes its chart's height at phone
 * and desktop widths, follows it when it grows and shrinks, ignores forged messages, and still
 * shows the whole chart where the host left out the parent script.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { type PageProblems, useBrowser, watchProblems } from './chromium.ts';

const siteUrl = inject('siteUrl');
const embeds = CHARTS.map((c) => `/embed/${c.id}/`);
const browser = useBrowser();
let host: RunningServer;

function hostPage(withScript: boolean): string {
  const frames = embeds
    .map(
      (src, i) =>
        `<h2>Chart ${i + 1}</h2><iframe src="${siteUrl}${src}" title="Embedded chart ${i + 1}" width="100%" height="300" style="width:100%;border:0" data-lawsuits-embed></iframe>`,
    )
    .join('\n');
  const script = withScript ? `<script async src="${siteUrl}/embed.js"></script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newspaper page</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:8px;font-family:sans-serif} iframe{display:block}</style></head>
<body><h1>Another site</h1>${frames}${script}</body></html>`;
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'embed-host-'));
  writeFileSync(path.join(dir, 'with-script.html'), hostPage(true));
  writeFileSync(path.join(dir, 'without-script.html'), hostPage(false));
  writeFileSync(
    path.join(dir, 'forger.html'),
    `<!doctype html><title>forger</title><link rel="icon" href="data:,"><script>for (const h of [40, 5000]) parent.postMessage({type:'lawsuits-embed:height',version:1,chart:'timeline',height:h}, '*');</script>`,
  );
  host = await serveStatic(dir);
  expect(new URL(host.url).origin).not.toBe(new URL(siteUrl).origin);
});
afterAll(async () => {
  await host?.close();
});

/** The frame's height and the height of the chart page inside it. */
async function sizes(page: Page) {
  const frames = await page.$$('iframe[data-lawsuits-embed]');
  return Promise.all(
    frames.map(async (handle) => {
      const frame = (await handle.contentFrame()) as Frame;
      const outer = await handle.evaluate((el) => el.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => {
        const root = document.querySelector('[data-embed-root]')!;
        const svgs = [...document.querySelectorAll('svg.chart-svg')].filter((s) => s.getBoundingClientRect().height > 0);
        return {
          content: root.getBoundingClientRect().height,
          chartBottom: Math.max(...svgs.map((s) => s.getBoundingClientRect().bottom)),
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
        };
      });
      return { src: frame.url(), outer, ...inner };
    }),
  );
}

/** Waits until the frames have taken their heights, however long a loaded machine needs. */
async function settle(_page: Page, check: () => Promise<boolean>) {
  await expect.poll(check, { timeout: 30_000, interval: 50 }).toBe(true);
}

async function openHost(file: string, width: number): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const problems = watchProblems(page);
  await page.goto(`${host.url}/${file}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

const fits = (s: { outer: number; content: number }) => Math.abs(s.outer - Math.ceil(s.content)) <= 1;

describe.each([320, 1024])('embedded on another origin at %i px', (width) => {
  test('with the parent script, every frame is exactly as tall as its chart page', async () => {
    const { page, problems } = await openHost('with-script.html', width);
    await settle(page, async () => (await sizes(page)).every(fits));
    const measured = await sizes(page);
    expect(measured).toHaveLength(embeds.length);
    for (const s of measured) {
      expect(s.outer, s.src).toBeCloseTo(Math.ceil(s.content), 0);
      expect(s.scrolls, `${s.src} scrolls inside its frame`).toBe(false);
    }
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });

  test('without the parent script, the fixed height still shows the whole chart', async () => {
    const { page, problems } = await openHost('without-script.html', width);
    // The fallback height is what the embed code sets; the host page here uses the code's value.
    for (const handle of await page.$$('iframe[data-lawsuits-embed]')) {
      const src = (await handle.getAttribute('src'))!;
      const expected = await fallbackHeightOf(src);
      await handle.evaluate((el, h) => {
        (el as HTMLIFrameElement).height = String(h);
        (el as HTMLIFrameElement).style.height = `${h}px`;
      }, expected);
    }
    for (const s of await sizes(page)) expect(s.chartBottom, `${s.src}: chart cut off`).toBeLessThanOrEqual(s.outer);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

/** The height the embed code gives this chart's iframe, read from its oEmbed file. */
async function fallbackHeightOf(src: string): Promise<number> {
  const page = await browser().newPage();
  await page.goto(src);
  const oembed = await page.$eval('link[type="application/json+oembed"]', (l) => new URL(l.getAttribute('href')!).pathname);
  const response = await page.goto(`${siteUrl}${oembed}`);
  const body = (await response!.json()) as { height: number; html: string };
  await page.close();
  expect(body.html).toContain(`height="${body.height}"`);
  return body.height;
}

describe('resizing', () => {
  test('a frame grows and shrinks with its chart', async () => {
    const { page } = await openHost('with-script.html', 1024);
    await settle(page, async () => (await sizes(page)).every(fits));
    const wide = await sizes(page);
    await page.setViewportSize({ width: 320, height: 900 });
    await settle(page, async () => (await sizes(page)).every(fits));
    const narrow = await sizes(page);
    await page.setViewportSize({ width: 1024, height: 900 });
    await settle(page, async () => (await sizes(page)).every(fits));
    const back = await sizes(page);
    for (const [i, s] of narrow.entries()) {
      expect(fits(s), `${s.src} ${JSON.stringify(s)}`).toBe(true);
      expect(s.outer, `${s.src} did not change height`).not.toBe(wide[i]!.outer);
      expect(back[i]!.outer).toBeCloseTo(wide[i]!.outer, 0);
    }
    // Charts are taller on a phone: the frames grew on the way down and shrank on the way back.
    const grew = narrow.filter((s, i) => s.outer > wide[i]!.outer);
    expect(grew.length).toBeGreaterThan(0);
    for (const s of grew) expect(back.find((b) => b.src === s.src)!.outer).toBeLessThan(s.outer);
    await page.close();
  });
});

describe('forged messages', () => {
  test('a message of the right shape from another frame, or from the host itself, changes nothing', async () => {
    const { page } = await openHost('with-script.html', 1024);
    await settle(page, async () => (await sizes(page)).every(fits));
    const before = (await sizes(page)).map((s) => s.outer);
    await page.evaluate((hostUrl) => {
      // Listeners run in the order they were added, so once this one has seen every forged
      // message, embed.js (added earlier) has handled them too.
      (window as unknown as { forgedSeen: number }).forgedSeen = 0;
      window.addEventListener('message', (event) => {
        if ((event.data as { type?: string })?.type === 'lawsuits-embed:height' && event.data.chart === 'timeline')
          (window as unknown as { forgedSeen: number }).forgedSeen++;
      });
      const forger = document.createElement('iframe');
      forger.src = `${hostUrl}/forger.html`;
      document.body.append(forger);
      window.postMessage({ type: 'lawsuits-embed:height', version: 1, chart: 'timeline', height: 60 }, '*');
    }, host.url);
    // One message from the host itself and two from the forger's frame.
    await page.waitForFunction(() => (window as unknown as { forgedSeen: number }).forgedSeen >= 3);
    expect((await sizes(page)).map((s) => s.outer)).toEqual(before);
    await page.close();
  });
});

describe('framing rules', () => {
  test('embed pages may be framed by any site; story pages by none', async () => {
    const embed = await fetch(`${siteUrl}/embed/timeline/`);
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const page of ['/', '/cases/', '/states/pa/']) {
      const response = await fetch(`${siteUrl}${page}`);
      expect(response.headers.get('content-security-policy'), page).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), page).toBe('DENY');
    }
  });

  test('a story page in a frame on another site is refused by the browser', async () => {
    const page = await browser().newPage();
    const problems = watchProblems(page);
    await page.goto(`${host.url}/without-script.html`);
    const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors|Refused to (display|frame)/.test(m.text()) });
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.id = 'story';
      frame.src = `${url}/`;
      document.body.append(frame);
    }, siteUrl);
    await refused;
    const frame = page.frames().find((f) => f.url().startsWith(siteUrl) && new URL(f.url()).pathname === '/');
    const rendered = frame ? await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null) : null;
    expect(rendered).toBeNull();
    expect(problems.consoleErrors.join('\n')).toMatch(/frame-ancestors|Refused to (display|frame)/);
    await page.close();
  });
});
