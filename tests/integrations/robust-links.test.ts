/** The prose's outside links get Robust Links attributes and an archived copy beside them. */
import { parseHTML } from 'linkedom';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';

import { robustLinks } from '../../src/integrations/robust-links.ts';

const prose =
  'Trump [fired Krebs](https://abc7.com/politics/story/8051157/?ref=a&b=1) and a judge [found the witnesses not credible](/cases/mi-costantino-v-detroit/).';

describe('robustLinks', () => {
  const { html } = markdownToHtml(prose, { hastPlugins: [robustLinks('2026-11-26')] });
  const { document } = parseHTML(`<body>${html}</body>`);
  const links = [...document.querySelectorAll('a')];

  test('marks an outside link with its original, its archived copy and the day it was cited', () => {
    const original = links[0]!;
    expect(original.textContent).toBe('fired Krebs');
    expect(original.getAttribute('data-originalurl')).toBe('https://abc7.com/politics/story/8051157/?ref=a&b=1');
    expect(original.getAttribute('data-versionurl')).toBe(
      'https://web.archive.org/web/20261126/https://abc7.com/politics/story/8051157/?ref=a&b=1',
    );
    expect(original.getAttribute('data-versiondate')).toBe('2026-11-26');
  });

  test('puts an "archived" link right after it, and leaves the site\'s own links alone', () => {
    expect(links.map((a) => a.textContent)).toEqual(['fired Krebs', 'archived', 'found the witnesses not credible']);
    const archived = links[1]!;
    expect(archived.parentElement?.className).toBe('archived');
    expect(archived.parentElement?.textContent).toBe('(archived)');
    expect(archived.getAttribute('href')).toBe('https://web.archive.org/web/20261126/https://abc7.com/politics/story/8051157/?ref=a&b=1');
    expect(archived.getAttribute('data-originalurl')).toBe('https://abc7.com/politics/story/8051157/?ref=a&b=1');
    expect(links[2]!.getAttributeNames()).toEqual(['href']);
    expect(document.querySelector('p')?.textContent).toBe('Trump fired Krebs (archived) and a judge found the witnesses not credible.');
  });
});
