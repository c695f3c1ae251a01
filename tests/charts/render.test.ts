/** What every chart SVG must carry, checked on every chart. */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

import { renderChart } from '../../src/charts/chart.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { renderSvg } from '../../src/charts/render.ts';
import { chartData } from '../helpers/chart-fixture.ts';

const data = chartData();
const optionsFor = (definition: (typeof CHARTS)[number]) => ({
  ...(definition.supports.stateRequired ? { state: 'PA' } : {}),
  ...(definition.supports.caseRequired ? { caseId: data.lawsuits[0]!.id } : {}),
});
const rendered = CHARTS.map((definition) => {
  const chart = renderChart(definition, data, optionsFor(definition));
  return [definition.id, chart.svg, chart] as const;
});

describe.each(rendered)('%s', (_name, svgText, chart) => {
  const { document } = parseHTML(`<!doctype html><html><body>${svgText}</body></html>`);
  const svg = document.querySelector('svg')!;

  test('is an image named by its <title> and described by its <desc>', () => {
    expect(svg.getAttribute('role')).toBe('img');
    const [first, second] = Array.from(svg.children);
    expect(first?.tagName.toLowerCase()).toBe('title');
    expect(second?.tagName.toLowerCase()).toBe('desc');
    expect(svg.getAttribute('aria-labelledby')).toBe(first?.getAttribute('id'));
    expect(svg.getAttribute('aria-describedby')).toBe(second?.getAttribute('id'));
    expect(first?.textContent).toBe(chart.title);
    expect(second?.textContent).toBe(chart.description);
  });

  test('hides every drawing group from assistive technology', () => {
    const groups = Array.from(svg.children).filter((e) => ['g', 'svg'].includes(e.tagName.toLowerCase()));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.getAttribute('aria-hidden')).toBe('true');
      expect(g.hasAttribute('aria-label')).toBe(false);
    }
  });

  test('has no <style> block and no inline style, so the page CSP and themes apply', () => {
    expect(svg.querySelector('style')).toBeNull();
    expect(svgText).not.toMatch(/\sstyle=/);
    expect(svgText).not.toMatch(/font-size="10"/);
  });

  test('ids are prefixed with the chart key, so charts can share a page', () => {
    for (const element of Array.from(svg.querySelectorAll('[id]')))
      expect(element.getAttribute('id')).toMatch(new RegExp(`^${chart.slug}-`));
  });

  test('fills the width of its container at a fixed pixel height', () => {
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.getAttribute('height')).toBe(String(chart.height));
    expect(svg.hasAttribute('viewBox')).toBe(false);
  });

  test('places every horizontal position as a share of the width', () => {
    for (const element of Array.from(svg.querySelectorAll('rect, text')).filter((e) => e.closest('svg') === svg)) {
      const x = element.getAttribute('x');
      if (x !== null) expect(x).toMatch(/%$/);
    }
  });

  test('draws every mark inside its own frame, so none spills over the text around it', () => {
    const height = chart.height;
    const outside: string[] = [];
    const check = (element: Element, what: string, value: number) => {
      if (value < -1 || value > height + 1) outside.push(`<${element.tagName.toLowerCase()}> ${what}=${value}`);
    };
    const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);
    const shift = (element: Element) => Number(/translate\([^,]+,\s*(-?[\d.]+)\)/.exec(element.getAttribute('transform') ?? '')?.[1] ?? 0);
    // Group offsets (a text's dy) add to the positions inside them.
    const offset = (element: Element) => {
      let total = 0;
      for (let e: Element | null = element.parentElement; e && e !== svg; e = e.parentElement) total += shift(e);
      return total;
    };
    for (const e of Array.from(svg.querySelectorAll('line'))) for (const a of ['y1', 'y2']) check(e, a, number(e, a) + offset(e));
    for (const e of Array.from(svg.querySelectorAll('rect'))) {
      check(e, 'y', number(e, 'y') + offset(e));
      check(e, 'y+height', number(e, 'y') + number(e, 'height') + offset(e));
    }
    for (const e of Array.from(svg.querySelectorAll('text'))) check(e, 'y', shift(e) + number(e, 'y') + offset(e));
    expect(outside).toEqual([]);
  });

  test('writes only valid SVG presentation attributes', () => {
    expect(svg.querySelector('[font-variant]')).toBeNull();
  });
});

describe('renderSvg', () => {
  test('writes text from the data as text, never as markup', () => {
    const hostile = '<script>alert(1)</script> & "quotes"';
    const svg = renderSvg(
      { width: 1000, marks: [Plot.text([{ t: hostile }], { text: 't', title: 't' })] },
      { id: 'x', title: hostile, description: `${hostile} <img src=x onerror=alert(1)>` },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"');
  });

  test('refuses output with an inline style', () => {
    expect(() =>
      renderSvg({ width: 1000, style: { color: 'red' }, marks: [Plot.frame()] }, { id: 'y', title: 't', description: 'd' }),
    ).toThrow(/inline style/);
  });
});
