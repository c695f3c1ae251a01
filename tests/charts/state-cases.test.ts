import { parseHTML } from 'linkedom';
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

  test('lists every case of the state in filing order, with the day the ruling that decided it came and the day it closed', () => {
    expect(chart.rows.map((r) => [r.id, r.filed_date, r.outcome, r.decided_date, r.closed_date])).toEqual([
      // Lost on appeal when the Court of Appeals refused it on 16 Nov; the trial court closed it on 8 Dec.
      ['mi-costantino-v-detroit', '2020-11-09', 'Lost on appeal', '2020-11-16', '2020-12-08'],
      ['mi-johnson-v-benson-wdmich', '2020-11-16', 'Withdrawn', '2020-11-18', '2020-11-18'],
      ['mi-king-v-whitmer', '2020-11-25', 'Lost on appeal', '2021-02-22', '2021-02-22'],
    ]);
  });

  test('the description walks through each case, decided and closed', () => {
    expect(chart.title).toBe('Michigan: each lawsuit from filing to outcome');
    expect(chart.description).toContain('Timeline of 3 lawsuits in Michigan: 2 lost on appeal and 1 withdrawn.');
    expect(chart.description).toContain(
      'Costantino v. City of Detroit: filed 9 November 2020, lost on appeal 16 November 2020 (the case closed 8 December 2020).',
    );
    expect(chart.description).toContain('King v. Whitmer: filed 25 November 2020, lost on appeal 22 February 2021.');
  });

  test('puts each outcome symbol on the day of the deciding ruling, and a dotted line on to the close', () => {
    const { document } = parseHTML(`<body>${chart.svg}</body>`);
    const at = (el: Element) => parseFloat(el.closest('svg[x]')?.getAttribute('x') ?? el.getAttribute('x1') ?? 'NaN');
    const symbols = [...document.querySelectorAll('path[fill^="var(--status-"]')].map(at);
    const day = (iso: string) => {
      const t0 = Date.UTC(2020, 10, 1);
      const t1 = Date.UTC(2021, 2, 31);
      return 4 + ((Date.parse(iso) - t0) / (t1 - t0)) * 92;
    };
    expect(symbols.map((x) => Math.round(x))).toEqual(['2020-11-16', '2020-11-18', '2021-02-22'].map((d) => Math.round(day(d))));
    // Costantino went on to 8 December in the trial court; the others closed with their deciding ruling.
    const dotted = [...document.querySelectorAll('[stroke-dasharray] line')].map((l) => [l.getAttribute('x1'), l.getAttribute('x2')]);
    expect(dotted.map(([a, b]) => [Math.round(parseFloat(a!)), Math.round(parseFloat(b!))])).toEqual([
      [Math.round(day('2020-11-16')), Math.round(day('2020-12-08'))],
    ]);
  });

  test('keys its end symbols as drawn, and the dotted line, not status squares', () => {
    expect(chart.statuses).toEqual([]);
    expect(chart.keyMarks.map((k) => k.label)).toEqual(['Lost on appeal', 'Withdrawn', 'Went on, outcome unchanged']);
    const drawn = [...chart.svg.matchAll(/<path fill="var\(--status-lost-on-appeal\)" d="([^"]+)"/g)].map(([, d]) => d);
    expect(chart.keyMarks[0]!.swatch).toContain(`d="${drawn[0]}"`);
  });

  test('keys an ending that is not confirmed, drawn as an open circle', () => {
    const unconfirmed = {
      ...data,
      lawsuits: data.lawsuits.map((c) => (c.id === 'mi-king-v-whitmer' ? { ...c, ended: 'not confirmed' as const } : c)),
    };
    const open = renderChart(stateCases, unconfirmed, { state: 'MI' });
    expect(open.keyMarks.map((k) => k.label)).toContain('Ending not confirmed');
    const { document } = parseHTML(`<body>${open.svg}</body>`);
    const circle = document.querySelector('circle');
    expect(circle?.closest('[fill]')?.getAttribute('fill')).toBe('var(--chart-background)');
    expect(circle?.textContent).toBe('King v. Whitmer: Ending not confirmed');
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
