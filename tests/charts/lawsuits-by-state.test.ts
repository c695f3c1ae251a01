import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { lawsuitsByState, MOST_BARS } from '../../src/charts/lawsuits-by-state.ts';
import { chartData, expectChartSnapshot } from '../helpers/chart-fixture.ts';

const data = chartData();

describe('lawsuits by state', () => {
  const chart = renderChart(lawsuitsByState, data);

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('lawsuits-by-state', chart);
  });

  test('has one row per state, most cases first, counts adding up to every case', () => {
    expect(chart.rows.map((r) => [r.state, r.total])).toEqual([
      ['MI', 3],
      ['PA', 3],
      ['GA', 2],
      ['AZ', 1],
      ['NV', 1],
      ['TX', 1],
      ['US', 1],
      ['WI', 1],
    ]);
    expect(chart.rows.reduce((n, r) => n + r.total, 0)).toBe(data.lawsuits.length);
  });

  test('the description states the figures the bars show', () => {
    expect(chart.title).toBe('Lawsuits by state and how they ended');
    expect(chart.description).toContain('13 lawsuits had been filed in 8 places');
    expect(chart.description).toContain('Michigan 3 (2 lost on appeal and 1 withdrawn)');
    expect(chart.description).toContain('Pennsylvania 3 (2 lost on appeal and 1 won)');
    expect(chart.svg).toContain('<desc id="lawsuits-by-state-desc">Horizontal bar chart. 13 lawsuits');
  });
});

describe('lawsuits by state as of a date', () => {
  const final = renderChart(lawsuitsByState, data);
  const midNovember = renderChart(lawsuitsByState, data, { asOf: '2020-11-18' });

  test('matches the committed SVG', async () => {
    await expectChartSnapshot('lawsuits-by-state-2020-11-18', midNovember);
  });

  test('keeps the final state order and axis, so bars grow in place from date to date', () => {
    expect(midNovember.rows.map((r) => r.state)).toEqual(final.rows.map((r) => r.state));
    const domain = (rows: typeof final.rows, asOf?: string) => lawsuitsByState.plot(rows, data, asOf ? { asOf } : {}).x?.domain;
    const march = renderChart(lawsuitsByState, data, { asOf: '2021-03-31' });
    // Every day shares one scale, which runs past the longest final bar (3) to leave room for the
    // labels written after a bar.
    expect(domain(midNovember.rows, '2020-11-18')).toEqual(domain(march.rows, '2021-03-31'));
    expect([...domain(final.rows)!][1]).toBeGreaterThan(3);
  });

  test('counts only cases filed by that day, with their status that day', () => {
    const byState = Object.fromEntries(midNovember.rows.map((r) => [r.state, r]));
    // Pennsylvania: the ID-cure win (12 Nov) and the federal suit, not yet ruled on (lost 21 Nov).
    expect(byState.PA).toMatchObject({ total: 2, won: 1, 'awaiting ruling': 1 });
    // Michigan: Costantino, turned down by the trial court on 13 Nov and appealed, is not yet over.
    expect(byState.MI).toMatchObject({ total: 2, 'lost so far': 1, 'lost on appeal': 0, withdrawn: 1 });
    expect(byState.TX).toMatchObject({ total: 0 });
    expect(midNovember.description).toContain('By the end of 18 November 2020, 7 lawsuits had been filed in 5 places');
    expect(midNovember.description).toContain('None yet in Texas, U.S. Supreme Court and Wisconsin.');
  });
});

test('every day of the chart has the same key: each status some case had on some day, none it never had', () => {
  const days = ['2020-11-03', '2020-11-07', '2020-11-18', '2020-12-14', '2021-03-31'];
  const keys = days.map((asOf) => renderChart(lawsuitsByState, data, { asOf }).statuses);
  for (const key of keys) expect(key).toEqual(keys[0]);
  // Each status in the key is drawn on at least one of a run of days, and every status drawn is keyed.
  const drawn = new Set<string>();
  for (let day = new Date('2020-11-03'); day <= new Date('2021-06-30'); day.setUTCDate(day.getUTCDate() + 1)) {
    for (const row of renderChart(lawsuitsByState, data, { asOf: day.toISOString().slice(0, 10) }).rows)
      for (const status of keys[0]!) if (row[status] > 0) drawn.add(status);
  }
  expect([...drawn].sort()).toEqual([...keys[0]!].sort());
  // The final chart keys only the outcomes it draws.
  const final = renderChart(lawsuitsByState, data);
  expect(final.statuses.every((s) => final.rows.some((r) => r[s] > 0))).toBe(true);
});

test('beyond MOST_BARS places, the places with fewest suits share one last bar', () => {
  // Every suit moved to a place of its own, so there are more places than bars.
  const codes = data.states.map((s) => s.code).filter((c) => c !== 'US');
  const filed = data.lawsuits.filter((c) => c.filed_date);
  const copies = Array.from({ length: 3 }, (_, k) => filed.map((c) => ({ ...c, id: `${c.id}-copy-${k}` }))).flat();
  const many = { ...data, lawsuits: [...data.lawsuits, ...copies].map((c, i) => ({ ...c, state: codes[i % codes.length]! })) };
  const places = new Set(many.lawsuits.map((c) => c.state)).size;
  expect(places).toBeGreaterThan(MOST_BARS);
  const rows = renderChart(lawsuitsByState, many).rows;
  expect(rows).toHaveLength(MOST_BARS);
  expect(rows.at(-1)!.name).toBe(`${places - (MOST_BARS - 1)} other places`);
  expect(rows.reduce((n, r) => n + r.total, 0)).toBe(many.lawsuits.length);
});
