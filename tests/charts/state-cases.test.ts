import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { stateCases } from '../../src/charts/state-cases.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe("one state's cases", () => {
  const chart = renderChart(stateCases, data, { state: 'MI' });

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('state-cases-mi', chart);
  });

  test('lists every case of the state in filing order, with the day each ended', () => {
    expect(chart.rows.map((r) => [r.id, r.filed_date, r.outcome, r.outcome_date])).toEqual([
      ['mi-costantino-v-detroit', '2020-11-09', 'Lost on appeal', '2020-12-08'],
      ['mi-johnson-v-benson-wdmich', '2020-11-16', 'Withdrawn', '2020-11-18'],
      ['mi-king-v-whitmer', '2020-11-25', 'Lost on appeal', '2021-02-22'],
    ]);
  });

  test('the description walks through each case', () => {
    expect(chart.title).toBe('Michigan: each lawsuit from filing to outcome');
    expect(chart.description).toContain('Timeline of 3 lawsuits in Michigan: 2 lost on appeal and 1 withdrawn.');
    expect(chart.description).toContain('King v. Whitmer: filed 25 November 2020, lost on appeal 22 February 2021.');
  });

  test('shows a symbol per ended case, so the outcome reads without colour', () => {
    const symbols = [...chart.svg.matchAll(/<path fill="var\(--status-([a-z-]+)\)" d="([^"]+)"/g)].map(([, status, d]) => [
      status,
      d!.split('L').length,
    ]);
    // A cross (12 corners) for each appeal lost, a triangle (3) for the suit withdrawn.
    expect(symbols).toEqual([
      ['lost-on-appeal', 12],
      ['withdrawn', 3],
      ['lost-on-appeal', 12],
    ]);
  });
});
