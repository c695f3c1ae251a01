/** The Atom feed of rulings and updates: newest first, stable ids, data text escaped. */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

import { rulingsFeed } from '../../src/site/feed.ts';
import { createSite } from '../../src/site/site.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();
const publications = [
  { date: '2026-11-26', fingerprint: `sha256-${'0'.repeat(64)}`, changes: ['First publication.'], totals: { cases: 13, rulings: 30 } },
  {
    date: '2026-12-01',
    fingerprint: `sha256-${'1'.repeat(64)}`,
    changes: ['Ruling added.'],
    note: 'An earlier version showed <b>one</b> win.',
    totals: { cases: 13, rulings: 31 },
  },
];
const site = createSite(data, { lastChanged: '2026-12-01', publications });
const xml = rulingsFeed(site, new URL('https://example.org/'));
const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ''));
const entries = Array.from(document.querySelectorAll('entry'));

describe('the rulings feed', () => {
  test('has an entry per ruling and per publication, newest first', () => {
    expect(entries).toHaveLength(data.rulings.length + publications.length);
    const dates = entries.map((e) => e.querySelector('updated')!.textContent!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(entries[0]!.querySelector('title')!.textContent).toContain('Data updated on 1 December 2026, with a correction');
  });

  test('gives each ruling a stable id that links to its anchor on the case page', () => {
    const ids = entries.map((e) => e.querySelector('id')!.textContent!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(
      'https://example.org/cases/mi-costantino-v-detroit/#ruling-2020-11-16-michigan-court-of-appeals-leave-denied-defendants',
    );
  });

  test('is the same for the same data', () => {
    expect(rulingsFeed(createSite(data, { lastChanged: '2026-12-01', publications }), new URL('https://example.org/'))).toBe(xml);
  });

  test("escapes the desk's note, since feed readers take the summary as HTML", () => {
    expect(xml).toContain('An earlier version showed &lt;b&gt;one&lt;/b&gt; win.');
    expect(xml).not.toContain('<b>one</b>');
  });
});
