import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { grounds } from '../../src/charts/grounds.ts';
import { mainGrounds } from '../../src/data/case-summary.ts';
import { caseHistories, finalStatus } from '../../src/data/status.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('why the suits failed', () => {
  const chart = renderChart(grounds, data);
  const rejected = caseHistories(data).filter((h) => ['dismissed', 'denied', 'lost on appeal'].includes(finalStatus(h)));

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('grounds', chart);
  });

  test('each ground counts the rejected suits whose main grounds name it, stacked by how they ended', () => {
    for (const row of chart.rows) {
      const suits = rejected.filter((h) => (mainGrounds(h.rulings) ?? '').split(' ').includes(row.ground));
      expect(row.total, row.ground).toBe(suits.length);
      expect(row.dismissed + row.denied + row['lost on appeal'], row.ground).toBe(row.total);
    }
    // Every rejected suit is under at least one ground.
    expect(rejected.every((h) => chart.rows.some((r) => (mainGrounds(h.rulings) ?? '').split(' ').includes(r.ground)))).toBe(true);
  });

  test('reasons courts gave come first, most common first; no reasons, or none confirmed, last', () => {
    const order = chart.rows.map((r) => r.ground);
    const silent = order.filter((g) => g === 'unexplained' || g === 'unconfirmed');
    expect(order.slice(order.length - silent.length)).toEqual(silent);
    const given = chart.rows.slice(0, order.length - silent.length).map((r) => r.total);
    expect(given).toEqual([...given].sort((a, b) => b - a));
  });

  test('the title and description say a suit can count under several reasons', () => {
    expect(chart.title).toMatch(/^Why courts rejected \d+ suits: the reasons they gave \(a suit can count under several\)$/);
    expect(chart.description).toMatch(
      /^Horizontal bar chart of the reasons courts gave for turning down \d+ suits; a suit lost on several grounds counts under each: /,
    );
  });

  test('a state with no rejected suit says so', () => {
    const none = renderChart(grounds, { ...data, lawsuits: data.lawsuits.filter((c) => c.state !== 'MI') }, { state: 'MI' });
    expect(none.rows).toEqual([]);
    expect(none.description).toBe('No suit here was turned down by a court.');
  });
});
