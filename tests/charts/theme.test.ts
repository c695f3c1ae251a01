/**
 * The status colours hold up for every reader, in both themes: apart from each other for normal
 * vision and the three simulated colour-vision deficiencies, clear of the background, and not
 * carried by colour alone.
 */
import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  oklch,
  parse,
  wcagContrast,
} from 'culori';
import { describe, expect, test } from 'vitest';

import { flattenTheme, PARTY_STYLE, patternDefs, STATUS_STYLE, swatchMarkup, type Theme, THEME_COLORS } from '../../src/charts/theme.ts';
import { STATUS_ORDER } from '../../src/data/status.ts';

const THEMES: Theme[] = ['light', 'dark'];
const VISION: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();
const color = (hex: string) => {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
};

const pairs = STATUS_ORDER.flatMap((a, i) => STATUS_ORDER.slice(i + 1).map((b) => [a, b] as const));

describe.each(THEMES)('%s theme', (theme) => {
  test.each(Object.keys(VISION))('every pair of status fills is at least 8 ΔE2000 apart (%s)', (vision) => {
    const simulate = VISION[vision]!;
    const tooClose = pairs
      .map(([a, b]) => ({
        pair: `${a} / ${b}`,
        delta: deltaE(simulate(color(STATUS_STYLE[a][theme])), simulate(color(STATUS_STYLE[b][theme]))),
      }))
      .filter((p) => p.delta < 8)
      .map((p) => `${p.pair}: ${p.delta.toFixed(1)}`);
    expect(tooClose).toEqual([]);
  });

  test.each([...STATUS_ORDER])('%s stands clear of the background: its edge has at least 3:1 contrast (WCAG 1.4.11)', (status) => {
    const { edge, texture } = STATUS_STYLE[status];
    expect(wcagContrast(edge[theme], THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(3);
    // A solid mark has no outline, so its fill is its edge.
    if (texture === 'solid') expect(edge[theme]).toBe(STATUS_STYLE[status][theme]);
  });

  test.each(Object.keys(VISION))('the party colours of the judges chart are at least 15 ΔE2000 apart (%s)', (vision) => {
    const simulate = VISION[vision]!;
    const sides = Object.entries(PARTY_STYLE);
    const tooClose = sides
      .flatMap(([a, ca], i) =>
        sides
          .slice(i + 1)
          .map(([b, cb]) => ({ pair: `${a} / ${b}`, delta: deltaE(simulate(color(ca[theme])), simulate(color(cb[theme]))) })),
      )
      .filter((p) => p.delta < 15)
      .map((p) => `${p.pair}: ${p.delta.toFixed(1)}`);
    expect(tooClose).toEqual([]);
  });

  test('each party colour stands clear of the background (3:1, WCAG 1.4.11)', () => {
    for (const colours of Object.values(PARTY_STYLE))
      expect(wcagContrast(colours[theme], THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(3);
  });

  test('chart text has at least 4.5:1 contrast', () => {
    expect(wcagContrast(THEME_COLORS[theme].text, THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(THEME_COLORS[theme].muted, THEME_COLORS[theme].background)).toBeGreaterThanOrEqual(4.5);
  });
});

test('the turned-down statuses are one hue family, the wins another, the dropped a neutral', () => {
  // Families by OKLCH hue; a neutral has next to no chroma (a hint of the page's cool grey at most).
  const hue = (hex: string) => {
    const { c, h = 0 } = oklch(color(hex))!;
    if (c < 0.02) return 'neutral';
    if (h >= 230 && h <= 275) return 'blue';
    if (h >= 40 && h <= 80) return 'orange';
    return `hue ${Math.round(h)}`;
  };
  for (const theme of THEMES) {
    const of = (statuses: readonly (keyof typeof STATUS_STYLE)[]) => statuses.map((s) => hue(STATUS_STYLE[s][theme]));
    expect(of(['lost on appeal', 'dismissed', 'denied', 'lost so far']), theme).toEqual(['blue', 'blue', 'blue', 'blue']);
    expect(of(['won', 'won so far']), theme).toEqual(['orange', 'orange']);
    expect(of(['withdrawn', 'awaiting ruling', 'not confirmed']), theme).toEqual(['neutral', 'neutral', 'neutral']);
  }
});

test('no two statuses share a texture and a symbol', () => {
  const looks = STATUS_ORDER.map((s) => `${STATUS_STYLE[s].texture}/${STATUS_STYLE[s].symbol}`);
  expect(new Set(looks).size).toBe(STATUS_ORDER.length);
  expect(new Set(STATUS_ORDER.map((s) => STATUS_STYLE[s].symbol)).size).toBe(STATUS_ORDER.length);
});

test('statuses whose fills are light tints are outlined, and the unconfirmed one is dashed', () => {
  for (const status of STATUS_ORDER) {
    const swatch = swatchMarkup(status, 12);
    if (STATUS_STYLE[status].texture === 'solid') expect(swatch, status).toContain('stroke="var(--chart-text)"');
    else expect(swatch, status).toContain(`stroke="var(--status-${STATUS_STYLE[status].slug}-edge)"`);
  }
  expect(swatchMarkup('not confirmed', 12)).toContain('stroke-dasharray');
});

test('flattening replaces every palette variable with its colour', () => {
  const flat = flattenTheme(patternDefs() + STATUS_ORDER.map((s) => swatchMarkup(s, 12)).join(''), 'dark');
  expect(flat).not.toContain('var(');
  expect(flat).toContain(STATUS_STYLE.won.dark);
  expect(flat).toContain(STATUS_STYLE['lost so far'].edge.dark);
});
