/**
 * The iframe code without its parent script, as a host that strips scripts would show it: the
 * fixed height the code sets neither cuts the embed page off in a phone's 300 px column nor
 * leaves more than a quarter of the frame blank in a 1000 px one. Every default embed and a
 * sample of the per-state, per-day and per-case versions.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { useBrowser } from './chromium.ts';
import { sampledPages } from './pages-under-test.ts';

const siteUrl = inject('siteUrl');
const embeds = sampledPages(inject('distDir')).filter((p) => p.startsWith('/embed/'));
const browser = useBrowser();
let host: RunningServer;
const hostFile = (pathname: string) => `${pathname.replace(/\W+/g, '-')}.html`;

// Each embed's code in a page of its own on another origin, as on any host site. The files are
// written before the server starts, which lists its folder once.
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'embed-fallback-'));
  for (const pathname of embeds) {
    const code = (await iframeCode(pathname)).replace(/src="[^"]*"/, `src="${siteUrl}${pathname}"`);
    writeFileSync(
      path.join(dir, hostFile(pathname)),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0">${code}</body></html>`,
    );
  }
  host = await serveStatic(dir);
});
afterAll(async () => {
  await host?.close();
});

/** The iframe code an embed page publishes in its oEmbed file, without the script. */
async function iframeCode(pathname: string): Promise<string> {
  const html = await (await fetch(siteUrl + pathname)).text();
  const oembed = /<link[^>]*type="application\/json\+oembed"[^>]*href="([^"]+)"/.exec(html)?.[1];
  expect(oembed, `${pathname} links its oEmbed file`).toBeDefined();
  const body = (await (await fetch(siteUrl + new URL(oembed!).pathname)).json()) as { html: string };
  return body.html.replace(/<script[^>]*><\/script>/, '').trim();
}

test('the sample has every chart', () => {
  expect(new Set(embeds.map((p) => p.split('/')[2])).size).toBeGreaterThanOrEqual(6);
});

test.each(embeds)('%s without the script: neither cut nor over a quarter blank at 300 and 1000 px', async (pathname) => {
  // One host page, its column narrowed and widened, as a reader turns a tablet or a host resizes.
  const page = await browser().newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(`${host.url}/${hostFile(pathname)}`, { waitUntil: 'networkidle' });
  const frameHandle = (await page.$('iframe'))!;
  const frame = (await frameHandle.contentFrame()) as Frame;
  await frame.waitForSelector('[data-embed-root]');
  for (const width of [300, 1000]) {
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(width);
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const outer = await frameHandle.evaluate((el) => el.getBoundingClientRect());
    const inner = await frame.evaluate(() => ({
      content: document.querySelector('[data-embed-root]')!.getBoundingClientRect().height,
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
    }));
    expect(outer.width, 'the frame fills the column').toBeCloseTo(width, 0);
    expect(inner.content, `${pathname} at ${width} px: page cut off`).toBeLessThanOrEqual(outer.height);
    expect(inner.scrolls, `${pathname} at ${width} px: scrolls inside its frame`).toBe(false);
    expect((outer.height - inner.content) / outer.height, `${pathname} at ${width} px: share of the frame blank`).toBeLessThanOrEqual(0.25);
  }
  await page.close();
});
