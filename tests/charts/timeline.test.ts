import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { timeline } from '../../src/charts/timeline.ts';
import { formatShort } from '../../src/data/dates.ts';
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

  test('names the key events in the chart itself, the firing of the CISA director among them, not by number', () => {
    const texts = [...parseHTML(`<body>${chart.svg}</body>`).document.querySelectorAll('text')].map(
      (t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent,
    );
    for (const e of data.events.filter((x) => x.on_timeline === 'yes' && x.date >= '2020-11-01' && x.date <= '2021-03-31'))
      expect(
        texts.some((t) => t?.includes(e.label.split(' ')[0]!) && t.includes(formatShort(e.date))),
        e.label,
      ).toBe(true);
    expect(texts.some((t) => t?.startsWith('17 Nov · Krebs fired'))).toBe(true);
    expect(chart.legendItems).toEqual([]);
    expect(chart.description).toContain('17 Nov Krebs fired');
  });

  test('keys its three lines and the shaded band, each line with the count it ends on, and names the band in it', () => {
    expect(chart.keyMarks.map((k) => k.label)).toEqual(['Filed: 13', 'Turned down at least once: 10', 'Ended: 13', 'Shaded: still open']);
    expect(chart.svg).toContain('>Still open</text>');
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
    expect(early.svg).toContain('17 Nov · Krebs fired');
    expect(early.svg).not.toContain('Electors vote');
  });
});
