/** The numbers the story's <Count> quotes: every filter the same one the charts use. */
import { describe, expect, test } from 'vitest';

import { mainGrounds } from '../../src/data/case-summary.ts';
import { caseHistories } from '../../src/data/status.ts';
import { countCases, countJudges, countPlaces, countQuery, matchingCases } from '../../src/site/count.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('countCases', () => {
  test('counts every case, or those filed by a day', () => {
    expect(countCases(data, {})).toBe(data.lawsuits.length);
    expect(countCases(data, { asOf: '2020-11-18' })).toBe(7);
  });

  test('"turned down" counts suits a court had ruled against, the ones still on appeal among them', () => {
    // 13 Nov: Costantino is turned down in Detroit, and is still before the appeals court.
    expect(matchingCases(data, { asOf: '2020-11-13', status: 'turned down' }).map((c) => c.id)).toEqual(['mi-costantino-v-detroit']);
    expect(countCases(data, { asOf: '2020-11-13', status: 'open' })).toBe(3);
    expect(countCases(data, { asOf: '2020-11-13', status: 'ended' })).toBe(2);
  });

  test('filters by state, states, plaintiff and claim together', () => {
    expect(countCases(data, { state: 'PA' })).toBe(3);
    expect(countCases(data, { states: ['PA', 'MI'] })).toBe(6);
    expect(countCases(data, { plaintiff: 'trump campaign', status: 'won' })).toBe(1);
    expect(countCases(data, { state: 'PA', claim: 'certification', status: 'lost on appeal' })).toBe(1);
    expect(countCases(data, { state: 'PA', claim: 'ballot curing', status: 'lost on appeal' })).toBe(1);
  });
});

test('"changed a result" counts only wins on claims that asked to stop or undo a certified result', () => {
  // The fixture's one win (the ID-deadline suit) is about ballot curing: it changed no result.
  expect(countCases(data, { status: 'won' })).toBe(1);
  expect(countCases(data, { changedResult: true })).toBe(0);
  const kellyWon = { ...data, rulings: data.rulings.filter((r) => r.case_id !== 'pa-kelly-v-pennsylvania' || r.date === '2020-11-25') };
  expect(matchingCases(kellyWon, { changedResult: true }).map((c) => c.id)).toEqual(['pa-kelly-v-pennsylvania']);
});

test('countPlaces counts states with a case filed by the day', () => {
  expect(countPlaces(data)).toBe(8);
  expect(countPlaces(data, { asOf: '2020-11-18' })).toBe(5);
});

test('countQuery reads props as a writer types them', () => {
  expect(countQuery({ asOf: '2020-11-03', status: 'turned down', states: 'AZ, GA', plaintiff: 'electors', claim: 'other' })).toEqual({
    asOf: '2020-11-03',
    status: 'turned down',
    states: ['AZ', 'GA'],
    plaintiff: 'electors',
    claim: 'other',
  });
  expect(countQuery({ places: true })).toEqual({});
});

test('a ground counts the suits whose main grounds name it, as of a day when given', () => {
  for (const ground of ['no-standing', 'too-late', 'no-evidence'] as const) {
    const expected = caseHistories(data).filter((h) => (mainGrounds(h.rulings) ?? '').split(' ').includes(ground));
    expect(
      matchingCases(data, { ground }).map((c) => c.id),
      ground,
    ).toEqual(expected.map((h) => h.case.id));
  }
  // Before any ruling, no suit had been turned down on any ground.
  expect(countCases(data, { asOf: '2020-11-03', ground: 'no-standing' })).toBe(0);
  expect(countQuery({ ground: 'moot' })).toEqual({ ground: 'moot' });
});

test('countJudges counts each judge who ruled against the selected suits once, dissenters apart', () => {
  const against = (ids: Set<string>) =>
    new Set(
      data.rulings
        .filter((r) => r.favoured === 'defendants' && ids.has(r.case_id))
        .flatMap((r) =>
          (r.judges ?? '').split(' ').filter((j) => data.judges.some((x) => x.id === j) && !(r.dissent ?? '').split(' ').includes(j)),
        ),
    );
  expect(countJudges(data, {})).toBe(against(new Set(data.lawsuits.map((c) => c.id))).size);
  const pa = new Set(data.lawsuits.filter((c) => c.state === 'PA').map((c) => c.id));
  expect(countJudges(data, { state: 'PA' })).toBe(against(pa).size);
  expect(countJudges(data, { state: 'PA' })).toBeGreaterThan(0);
  const trump = countJudges(data, {}, 'trump');
  expect(trump).toBe(
    data.judges.filter((j) => against(new Set(data.lawsuits.map((c) => c.id))).has(j.id) && j.appointed_by === 'Donald Trump').length,
  );
  expect(trump).toBeLessThan(countJudges(data, {}));
});
