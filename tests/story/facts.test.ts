import { describe, expect, test } from 'vitest';

import { checkFact, factValue } from '../../src/story/facts.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('stated facts', () => {
  test('each kind of fact is computed from the data', () => {
    expect(factValue(data, 'count', { state: 'GA' })).toBe('2');
    expect(factValue(data, 'cases', { state: 'GA' })).toBe('ga-pearson-v-kemp, ga-wood-v-raffensperger-ndga');
    expect(factValue(data, 'lastFiled', {})).toBe('2020-12-27');
    expect(factValue(data, 'firstFiled', { state: 'PA' })).toBe('2020-11-04');
    expect(factValue(data, 'mostCases', {})).toBe('MI, PA');
    expect(factValue(data, 'inStates', { asOf: '2020-11-13' })).toBe('AZ, GA, MI, PA');
    expect(factValue(data, 'on', {}, 'krebs-fired')).toBe('2020-11-17');
  });

  test('a fact that holds passes, in any order of ids', () => {
    expect(checkFact(data, 'cases', 'ga-wood-v-raffensperger-ndga,ga-pearson-v-kemp', { state: 'GA' })).toBeUndefined();
    expect(checkFact(data, 'count', ' 2 ', { state: 'GA' })).toBeUndefined();
  });

  test('a fact the data no longer supports gives the stated and the actual value', () => {
    expect(checkFact(data, 'count', '3', { state: 'GA' })).toEqual({ assertion: 'count', stated: '3', actual: '2' });
    expect(checkFact(data, 'on', '2020-11-18', {}, 'krebs-fired')).toEqual({ assertion: 'on', stated: '2020-11-18', actual: '2020-11-17' });
    expect(checkFact(data, 'on', '2020-11-17', {}, 'no-such-event')?.actual).toBe('(no such event)');
  });
});
