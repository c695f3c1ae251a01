/**
 * A hast plugin for the MDX pages (the story, the methodology's prose), run by Sätteri, Astro's
 * Markdown processor: every outside link in the prose gets the Robust Links attributes and an
 * "archived" link beside it, the same as the sources of cases and rulings
 * (src/components/SourceLink.astro), dated to the story's first publication, when the prose
 * cited the page.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

import { archivedCopy } from '../site/archive.ts';

/** Outside links only: the site's own pages, anchors and mail links have nothing to archive. */
const isOutside = (href: unknown): href is string => typeof href === 'string' && href.startsWith('https://');

/** " (archived)" after a link to `original`, the archived link carrying the original and its day. */
function archivedAfter(original: string, day: string): ElementContent[] {
  const copy = archivedCopy(original, day);
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: copy.url, rel: ['noopener'], dataOriginalurl: original, dataVersiondate: copy.date },
    children: [{ type: 'text', value: 'archived' }],
  };
  return [
    { type: 'text', value: ' ' },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['archived'] },
      children: [{ type: 'text', value: '(' }, link, { type: 'text', value: ')' }],
    },
  ];
}

/** The plugin, for prose cited on `day` (YYYY-MM-DD). */
export function robustLinks(day: string) {
  return defineHastPlugin({
    name: 'robust-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (!isOutside(href)) return;
        const copy = archivedCopy(href, day);
        ctx.setProperty(node, 'dataOriginalurl', href);
        ctx.setProperty(node, 'dataVersionurl', copy.url);
        ctx.setProperty(node, 'dataVersiondate', copy.date);
        ctx.insertAfter(node, archivedAfter(href, day));
      },
    },
  });
}
