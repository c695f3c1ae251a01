/** The fixed data every chart test renders: real cases, frozen in tests/fixtures/charts. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import type { RenderedChart } from '../../src/charts/chart.ts';
import { type Dataset, loadDataset } from '../../src/data/load.ts';

export function chartData(): Dataset {
  const result = loadDataset(path.resolve(import.meta.dirname, '../fixtures/charts'));
  if (!result.ok) throw new Error(`the chart fixture is invalid: ${JSON.stringify(result.issues[0])}`);
  return result.data;
}

const OUTPUT = path.resolve(import.meta.dirname, '../output');

/**
 * Plot's own way: numbers rounded to 3 decimals, one element per line, so a diff is readable and
 * floating-point noise from another machine does not fail the comparison.
 */
function normaliseSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d{4,}/g, (n) => String(Number(Number(n).toFixed(3)))).replace(/></g, '>\n<') + '\n';
}

/**
 * Compares a chart's SVG with tests/output/<name>.svg. On a difference it also writes
 * <name>-changed.svg beside it for review; `npm run test:update` accepts the new output.
 */
async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const file = path.join(OUTPUT, `${name}.svg`);
  const changed = path.join(OUTPUT, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (existsSync(file) && readFileSync(file, 'utf8') !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  await expect(actual).toMatchFileSnapshot(file);
}

export async function expectChartSnapshot(name: string, chart: Pick<RenderedChart, 'svg'>): Promise<void> {
  await expectSvgSnapshot(name, chart.svg);
}
