/** The embed messages: both sides accept exactly the documented shapes and nothing else. */
import { describe, expect, test } from 'vitest';

import { HEIGHT, isHeightMessage, isMeasureMessage, MAX_HEIGHT, MEASURE, VERSION } from '../../src/client/embed-protocol.ts';

const height = { type: HEIGHT, version: VERSION, chart: 'lawsuits-by-state-2020-11-18', height: 612 };

describe('isHeightMessage', () => {
  test('accepts the documented message', () => {
    expect(isHeightMessage(height)).toBe(true);
    expect(isHeightMessage({ ...height, height: MAX_HEIGHT })).toBe(true);
  });

  test.each([
    ['another type', { ...height, type: 'resize' }],
    ['another version', { ...height, version: 2 }],
    ['a chart key with markup', { ...height, chart: '<img src=x>' }],
    ['an empty chart key', { ...height, chart: '' }],
    ['a height of 0', { ...height, height: 0 }],
    ['a negative height', { ...height, height: -5 }],
    ['a height above the maximum', { ...height, height: MAX_HEIGHT + 1 }],
    ['a height that is not a number', { ...height, height: '612' }],
    ['an infinite height', { ...height, height: Infinity }],
    ['a string', JSON.stringify(height)],
    ['null', null],
  ])('refuses %s', (_what, message) => {
    expect(isHeightMessage(message)).toBe(false);
  });
});

describe('isMeasureMessage', () => {
  test('accepts the documented request and refuses others', () => {
    expect(isMeasureMessage({ type: MEASURE, version: VERSION })).toBe(true);
    expect(isMeasureMessage({ type: MEASURE, version: 0 })).toBe(false);
    expect(isMeasureMessage({ type: HEIGHT, version: VERSION })).toBe(false);
    expect(isMeasureMessage(undefined)).toBe(false);
  });
});
