/**
 * The numbers a chart's header states before the bars: how many suits, how many turned down,
 * withdrawn and won, and (for the final outcomes) how many flipped a state's result. Computed from
 * the same cases the chart draws, so the header and the bars can never disagree.
 */
import { formatLong } from '../data/dates.ts';
import type { Dataset } from '../data/files.ts';
import { TURNED_DOWN } from '../data/status.ts';
import { type CaseOnDay, casesAsOf, changedAResult } from '../data/tallies.ts';
import type { ChartOptions } from './chart.ts';

const count = (cases: readonly CaseOnDay[], test: (c: CaseOnDay) => boolean) => cases.filter(test).length;

/**
 * "55 lawsuits · 41 turned down · 11 withdrawn · 2 won · 1 outcome not confirmed · States
 * flipped: none", in the key's own words; on a date, the open statuses instead of the last.
 */
export function keyFigures(data: Pick<Dataset, 'lawsuits' | 'rulings'>, options: Pick<ChartOptions, 'asOf' | 'state'>): string[] {
  const cases = casesAsOf(data, options.asOf).filter((c) => !options.state || c.case.state === options.state);
  const of = (status: CaseOnDay['status']) => count(cases, (c) => c.status === status);
  const items = [
    `${cases.length} ${cases.length === 1 ? 'lawsuit' : 'lawsuits'}${options.asOf ? ' filed' : ''}`,
    `${count(cases, (c) => TURNED_DOWN.includes(c.status))} turned down`,
    `${of('withdrawn')} withdrawn`,
    `${of('won')} won`,
  ];
  if (options.asOf) {
    if (of('won so far')) items.push(`${of('won so far')} won so far`);
    if (of('awaiting ruling')) items.push(`${of('awaiting ruling')} no ruling yet`);
  }
  if (of('not confirmed')) items.push(`${of('not confirmed')} outcome not confirmed`);
  if (!options.asOf) {
    const changed = count(cases, changedAResult);
    items.push(`States flipped: ${changed === 0 ? 'none' : changed}`);
  }
  return items;
}

/**
 * The chart's date line: the day of the data's last publication, the day the final outcomes are
 * as of. (A chart of one day names that day in its title.)
 */
export const dateLine = (dataDate: string | undefined) => (dataDate ? `Data updated ${formatLong(dataDate)}` : '');

/**
 * What changed between two days of a chart, as a scroll step says it: "Since 7 Nov: 17 more
 * filed, 11 more turned down, 3 more withdrawn". Only what moved is named; counts of statuses a
 * case leaves (no ruling yet, won so far) are left out, since their fall is the rest's rise.
 */
export function changeSince(data: Pick<Dataset, 'lawsuits' | 'rulings'>, from: string, to: string, label: (iso: string) => string): string {
  const tally = (asOf: string) => {
    const cases = casesAsOf(data, asOf);
    return {
      filed: cases.length,
      'turned down': count(cases, (c) => TURNED_DOWN.includes(c.status)),
      withdrawn: count(cases, (c) => c.status === 'withdrawn'),
      won: count(cases, (c) => c.status === 'won'),
    };
  };
  const before = tally(from);
  const after = tally(to);
  const moves = (Object.keys(after) as (keyof typeof after)[])
    .filter((k) => after[k] !== before[k])
    .map((k) => `${after[k] > before[k] ? `${after[k] - before[k]} more` : `${before[k] - after[k]} fewer`} ${k}`);
  return `Since ${label(from)}: ${moves.length ? moves.join(', ') : 'no change'}.`;
}
