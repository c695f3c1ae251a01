import type { Layout } from '../charts/chart.ts';
import type { ChartVersion } from './charts.ts';

/**
 * The height an iframe starts at before the parent script measures the page, and keeps without
 * the script: the taller layout of the chart plus the title, key, source and links around it.
 * The browser tests check that the whole chart fits in it at phone and desktop widths.
 */
export function fallbackHeight(version: ChartVersion, height: Record<Layout, number>): number {
  const chrome = 230 + (version.definition.id === 'timeline' ? 190 : 0);
  return Math.ceil((Math.max(height.narrow, height.wide) + chrome) / 10) * 10;
}
