/**
 * Every share card the built site names as a page's og:image fills its 1200×630: at most 30% of
 * its pixel rows, and of its columns, are background only.
 */
import { readFileSync } from 'node:fs';

import { expect, inject, test } from 'vitest';

import { blankShare } from '../helpers/blank.ts';
import { builtPages, pageFile } from './built-pages.ts';
import { useBrowser } from './chromium.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const browser = useBrowser();

/** The og:image of every built page, once each, as a path on the site. */
const images = [
  ...new Set(
    builtPages(distDir).flatMap((p) => {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(pageFile(distDir, p), 'utf8'))?.[1];
      return image ? [new URL(image).pathname] : [];
    }),
  ),
].sort();
/** The cards among them; a day's embed page shares that day's chart image instead (see shareImage). */
const cards = images.filter((p) => p.startsWith('/share/'));

test('every kind of page has its card: the story, states, cases and chart versions', () => {
  expect(cards).toContain('/share/story.png');
  expect(images.filter((p) => !p.startsWith('/share/')).every((p) => /^\/charts\/[a-z-]+-\d{4}-\d{2}-\d{2}\.png$/.test(p))).toBe(true);
  for (const kind of ['states', 'cases', 'charts'])
    expect(
      cards.some((c) => c.startsWith(`/share/${kind}/`)),
      kind,
    ).toBe(true);
});

test('no card is more than 30% blank rows or columns', async () => {
  const page = await browser().newPage();
  await page.goto(`${siteUrl}/`);
  const measured = await page.evaluate(
    async ({ paths, measure }) => {
      // The helper's own source, so page and Node measure alike.
      const blank = new Function(`return ${measure}`)() as (
        rgba: ArrayLike<number>,
        w: number,
        h: number,
      ) => { rows: number; columns: number };
      const results: { path: string; width: number; height: number; rows: number; columns: number }[] = [];
      for (const path of paths) {
        const image = new Image();
        image.src = path;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        results.push({ path, width: canvas.width, height: canvas.height, ...blank(data, canvas.width, canvas.height) });
      }
      return results;
    },
    { paths: cards, measure: blankShare.toString() },
  );
  expect(measured).toHaveLength(cards.length);
  const tooEmpty = measured
    .filter((m) => m.width !== 1200 || m.height !== 630 || m.rows > 0.3 || m.columns > 0.3)
    .map((m) => `${m.path}: ${m.width}×${m.height}, ${Math.round(m.rows * 100)}% rows and ${Math.round(m.columns * 100)}% columns blank`);
  expect(tooEmpty).toEqual([]);
  await page.close();
});
