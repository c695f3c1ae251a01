/**
 * The files that travel without the page: share cards fill their 1200×630 and carry their key
 * and the data's date; chart images carry theirs too, in a wide and a phone layout.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';

import { statusLabel } from '../../src/charts/theme.ts';
import { statusTally } from '../../src/data/tallies.ts';
import { standaloneSize, standaloneSvg } from '../../src/site/chart-files.ts';
import { CHART_KICKER } from '../../src/site/config.ts';
import { caseCardSvg, chartCardSvg, stateCardSvg } from '../../src/site/share-cards.ts';
import { createSite } from '../../src/site/site.ts';
import { FONT_FILES } from '../../src/site/text-layout.ts';
import { blankShare } from '../helpers/blank.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const site = createSite(chartData(), { lastChanged: '2026-12-01', publications: [] });

function blank(svg: string) {
  const image = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
  expect([image.width, image.height]).toEqual([1200, 630]);
  return blankShare(image.pixels, image.width, image.height);
}

describe('share cards', () => {
  const list: [string, string][] = [
    ['the story', chartCardSvg('How the lawsuits ended', site.publishedChart('lawsuits-by-state').chart, statusTally(site.data))],
    [
      'a day',
      chartCardSvg(
        'One day',
        site.publishedChart('lawsuits-by-state', { asOf: '2020-11-18' }).chart,
        statusTally(site.data, { asOf: '2020-11-18' }),
      ),
    ],
    ['the timeline', chartCardSvg('Timeline', site.publishedChart('timeline').chart, statusTally(site.data))],
    ...site.statesWithCases.map((code): [string, string] => [
      `state ${code}`,
      stateCardSvg(
        `How the lawsuits in ${site.stateName(code)} ended`,
        site.publishedChart('outcome-shares', { state: code }).chart,
        site.cases().filter((c) => c.case.state === code),
      ),
    ]),
    ...site.cases().map((c): [string, string] => [`case ${c.case.id}`, caseCardSvg(c, '2026-12-01')]),
  ];
  const cards = list.map(([name, svg]) => ({ name, svg }));

  test.each(cards)('$name is at most 30% blank rows and 30% blank columns', ({ svg }) => {
    const { rows, columns } = blank(svg);
    expect(rows).toBeLessThanOrEqual(0.3);
    expect(columns).toBeLessThanOrEqual(0.3);
  });

  test.each(cards)('$name carries the data date', ({ svg }) => {
    expect(svg).toContain('Data updated 1 December 2026');
  });

  test('a chart card carries its key', () => {
    const { svg } = cards[0]!;
    for (const status of site.publishedChart('lawsuits-by-state').chart.statuses) expect(svg).toContain(`>${statusLabel(status)}</text>`);
  });
});

describe('chart images', () => {
  const chart = site.publishedChart('lawsuits-by-state').chart;

  test.each(['wide', 'narrow'] as const)('the %s image carries title, key figures, key, date and source', (layout) => {
    const svg = standaloneSvg(chart, 'light', layout);
    expect(svg).toContain(`width="${standaloneSize(chart, layout).width}"`);
    // No-break spaces hold each key figure together; a reader sees them as spaces.
    const shown = svg.replaceAll('\u00a0', ' ');
    for (const text of [CHART_KICKER, 'Lawsuits by state', 'turned down', 'Lost on appeal', 'Data updated 1 December 2026', 'Source:'])
      expect(shown).toContain(text);
    // A line breaks only between figures: none starts with a separator or splits a figure from its words.
    const lines = [...shown.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines.filter((line) => line.startsWith('·'))).toEqual([]);
    for (const figure of chart.keyFigures)
      expect(
        lines.some((line) => line.includes(figure)),
        figure,
      ).toBe(true);
    expect(svg).not.toContain('var(');
  });

  test('the narrow image is the phone layout: 320 px wide, its smallest text 12 px', () => {
    const svg = standaloneSvg(chart, 'light', 'narrow');
    expect(standaloneSize(chart, 'narrow').width).toBe(320);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});
