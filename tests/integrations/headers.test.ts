/** The _headers file: framing rules per top-level folder, so their number does not grow with the pages. */
import { describe, expect, test } from 'vitest';

import { headersFile, pageRules } from '../../src/integrations/headers.ts';

const pages = (cases: number) => [
  '/',
  '/404.html',
  '/cases/',
  '/states/',
  '/states/pa/',
  ...Array.from({ length: cases }, (_, i) => `/cases/c${i}/`),
];

describe('the _headers file', () => {
  test('covers top-level pages by their path and the rest by their folder, never an embed page', () => {
    expect(pageRules([...pages(3), '/embed/timeline/', '/embed/timeline/pa/'])).toEqual(['/', '/404.html', '/cases/*', '/states/*']);
  });

  test('has as many rules for 10,000 cases as for 3, well under the 100 Cloudflare Pages reads', () => {
    const rules = (text: string) => text.split('\n').filter((line) => line.startsWith('/')).length;
    expect(rules(headersFile(pages(10_000)))).toBe(rules(headersFile(pages(3))));
    expect(rules(headersFile(pages(10_000)))).toBeLessThan(100);
  });
});
