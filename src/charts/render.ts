/**
 * Observable Plot on a server DOM, turned into an SVG string a page can inline:
 * an accessible name and description, decorative groups hidden from assistive technology,
 * no per-chart `<style>` block or inline styles (the page stylesheet themes every chart),
 * and ids unique per chart so several charts can share a page.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

import { fluidify } from './fluid.ts';

export interface SvgText {
  /** Unique on the page; prefixes every id inside the SVG. */
  id: string;
  title: string;
  description: string;
}

// One server document is enough: Plot only creates detached elements in it.
const { document } = parseHTML('<!doctype html><html><body></body></html>');

const SVG_NS = 'http://www.w3.org/2000/svg';

export function renderSvg(options: Plot.PlotOptions, text: SvgText): string {
  const svg = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as SVGSVGElement;
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error('charts must render to a bare <svg> (no Plot title, caption or legend figure)');

  // Plot's own <style> repeats on every chart; the site stylesheet carries it once.
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  // Font size and family come from CSS so charts follow the page and its themes.
  svg.removeAttribute('font-size');
  svg.removeAttribute('font-family');
  svg.setAttribute('class', 'chart-svg');
  // Plot writes font-variant="tabular-nums", which is not a valid value of that SVG attribute;
  // the stylesheet sets font-variant-numeric on every chart instead.
  for (const element of Array.from(svg.querySelectorAll('[font-variant]'))) element.removeAttribute('font-variant');
  fluidify(svg);

  renameIds(svg, text.id);

  // Every drawing group is decoration beside the text alternative, the stretched frames fluid.ts
  // adds (nested <svg>s) included.
  for (const group of Array.from(svg.children)) {
    if (['g', 'svg'].includes(group.tagName.toLowerCase())) group.setAttribute('aria-hidden', 'true');
  }
  // Plot names its groups by mark ("line", "area"): meaningless to a listener, and not allowed
  // on a plain group. The chart's name is its <title>.
  for (const named of Array.from(svg.querySelectorAll('[aria-label]'))) named.removeAttribute('aria-label');

  const titleId = `${text.id}-title`;
  const descId = `${text.id}-desc`;
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', titleId);
  title.textContent = text.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', descId);
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', titleId);
  svg.setAttribute('aria-describedby', descId);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');

  const html = svg.outerHTML;
  // The page's content security policy forbids inline styles; catch any mark that adds one.
  if (/\sstyle="/.test(html)) throw new Error(`chart ${text.id} has an inline style attribute`);
  return html;
}

/** Gives every id in the SVG (clip paths, gradients) a chart prefix and updates references. */
function renameIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  let n = 0;
  for (const element of Array.from(svg.querySelectorAll('[id]'))) {
    const next = `${prefix}-${++n}`;
    renamed.set(element.getAttribute('id')!, next);
    element.setAttribute('id', next);
  }
  if (renamed.size === 0) return;
  for (const element of Array.from(svg.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
        renamed.has(id) ? `url(#${renamed.get(id)})` : whole,
      );
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
}
