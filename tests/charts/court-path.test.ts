import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { courtPath } from '../../src/charts/court-path.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe("one case's path through the courts", () => {
  const chart = renderChart(courtPath, data, { caseId: 'mi-costantino-v-detroit' });

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('court-path-mi-costantino-v-detroit', chart);
  });

  test('numbers the rulings in the order they came, whatever court made them', () => {
    expect(chart.rows.map((r) => [r.n, r.date, r.level, r.favoured])).toEqual([
      [1, '2020-11-13', 'State trial court', 'defendants'],
      [2, '2020-11-16', 'State appeals court', 'defendants'],
      [3, '2020-11-23', 'State supreme court', 'defendants'],
      [4, '2020-12-08', 'State trial court', 'defendants'],
    ]);
  });

  test('the description lists every ruling, so the chart reads without sight', () => {
    expect(chart.title).toBe('Costantino v. City of Detroit: its rulings, court by court');
    expect(chart.description).toContain('Timeline of 4 rulings in Costantino v. City of Detroit, from 13 November 2020 to 8 December 2020');
    expect(chart.description).toContain('3. 23 November 2020, Michigan Supreme Court: leave denied, against the plaintiffs.');
  });

  test('keys only the sides its rulings went for', () => {
    expect(chart.sides).toEqual(['defendants']);
    expect(renderChart(courtPath, data, { caseId: 'pa-kelly-v-pennsylvania' }).sides).toEqual(['plaintiffs', 'defendants']);
  });

  test('one band per court level the case reached, its name drawn once', () => {
    for (const level of ['State trial court', 'State appeals court', 'State supreme court'])
      expect(chart.svg.split(`>${level}</text>`).length - 1).toBe(1);
  });

  test('refuses a case that is not in the data', () => {
    expect(() => renderChart(courtPath, data, { caseId: 'xx-no-such-case' })).toThrow(/no case "xx-no-such-case"/);
  });
});
