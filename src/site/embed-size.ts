import { type ChartPicture, type Layout, LAYOUT_WIDTH } from '../charts/chart.ts';

/** The widest each layout is ever drawn (see .chart-layout-* in global.css), over its Plot width. */
const MAX_SCALE: Record<Layout, number> = { narrow: 440 / LAYOUT_WIDTH.narrow, wide: 760 / LAYOUT_WIDTH.wide };

/**
 * The height an iframe starts at before the parent script measures the page, and keeps where the
 * host has no script: the chart at its largest plus the title, key and links around it, with room
 * for them to wrap on a phone. The browser tests check the whole chart fits at 320 and 1024 px.
 */
export function fallbackHeight(chart: Pick<ChartPicture, 'height' | 'legendItems' | 'statusLegend'>): number {
  const drawn = Math.max(chart.height.narrow * MAX_SCALE.narrow, chart.height.wide * MAX_SCALE.wide);
  const chrome = 150 + (chart.statusLegend ? 60 : 0) + chart.legendItems.length * 46;
  return Math.ceil((drawn + chrome) / 10) * 10;
}
