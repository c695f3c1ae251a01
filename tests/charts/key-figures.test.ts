/** The numbers in a chart's header, and what a scroll step says changed, follow the data. */
import { describe, expect, test } from 'vitest';

import { changeSince, dateLine, keyFigures } from '../../src/charts/key-figures.ts';
import { formatShort } from '../../src/data/dates.ts';
import type { Dataset } from '../../src/data/files.ts';
import { caseHistories, finalStatus, statusOn } from '../../src/data/status.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();

/** The fixture with one case made unconfirmed: its ending marked so and its rulings gone. */
function withUnconfirmed(id: string): Dataset {
  return {
    ...data,
    lawsuits: data.lawsuits.map((c) => (c.id === id ? { ...c, ended: 'not confirmed' as const } : c)),
    rulings: data.rulings.filter((r) => r.case_id !== id),
  };
}

describe('an unconfirmed case', () => {
  test('reads "not confirmed" from its filing on, never "no ruling yet"', () => {
    const unconfirmed = withUnconfirmed('wi-trump-v-biden');
    const history = caseHistories(unconfirmed).find((h) => h.case.id === 'wi-trump-v-biden')!;
    expect(statusOn(history, '2020-11-01')).toBe('not filed');
    expect(statusOn(history, history.knownFrom)).toBe('not confirmed');
    expect(statusOn(history, '2021-03-31')).toBe('not confirmed');
    expect(finalStatus(history)).toBe('not confirmed');
  });

  test('with rulings on record, keeps the standing they give', () => {
    const marked = {
      ...data,
      lawsuits: data.lawsuits.map((c) => (c.id === 'wi-trump-v-biden' ? { ...c, ended: 'not confirmed' as const } : c)),
    };
    const history = caseHistories(marked).find((h) => h.case.id === 'wi-trump-v-biden')!;
    expect(finalStatus(history)).toBe('lost so far');
  });
});

describe('key figures', () => {
  test('of the final outcomes: count, turned down, withdrawn, won, and no state flipped', () => {
    expect(keyFigures(data, {})).toEqual(['13 lawsuits', '10 turned down', '2 withdrawn', '1 won', 'States flipped: none']);
  });

  test('name the unconfirmed, and add up to every case', () => {
    const figures = keyFigures(withUnconfirmed('wi-trump-v-biden'), {});
    expect(figures).toContain('1 outcome not confirmed');
    const parts = figures.slice(1, -1).map((f) => Number(f.split(' ')[0]));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(13);
  });

  test('count a win that asked to undo a certification as a changed result', () => {
    // Kelly v. Pennsylvania (a certification claim), as if its injunction had been the last word.
    const won = { ...data, rulings: data.rulings.filter((r) => r.case_id !== 'pa-kelly-v-pennsylvania' || r.date === '2020-11-25') };
    expect(keyFigures(won, {})).toContain('States flipped: 1');
    // A win on any other claim (the ID-deadline suit) changes none.
    expect(keyFigures(data, {}).at(-1)).toBe('States flipped: none');
  });

  test('of one day: what had been filed, and the open statuses instead of results', () => {
    const figures = keyFigures(data, { asOf: '2020-11-18' });
    expect(figures[0]).toBe('7 lawsuits filed');
    expect(figures).toContain('1 won');
    expect(figures.some((f) => f.startsWith('States flipped'))).toBe(false);
  });

  test('of one state count only its cases', () => {
    expect(keyFigures(data, { state: 'PA' })[0]).toBe('3 lawsuits');
  });

  test('carry the date of the data', () => {
    expect(dateLine('2026-12-01')).toBe('Data updated 1 December 2026');
    expect(dateLine(undefined)).toBe('');
  });
});

describe('what changed since a step', () => {
  test('names only the counts that moved', () => {
    expect(changeSince(data, '2020-11-18', '2020-12-14', formatShort)).toMatch(/^Since 18 Nov: \d+ more filed, \d+ more turned down\.$/);
  });

  test('says so when nothing moved', () => {
    expect(changeSince(data, '2020-11-01', '2020-11-02', formatShort)).toBe('Since 1 Nov: no change.');
  });
});
