/** Counts the site shows, all built on `statusOn`, so every figure traces back to rows. */
import { rollup } from 'd3';

import type { Lawsuit } from './schema.ts';
import { type CaseStatus, finalStatus, statusOn } from './status.ts';

/** The cases filed by the end of `date` with their status that day; all cases with their final status when no date. */
export function casesAsOf(cases: readonly Lawsuit[], date?: string): { case: Lawsuit; status: CaseStatus }[] {
  const rows: { case: Lawsuit; status: CaseStatus }[] = [];
  for (const c of cases) {
    const status = date ? statusOn(c, date) : finalStatus(c);
    if (status !== 'not filed') rows.push({ case: c, status });
  }
  return rows;
}

export function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  return rollup(items, (group) => group.length, key);
}

export interface Cell<R extends string, C extends string> {
  row: R;
  column: C;
  count: number;
}

/** A row × column count table with zero cells left out. */
export function crossTab<T, R extends string, C extends string>(
  items: readonly T[],
  row: (item: T) => R,
  column: (item: T) => C,
): Cell<R, C>[] {
  const cells: Cell<R, C>[] = [];
  for (const [r, byColumn] of rollup(items, (g) => g.length, row, column)) {
    for (const [c, count] of byColumn) cells.push({ row: r, column: c, count });
  }
  return cells;
}

/** Cases by state and status on a date (or final), the headline table. */
export function byStateAndStatus(cases: readonly Lawsuit[], date?: string) {
  return crossTab(
    casesAsOf(cases, date),
    (x) => x.case.state,
    (x) => x.status,
  );
}
