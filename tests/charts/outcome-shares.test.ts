import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { outcomeShares } from '../../src/charts/outcome-shares.ts';
import { chartData, expectChartSnapshots } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('outcomes as a share of all suits', () => {
  const chart = renderChart(outcomeShares, data);

  test('matches the committed SVG', async () => {
    await expectChartSnapshots('outcome-shares', chart);
  });

  test('one row per outcome that occurs, in status order, shares of all cases', () => {
    expect(chart.rows.map((r) => [r.outcome, r.count, r.share])).toEqual([
      ['Pending', 1, 7.7],
      ['Withdrawn', 1, 7.7],
      ['Dismissed', 1, 7.7],
      ['Denied', 2, 15.4],
      ['Lost on appeal', 7, 53.8],
      ['Won', 1, 7.7],
    ]);
  });

  test('the description and the direct labels state count and share', () => {
    expect(chart.description).toBe(
      'Bar chart of 13 lawsuits by outcome: pending 1 (7.7%), withdrawn 1 (7.7%), dismissed 1 (7.7%), denied 2 (15.4%), lost on appeal 7 (53.8%) and won 1 (7.7%).',
    );
    expect(chart.svg.wide).toContain('>7 · 53.8%</text>');
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
