import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { outcomeShares } from '../../src/charts/outcome-shares.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('outcomes as a share of all suits', () => {
  const chart = renderChart(outcomeShares, data);

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('outcome-shares', chart);
  });

  test('one row per outcome that occurs, in status order, shares of all cases', () => {
    expect(chart.rows.map((r) => [r.outcome, r.count, r.share])).toEqual([
      ['Lost on appeal', 9, 69],
      ['Denied', 1, 8],
      ['Withdrawn', 2, 15],
      ['Won', 1, 8],
    ]);
  });

  test('the description and the direct labels state count and share', () => {
    expect(chart.description).toBe(
      'Bar chart of 13 lawsuits by outcome: lost on appeal 9 (69%), denied 1 (8%), withdrawn 2 (15%) and won 1 (8%).',
    );
    // Each outcome named on its own line, its count and share past the bar's end.
    expect(chart.svg).toContain('>Lost on appeal</text>');
    expect(chart.svg).toContain('>9 · 69%</text>');
  });

  test('can be limited to one state', () => {
    const pa = renderChart(outcomeShares, data, { state: 'PA' });
    expect(pa.title).toBe('How the lawsuits in Pennsylvania ended, as a share of all');
    expect(pa.rows.map((r) => [r.outcome, r.count])).toEqual([
      ['Lost on appeal', 2],
      ['Won', 1],
    ]);
  });
});
