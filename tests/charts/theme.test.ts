/** The status colours hold up: distinct, readable on both themes, and not carried by colour alone. */
import { rgb } from 'd3';
import { describe, expect, test } from 'vitest';

import { flattenTheme, patternDefs, STATUS_STYLE, type Theme, THEME_COLORS } from '../../src/charts/theme.ts';
import { STATUS_ORDER } from '../../src/data/status.ts';

function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(['light', 'dark'] as Theme[])('%s theme', (theme) => {
  test.each([...STATUS_ORDER])('%s has at least 3:1 contrast with the background (WCAG 1.4.11)', (status) => {
    expect(contrast(STATUS_STYLE[status][theme], THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(3);
  });

  test('chart text has at least 4.5:1 contrast', () => {
    expect(contrast(THEME_COLORS[theme].text, THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(THEME_COLORS[theme].muted, THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(4.5);
  });
});

test('no two statuses share a texture and a symbol', () => {
  const looks = STATUS_ORDER.map((s) => `${STATUS_STYLE[s].texture}/${STATUS_STYLE[s].symbol}`);
  expect(new Set(looks).size).toBe(STATUS_ORDER.length);
  expect(new Set(STATUS_ORDER.map((s) => STATUS_STYLE[s].symbol)).size).toBe(STATUS_ORDER.length);
});

test('flattening replaces every palette variable with its colour', () => {
  const flat = flattenTheme(patternDefs(), 'dark');
  expect(flat).not.toContain('var(');
  expect(flat).toContain(STATUS_STYLE.won.dark);
});
