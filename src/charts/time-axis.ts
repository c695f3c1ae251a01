/**
 * What the charts with a time axis share: the days it spans, month ticks written along its top,
 * and names wrapped to fit the narrowest screen the charts are drawn for.
 */
import * as Plot from '@observablehq/plot';
import { utcMonth } from 'd3';

import { toDate } from '../data/dates.ts';
import type { ChartOptions } from './chart.ts';

/** The axis runs from just before Election Day to the end of March 2021, after the last denials. */
export const TIMELINE_START = '2020-11-01';
export const TIMELINE_END = '2021-03-31';

/** The last day a time axis shows: the as-of date, or the end of the timeline. */
export const lastDay = (options: ChartOptions) => (options.asOf && options.asOf < TIMELINE_END ? options.asOf : TIMELINE_END);

const MONTH = (d: Date) => d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
/** "Nov ’20" for the first month named and each January, so the axis says which year; else "Dec". */
const monthName = (d: Date, i: number) =>
  i === 0 || d.getUTCMonth() === 0 ? `${MONTH(d)} ’${String(d.getUTCFullYear()).slice(2)}` : MONTH(d);

/** The months that start between two days, and whether there is room to name them. */
function months(first: string, last: string): { months: Date[]; named: boolean } {
  const list = utcMonth.range(utcMonth.ceil(toDate(first)), utcMonth.offset(toDate(last), 1)).filter((d) => d <= toDate(last));
  const span = toDate(last).getTime() - toDate(first).getTime();
  // A month is about 20% of the five-month axis; under 9% (25 px at 280 px) names would touch.
  const room = list.length > 1 ? (list[1]!.getTime() - list[0]!.getTime()) / span : 1;
  return { months: list, named: room >= 0.09 };
}

/** Month names at height y (their middle), each just right of its month's first day, with the year where it turns. */
export function monthNames(first: string, last: string, y: number): Plot.Markish[] {
  const { months: list, named } = months(first, last);
  return named ? [Plot.text(list, { x: (d: Date) => d, y, text: monthName, textAnchor: 'start', dx: 3, fill: 'var(--chart-muted)' })] : [];
}

/**
 * Month gridlines from `top` to `bottom`, each named at its top, between two days. Names are left
 * out when the axis is too short for them not to collide on the narrowest screen.
 */
export function monthAxis(first: string, last: string, top: number, bottom: number): Plot.Markish[] {
  return [monthRules(first, last, top, bottom), ...monthNames(first, last, top - 8)];
}

/** Month gridlines from `top` to `bottom`, unnamed. */
export function monthRules(first: string, last: string, top: number, bottom: number): Plot.Markish {
  return Plot.ruleX(months(first, last).months, { x: (d: Date) => d, y1: top, y2: bottom, stroke: 'var(--chart-grid)' });
}

/** Characters that fit on one line of chart text (13 px) across the narrowest chart, 280 px. */
export const LINE_CHARACTERS = 34;

/** Breaks a label into lines of at most LINE_CHARACTERS, at spaces. */
export function wrap(text: string, width = LINE_CHARACTERS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
