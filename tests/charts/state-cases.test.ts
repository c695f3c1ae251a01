import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { stateCases } from '../../src/charts/state-cases.ts';
import { chartData, expectChartSnapshots } from '../helpers/chart-fixture.ts';

const data = chartData();

describe("one state's cases", () => {
  const chart = renderChart(stateCases, data, { state: 'MI' });

  test('matches the committed SVG', async () => {
    await expectChartSnapshots('state-cases-mi', chart);
  });

  test('lists every case of the state in filing order, pending ones included', () => {
    expect(chart.rows.map((r) => [r.id, r.filed_date, r.outcome, r.outcome_date])).toEqual([
      ['mi-costantino-v-detroit', '2020-11-09', 'Lost on appeal', '2020-11-23'],
      ['mi-johnson-v-benson-wdmich', '2020-11-16', 'Pending', ''],
      ['mi-king-v-whitmer', '2020-11-25', 'Denied', '2020-12-07'],
    ]);
  });

  test('the description walks through each case', () => {
    expect(chart.title).toBe('Michigan: each lawsuit from filing to outcome');
    expect(chart.description).toContain('Timeline of 3 lawsuits in Michigan: 1 pending, 1 denied and 1 lost on appeal.');
    expect(chart.description).toContain('King v. Whitmer: filed 25 November 2020, denied 7 December 2020.');
  });

  test('shows a symbol per ended case, so the outcome reads without colour', () => {
    const symbols = [...chart.svg.wide.matchAll(/<path fill="var\(--status-([a-z-]+)\)" d="([^"]+)"/g)].map(([, status, d]) => [
      status,
      d!.split('L').length,
    ]);
    // A cross (12 corners) for the appeal lost in Detroit, a diamond (4) for King's denial.
    expect(symbols).toEqual([
      ['lost-on-appeal', 12],
      ['denied', 4],
    ]);
  });
});
