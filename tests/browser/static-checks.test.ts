/**
 * Checks of the built files themselves: valid HTML, links and anchors that resolve, text
 * alternatives, the JavaScript budget, and a content security policy every page satisfies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';

import { pageFile } from './built-pages.ts';
import { sampledPages } from './pages-under-test.ts';

const dist = inject('distDir');
const pages = sampledPages(dist);
const fileOf = (pathname: string) => pageFile(dist, pathname);
const documents = new Map(pages.map((p) => [p, parseHTML(readFileSync(fileOf(p), 'utf8')).document]));
const html = (p: string) => readFileSync(fileOf(p), 'utf8');
const isEmbed = (p: string) => p.startsWith('/embed/');
/** Script elements that hold data (a JSON island, JSON-LD): browsers never run them, so no budget or CSP applies. */
const isDataBlock = (type: string | null) => type === 'application/json' || type === 'application/ld+json';

/** Story pages may ship at most this much JavaScript, gzipped; embeds much less. */
const JS_BUDGET_BYTES = { story: 9 * 1024, embed: 3 * 1024 };
/** The story's whole HTML, its inline charts included, gzipped: a phone's first download. */
const STORY_HTML_BUDGET_BYTES = 45 * 1024;

describe('HTML', () => {
  test.each(pages)('%s ends with </html>, nothing after it', (pathname) => {
    expect(html(pathname).trimEnd()).toMatch(/<\/html>$/);
  });

  // The sourcing standard: a reference work may support a fact but is never the voice of a page.
  test.each(pages)('%s never leans on Wikipedia in its prose', (pathname) => {
    const text = documents.get(pathname)!.body.textContent ?? '';
    expect(text).not.toMatch(/wikipedia says|according to wikipedia|copied it from wikipedia/i);
  });

  const validator = new HtmlValidate(new FileSystemConfigLoader());
  test.each(pages)('%s is valid', async (pathname) => {
    const report = await validator.validateString(html(pathname), fileOf(pathname));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  const targetOf = (href: string, from: string) => new URL(href, `http://site${from}`);
  test.each(pages)('every internal link and anchor of %s resolves', (pathname) => {
    const document = documents.get(pathname)!;
    const broken: string[] = [];
    const references = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
      ...[...document.querySelectorAll('img[src], script[src], iframe[src], source[srcset]')].map(
        (e) => e.getAttribute('src') ?? e.getAttribute('srcset')!,
      ),
    ];
    for (const href of references) {
      const url = targetOf(href, pathname);
      if (url.host !== 'site') continue;
      const target = url.pathname;
      const file = fileOf(target);
      if (!existsSync(file)) {
        broken.push(`${href} (no ${path.relative(dist, file)})`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const doc = documents.get(target) ?? parseHTML(readFileSync(file, 'utf8')).document;
        const id = decodeURIComponent(url.hash.slice(1));
        if (id !== 'main' && !doc.getElementById(id)) broken.push(`${href} (no #${id})`);
        if (id === 'main' && !doc.querySelector('main#main')) broken.push(`${href} (no main#main)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('absolute links to our own site use the configured address and resolve too', () => {
    const site = 'https://lawsuits2020.example.org';
    const missing = new Set<string>();
    for (const [pathname, document] of documents) {
      for (const el of document.querySelectorAll(
        'link[rel="canonical"], link[type="application/json+oembed"], meta[property="og:image"]',
      )) {
        const value = el.getAttribute('href') ?? el.getAttribute('content')!;
        if (!value.startsWith(site)) missing.add(`${pathname}: ${value}`);
        const target = new URL(value).pathname;
        if (!existsSync(fileOf(target))) missing.add(`${pathname}: ${value}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('text alternatives', () => {
  test.each(pages)('%s: every image has alt text and every chart an accessible name and description', (pathname) => {
    const document = documents.get(pathname)!;
    expect([...document.querySelectorAll('img:not([alt])')].map((i) => i.getAttribute('src'))).toEqual([]);
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      const title = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
      const desc = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
      expect(title?.textContent?.length ?? 0).toBeGreaterThan(10);
      expect(desc?.textContent?.length ?? 0).toBeGreaterThan(20);
    }
    // Every other svg is decoration: a key's swatch, or a frame inside a chart's hidden drawing.
    for (const svg of document.querySelectorAll('svg:not([role="img"])')) expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});

test(`the story's HTML is at most ${STORY_HTML_BUDGET_BYTES / 1024} KB, gzipped`, () => {
  expect(gzipSync(html('/')).length).toBeLessThanOrEqual(STORY_HTML_BUDGET_BYTES);
});

describe('JavaScript budget', () => {
  const jsBytes = (pathname: string) => {
    const document = documents.get(pathname)!;
    let source = '';
    for (const script of document.querySelectorAll('script')) {
      if (isDataBlock(script.getAttribute('type'))) continue;
      const src = script.getAttribute('src');
      source += src ? readFileSync(path.join(dist, src), 'utf8') : script.textContent;
    }
    return gzipSync(source).length;
  };

  test.each(pages.filter((p) => !isEmbed(p)))(`%s ships at most ${JS_BUDGET_BYTES.story / 1024} KB of JavaScript, gzipped`, (pathname) => {
    expect(jsBytes(pathname)).toBeLessThanOrEqual(JS_BUDGET_BYTES.story);
  });

  test.each(pages.filter(isEmbed).slice(0, 10))(
    `%s ships at most ${JS_BUDGET_BYTES.embed / 1024} KB of JavaScript, gzipped`,
    (pathname) => {
      expect(jsBytes(pathname)).toBeLessThanOrEqual(JS_BUDGET_BYTES.embed);
    },
  );

  test('no page loads a render-blocking script', () => {
    for (const [pathname, document] of documents) {
      for (const script of document.querySelectorAll('head script[src]')) {
        expect(`${pathname} ${script.getAttribute('type')}`).toBe(`${pathname} module`);
      }
    }
  });
});

describe('content security policy', () => {
  test.each(pages)('%s has a CSP without unsafe-inline scripts that allows each of its inline scripts', (pathname) => {
    const document = documents.get(pathname)!;
    const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^\s*script-src 'self'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    for (const script of document.querySelectorAll('script:not([src])')) {
      if (isDataBlock(script.getAttribute('type'))) continue;
      const hash = `'sha256-${createHash('sha256')
        .update(script.textContent ?? '')
        .digest('base64')}'`;
      expect(scriptSrc, `inline script of ${pathname} is not in its CSP`).toContain(hash);
    }
    // style-src has no unsafe-inline either, so no element may carry a style attribute.
    expect([...document.querySelectorAll('[style]')].map((e) => e.tagName)).toEqual([]);
  });
});
