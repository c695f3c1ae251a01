/**
 * Key swatches drawn by Plot itself, so a key shows a symbol exactly as the chart draws it (Plot
 * keeps its symbol shapes, its hexagon among them, to itself).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const paths = new Map<string, string>();

/** The path data of a Plot dot symbol of radius r, centred on 0,0. */
function symbolPath(symbol: string, r: number): string {
  const key = `${symbol}:${r}`;
  let d = paths.get(key);
  if (d === undefined) {
    const svg = Plot.plot({
      document,
      width: 40,
      height: 40,
      margin: 0,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [Plot.dot([0], { x: () => 20, y: () => 20, r, symbol: () => symbol })],
      symbol: { type: 'identity' },
    } as Plot.PlotOptions) as unknown as Element;
    d = svg.querySelector('path')?.getAttribute('d') ?? '';
    if (!d) throw new Error(`Plot drew no path for the symbol "${symbol}"`);
    paths.set(key, d);
  }
  return d;
}

/** A chart's end symbol for a key: fill a colour or a var(), outlined as the chart outlines it. */
export function symbolSwatch(symbol: string, fill: string, r = 6): string {
  return `<path d="${symbolPath(symbol, r)}" fill="${fill}" stroke="currentColor" stroke-width="0.75"/>`;
}

/** A line style for a key, 16 px long, centred on 0,0. */
export function lineSwatch(stroke: string, width: number, dash?: string): string {
  return `<line x1="-8" x2="8" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}
