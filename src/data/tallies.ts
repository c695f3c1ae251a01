/** Counts the site shows, all built on `statusOn`, so every figure traces back to rows. */
import { rollup } from 'd3';

import type { Dataset } from './files.ts';
import type { Lawsuit } from './schema.ts';
import { caseHistories, type CaseHistory, type CaseStatus, finalStatus, statusOn } from './status.ts';

export interface CaseOnDay {
  case: Lawsuit;
  history: CaseHistory;
  status: CaseStatus;
}

/** The cases filed by the end of `date` with their status that day; every case with its status today when no date. */
export function casesAsOf(data: Pick<Dataset, 'lawsuits' | 'rulings'>, date?: string): CaseOnDay[] {
  const rows: CaseOnDay[] = [];
  for (const history of caseHistories(data)) {
    const status = date ? statusOn(history, date) : finalStatus(history);
    if (status !== 'not filed') rows.push({ case: history.case, history, status });
  }
  return rows;
}

export function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  return rollup(items, (group) => group.length, key);
}
