/** Counts the site shows, all built on `statusOn`, so every figure traces back to rows. */
import { rollup } from 'd3';

import type { Dataset } from './files.ts';
import type { Claim, Lawsuit } from './schema.ts';
import { caseHistories, type CaseHistory, type CaseStatus, finalStatus, STATUS_ORDER, statusOn } from './status.ts';

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

/**
 * The claims whose relief would have changed who carried a state: stopping, undoing or replacing
 * its certified result (certification), or decertifying it over alleged fraud or machines. A win
 * on any other claim (access for observers, a few ballots set aside) left the result standing.
 */
const RESULT_CLAIMS: readonly Claim[] = ['certification', 'fraud and machines'];

/** A suit that changed a state's result: one won outright on a claim that asked for exactly that. */
export const changedAResult = (row: Pick<CaseOnDay, 'case' | 'status'>) => row.status === 'won' && RESULT_CLAIMS.includes(row.case.claim);

/** How many cases have each status, on a day (or today), in one state or all. */
export function statusTally(
  data: Pick<Dataset, 'lawsuits' | 'rulings'>,
  { asOf, state }: { asOf?: string; state?: string } = {},
): Partial<Record<CaseStatus, number>> {
  const rows = casesAsOf(data, asOf).filter((r) => !state || r.case.state === state);
  return Object.fromEntries(countBy(rows, (r) => r.status));
}

// By lawsuits, then rulings: each day's chart asks, and a day's answer is the same for one dataset.
const shownCache = new WeakMap<readonly unknown[], WeakMap<readonly unknown[], readonly CaseStatus[]>>();

/**
 * Every status some case had at the end of some day, in STATUS_ORDER: the key of a chart that
 * steps through the days, the same on each, so it neither grows nor jumps from step to step.
 * A status only changes on the day a case is filed, ruled on or ends, so those days suffice.
 */
export function statusesEverShown(data: Pick<Dataset, 'lawsuits' | 'rulings'>): readonly CaseStatus[] {
  const byRulings = shownCache.get(data.lawsuits) ?? new WeakMap<readonly unknown[], readonly CaseStatus[]>();
  shownCache.set(data.lawsuits, byRulings);
  const cached = byRulings.get(data.rulings);
  if (cached) return cached;
  const seen = new Set<CaseStatus>();
  for (const h of caseHistories(data)) {
    seen.add(finalStatus(h));
    for (const day of [h.knownFrom, ...h.rulings.map((r) => r.date), ...(h.endedOn ? [h.endedOn] : [])]) {
      const status = statusOn(h, day);
      if (status !== 'not filed') seen.add(status);
    }
  }
  const shown = STATUS_ORDER.filter((s) => seen.has(s));
  byRulings.set(data.rulings, shown);
  return shown;
}
