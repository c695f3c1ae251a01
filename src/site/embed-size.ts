import type { ChartPicture } from '../charts/chart.ts';

/**
 * The height an iframe starts at before the parent script measures the page, and keeps where the
 * host has no script: the chart (its height is the same at every width) plus the title, key and
 * links around it, with room for them to wrap on a phone. The browser tests check the whole chart
 * fits at every frame width they try.
 */
export function fallbackHeight(chart: Pick<ChartPicture, 'height' | 'legendItems' | 'statuses' | 'sides' | 'keyMarks'>): number {
  const items = chart.statuses.length + chart.sides.length + chart.keyMarks.length;
  const key = items === 0 ? 0 : 30 + Math.ceil(items / 3) * 24;
  const chrome = 190 + key + chart.legendItems.length * 46;
  return Math.ceil((chart.height + chrome) / 10) * 10;
}
