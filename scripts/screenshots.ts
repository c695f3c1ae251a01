/**
 * Screenshots of the built site for looking at, not for tests: each page at a phone, a tablet
 * and a desktop width, in the light and the dark theme, written to .screenshots/ (git-ignored).
 *
 *   npm run screenshots                  every page below, at 375, 768 and 1280 px
 *   npm run screenshots -- --width 320   other widths (repeat the flag)
 *   npm run screenshots -- --page /cases/pa-kelly-v-pennsylvania/   other pages
 *
 * It serves dist/ as it is, so run `npm run build` first.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, '.screenshots');
const PAGES = [
  '/',
  '/cases/',
  '/cases/pa-kelly-v-pennsylvania/',
  '/states/pa/',
  '/methodology/',
  '/updates/',
  '/embed/lawsuits-by-state/',
  '/embed/timeline/',
];
const WIDTHS = [375, 768, 1280];
const THEMES = ['light', 'dark'] as const;

const { values } = parseArgs({
  options: { width: { type: 'string', multiple: true }, page: { type: 'string', multiple: true } },
});
const widths = values.width?.map(Number) ?? WIDTHS;
const pages = values.page ?? PAGES;
if (widths.some((w) => !Number.isInteger(w) || w < 200)) throw new Error('--width takes a whole number of pixels, 200 or more');
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ has no built site; run `npm run build` first.');
  process.exit(1);
}

const fileName = (page: string, width: number, theme: string) =>
  `${page.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'story'}-${width}-${theme}.png`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serveStatic(DIST);
const browser = await launchChromium();
let count = 0;
try {
  for (const theme of THEMES) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const address of pages) {
        await page.goto(new URL(address, server.url).toString(), { waitUntil: 'networkidle' });
        await page.screenshot({ path: path.join(OUT, fileName(address, width, theme)), fullPage: true });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote ${count} screenshots to ${path.relative(process.cwd(), OUT) || OUT}/.`);
