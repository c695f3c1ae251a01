/**
 * The <img> embed code, pasted into another site's page: in a phone's column the browser picks
 * the chart's phone drawing, whose smallest text then shows at 11 px or more; wider columns get
 * the wide drawing. Every chart the story and a state page offer.
 */
import { parseHTML } from 'linkedom';
import { expect, inject, test } from 'vitest';

import { useBrowser } from './chromium.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** The <img> code offered under every chart of a page. */
async function imageCodes(pathname: string): Promise<string[]> {
  const page = await browser().newPage();
  await page.goto(siteUrl + pathname);
  const codes = await page.$$eval('textarea[id$="-img"]', (areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
  await page.close();
  // The code names the published site; here the files come from the test build.
  return codes.map((code) => code.replace(/https?:\/\/[^/"]+\//g, `${siteUrl}/`));
}

/** The smallest font size in an SVG file, in its own px, following sizes set on groups. */
function smallestText(svg: string): number {
  const { document } = parseHTML(svg);
  const sizes = [...document.querySelectorAll('text')].map((text) => {
    for (let node: Element | null = text; node; node = node.parentElement) {
      const size = node.getAttribute('font-size');
      if (size) return Number(size);
    }
    return 16;
  });
  return Math.min(...sizes);
}

const cases = ['/', '/states/pa/'];

test.each(cases)('the image code of every chart on %s keeps text at 11 px or more in a 320 px screen', async (pathname) => {
  const codes = await imageCodes(pathname);
  expect(codes.length).toBeGreaterThan(0);
  // Another site's page, with a column as wide as the screen less its margins.
  const hostPage =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title></head>` +
    `<body style="margin:0 8px">${codes.map((c) => `<div class="slot">${c}</div>`).join('')}</body></html>`;
  for (const width of [320, 1280]) {
    const page = await browser().newPage({ viewport: { width, height: 900 } });
    await page.setContent(hostPage, { waitUntil: 'networkidle' });
    await expect.poll(() => page.$$eval('img', (imgs) => imgs.every((i) => i.complete && i.naturalWidth > 0))).toBe(true);
    const shown = await page.$$eval('img', (imgs) => imgs.map((i) => ({ src: i.currentSrc, width: i.getBoundingClientRect().width })));
    for (const { src, width: shownWidth } of shown) {
      const svg = await (await fetch(src)).text();
      const drawnWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
      const smallest = smallestText(svg) * (shownWidth / drawnWidth);
      if (width === 320) {
        expect(src, 'a phone gets the phone drawing').toMatch(/\.narrow\.light\.svg$/);
        expect(smallest, `${src} shown ${Math.round(shownWidth)} px wide`).toBeGreaterThanOrEqual(11);
      } else expect(src).not.toMatch(/\.narrow\./);
      expect(svg).toMatch(/Data updated \d{1,2} [A-Z][a-z]+ \d{4}/);
    }
    await page.close();
  }
});
