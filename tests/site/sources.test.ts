/** Sources as readers see them: named by publisher and kind, court records first. */
import { describe, expect, test } from 'vitest';

import type { Publisher } from '../../src/data/schema.ts';
import { sourceLabel, sourceNamer } from '../../src/site/sources.ts';

const publishers: Publisher[] = [
  { domain: 'justia.com', name: 'Justia', kind: 'court record copy' },
  { domain: 'uscourts.gov', name: 'U.S. Courts', kind: 'court record' },
  { domain: 'detroitnews.com', name: 'The Detroit News', kind: 'news' },
  { domain: 'democracydocket.com', name: 'Democracy Docket', kind: 'case tracker' },
  { domain: 'wikipedia.org', name: 'Wikipedia', kind: 'reference work' },
];

describe('sourceLabel', () => {
  test.each([
    ['court record', 'U.S. Courts', 'Court record (U.S. Courts)'],
    ['court record copy', 'Justia', 'Court record (copy on Justia)'],
    ['news', 'The Detroit News', 'The Detroit News'],
    ['case tracker', 'Democracy Docket', 'Democracy Docket (case tracker)'],
    ['reference work', 'Wikipedia', 'Wikipedia (reference work)'],
  ] as const)('a %s by %s reads "%s"', (kind, name, label) => {
    expect(sourceLabel({ kind, name })).toBe(label);
  });
});

describe('sourceNamer', () => {
  const name = sourceNamer(publishers, '2026-11-26');

  test('puts court records first, then copies, news, trackers and reference works, whatever the order in the row', () => {
    const views = name([
      'https://en.wikipedia.org/wiki/X',
      'https://www.detroitnews.com/story/1',
      'https://law.justia.com/cases/1',
      'https://www.democracydocket.com/cases/1',
      'https://www.uscourts.gov/opinion',
    ]);
    expect(views.map((v) => v.kind)).toEqual(['court record', 'court record copy', 'news', 'case tracker', 'reference work']);
  });

  test('finds a subdomain under its registered parent and keeps the address as given', () => {
    const [view] = name(['https://law.justia.com/cases/federal/1.html']);
    expect(view).toMatchObject({
      url: 'https://law.justia.com/cases/federal/1.html',
      publisher: 'Justia',
      kind: 'court record copy',
      label: 'Court record (copy on Justia)',
    });
  });

  test('skips empty source cells and keeps the row order within a kind', () => {
    const views = name([undefined, 'https://www.detroitnews.com/b', 'https://detroitnews.com/a']);
    expect(views.map((v) => v.url)).toEqual(['https://www.detroitnews.com/b', 'https://detroitnews.com/a']);
  });

  test("archives each source as of the fact's day, or of the first publication when the fact has none", () => {
    const [dated] = name(['https://www.detroitnews.com/a'], { day: '2020-11-16' });
    expect(dated!.archive).toEqual({
      url: 'https://web.archive.org/web/20201116/https://www.detroitnews.com/a',
      date: '2020-11-16',
      origin: 'wayback',
    });
    const [undated] = name(['https://www.detroitnews.com/a']);
    expect(undated!.archive.url).toBe('https://web.archive.org/web/20261126/https://www.detroitnews.com/a');
  });

  test("takes the desk's archived copy of the source at the same position, whatever the sorting", () => {
    const views = name(['https://www.detroitnews.com/a', 'https://law.justia.com/b'], {
      day: '2020-11-16',
      archives: [undefined, 'https://web.archive.org/web/20210105120000/https://law.justia.com/b'],
    });
    expect(views.map((v) => [v.url, v.archive.url, v.archive.date, v.archive.origin])).toEqual([
      ['https://law.justia.com/b', 'https://web.archive.org/web/20210105120000/https://law.justia.com/b', '2021-01-05', 'data'],
      ['https://www.detroitnews.com/a', 'https://web.archive.org/web/20201116/https://www.detroitnews.com/a', '2020-11-16', 'wayback'],
    ]);
  });

  test('throws on a site validation should have refused, naming the address', () => {
    expect(() => name(['https://unknown.example/x'])).toThrow('no publisher in publishers.csv for https://unknown.example/x');
  });
});
