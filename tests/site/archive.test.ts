/** Archived copies: dated Wayback addresses written without the network, or the desk's own copy. */
import { describe, expect, test } from 'vitest';

import { archivedCopy, robustLinkAttributes, waybackAddress, waybackDay } from '../../src/site/archive.ts';

describe('waybackAddress', () => {
  test('puts the day as YYYYMMDD before the original address, query and all', () => {
    expect(waybackAddress('https://www.courtlistener.com/docket/1/?page=2', '2020-11-21')).toBe(
      'https://web.archive.org/web/20201121/https://www.courtlistener.com/docket/1/?page=2',
    );
  });

  test('refuses a day that is not YYYY-MM-DD, rather than writing an address Wayback would misread', () => {
    expect(() => waybackAddress('https://example.org/', '21/11/2020')).toThrow('not a day as YYYY-MM-DD: 21/11/2020');
  });
});

describe('waybackDay', () => {
  test.each([
    ['https://web.archive.org/web/20201121093000/https://example.org/a', '2020-11-21'],
    ['https://web.archive.org/web/20201121/https://example.org/a', '2020-11-21'],
    ['https://web.archive.org/web/20201121000000id_/https://example.org/a', '2020-11-21'],
    ['https://web.archive.org/web/2020/https://example.org/a', undefined],
    ['https://archive.ph/AbCdE', undefined],
  ])('%s was captured on %s', (address, day) => {
    expect(waybackDay(address)).toBe(day);
  });
});

describe('archivedCopy', () => {
  test('derives the snapshot nearest the fact when the desk gave none', () => {
    expect(archivedCopy('https://example.org/a', '2020-12-11')).toEqual({
      url: 'https://web.archive.org/web/20201211/https://example.org/a',
      date: '2020-12-11',
      origin: 'wayback',
    });
  });

  test("prefers the desk's copy, dated by its capture when the address says it, else by the fact", () => {
    expect(archivedCopy('https://example.org/a', '2020-12-11', 'https://web.archive.org/web/20210301000000/https://example.org/a')).toEqual(
      {
        url: 'https://web.archive.org/web/20210301000000/https://example.org/a',
        date: '2021-03-01',
        origin: 'data',
      },
    );
    expect(archivedCopy('https://example.org/a', '2020-12-11', 'https://perma.cc/ABCD-1234').date).toBe('2020-12-11');
  });
});

test('robustLinkAttributes names the original, the copy and its day', () => {
  expect(
    robustLinkAttributes('https://example.org/a', {
      url: 'https://web.archive.org/web/20201211/https://example.org/a',
      date: '2020-12-11',
    }),
  ).toEqual({
    'data-originalurl': 'https://example.org/a',
    'data-versionurl': 'https://web.archive.org/web/20201211/https://example.org/a',
    'data-versiondate': '2020-12-11',
  });
});
