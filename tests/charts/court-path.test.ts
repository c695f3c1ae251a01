import { parseHTML } from 'linkedom';
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
    expect(chart.description).toContain('3. 23 November 2020, Michigan Supreme Court: refused to take it up, against the plaintiffs.');
  });

  test('labels every ruling at its own mark with its number, date and what the court did', () => {
    const { document } = parseHTML(`<body>${chart.svg}</body>`);
    const marks = [...document.querySelectorAll('path[fill^="var(--status-"]')].map((p) => p.closest('svg[x]')!.getAttribute('x'));
    const texts = [...document.querySelectorAll('text')].map((t) => ({ text: t.textContent, x: t.getAttribute('x') }));
    const labels = ['1 · 13 Nov', '2 · 16 Nov', '3 · 23 Nov', '4 · 8 Dec'].map((text) => texts.find((t) => t.text === text));
    expect(labels.map((l) => l?.x)).toEqual(marks);
    for (const action of ['Denied relief', 'Refused to hear']) expect(texts.map((t) => t.text)).toContain(action);
    // No date pinned to the frame's edges any more.
    expect(texts.filter((t) => /\d/.test(t.text ?? '') && (t.x === '0%' || t.x === '100%'))).toEqual([]);
  });

  test('a case with one ruling is told in a sentence, with no key', () => {
    const texas = renderChart(courtPath, data, { caseId: 'us-texas-v-pennsylvania' });
    expect(texas.instead).toBe(
      'This case had one ruling: on 11 December 2020 the Supreme Court of the United States refused to take it up.',
    );
    expect(texas.sides).toEqual([]);
    expect(texas.keyMarks).toEqual([]);
    expect(chart.instead).toBeUndefined();
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
