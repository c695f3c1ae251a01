import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { plaintiffs } from '../../src/charts/plaintiffs.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('who filed and how they fared', () => {
  const chart = renderChart(plaintiffs, data);

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('plaintiffs', chart);
  });

  test('one row per plaintiff type, most suits first', () => {
    expect(chart.rows.map((r) => [r.plaintiffs, r.total, r.won])).toEqual(
      [
        ['Trump campaign', 4, 1],
        ['Elector nominees', 3, 0],
        ['Members of Congress', 2, 0],
        ['Allied voters and groups', 3, 0],
        ['State attorney general', 1, 0],
      ].sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
  });

  test('the description gives each group and its outcomes', () => {
    expect(chart.description).toContain('Trump campaign 4 (2 lost on appeal, 1 withdrawn and 1 won)');
    expect(chart.description).toContain('Allied voters and groups 3 (2 lost on appeal and 1 withdrawn)');
  });
});
