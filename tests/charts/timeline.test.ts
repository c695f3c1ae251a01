import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { timeline } from '../../src/charts/timeline.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('timeline of filings and rulings', () => {
  const chart = renderChart(timeline, data);

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('timeline', chart);
  });

  test('counts filed and ended cases cumulatively, day by day', () => {
    expect(chart.rows[0]).toEqual({ date: '2020-11-01', filed: 0, turnedDown: 0, ended: 0, open: 0 });
    // 13 Nov: Costantino is turned down in Detroit and appealed, so it counts as turned down but not ended.
    expect(chart.rows.find((r) => r.date === '2020-11-13')).toEqual({ date: '2020-11-13', filed: 5, turnedDown: 1, ended: 2, open: 3 });
    expect(chart.rows.at(-1)).toEqual({ date: '2021-03-31', filed: 13, turnedDown: 10, ended: 13, open: 0 });
    for (const [a, b] of chart.rows.slice(1).map((r, i) => [chart.rows[i]!, r])) expect(b!.date > a!.date).toBe(true);
  });

  test('marks the key events, the firing of the CISA director among them, with a key', () => {
    expect(chart.legendItems.map((k) => k.text)).toContain('17 November 2020: Krebs fired');
    expect(chart.legendItems.map((k) => k.marker)).toEqual(chart.legendItems.map((_, i) => String(i + 1)));
    expect(chart.description).toContain('17 Nov Krebs fired');
  });

  test('the description states the totals the lines end on', () => {
    expect(chart.description).toContain(
      'By 31 March 2021, 13 lawsuits had been filed, 10 had been turned down by a court at least once, and 13 had ended; none was still open.',
    );
    expect(chart.description).toContain('The most open at once was 7, on 25 November 2020.');
  });

  test('stops at the as-of date', () => {
    const early = renderChart(timeline, data, { asOf: '2020-11-18' });
    expect(early.rows.at(-1)).toEqual({ date: '2020-11-18', filed: 7, turnedDown: 1, ended: 3, open: 4 });
    expect(early.legendItems.map((k) => k.text).at(-1)).toBe('17 November 2020: Krebs fired');
  });
});
