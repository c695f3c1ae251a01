/**
 * Numbers the story's prose quotes from the data, so a sentence like "54 lawsuits" can never
 * drift from the charts: every filter here is the same one the charts use.
 */
import type { Dataset } from '../data/load.ts';
import type { Claim, PlaintiffType } from '../data/schema.ts';
import type { OpenOrClosed } from '../data/status.ts';
import { casesAsOf } from '../data/tallies.ts';

export interface CountQuery {
  /** Standing at the end of this day; final outcomes when absent. */
  asOf?: string;
  /** Only cases with this status (on asOf, or final). */
  status?: OpenOrClosed | 'ended';
  state?: string;
  /** Any of these states. */
  states?: readonly string[];
  plaintiff?: PlaintiffType;
  claim?: Claim;
}

export function countCases(data: Dataset, q: CountQuery): number {
  return casesAsOf(data.lawsuits, q.asOf).filter(
    (r) =>
      (!q.status || (q.status === 'ended' ? r.status !== 'pending' : r.status === q.status)) &&
      (!q.state || r.case.state === q.state) &&
      (!q.states || q.states.includes(r.case.state)) &&
      (!q.plaintiff || r.case.plaintiff_type === q.plaintiff) &&
      (!q.claim || r.case.claim === q.claim),
  ).length;
}

/** Distinct states (and DC, and the Supreme Court's original docket) with at least one case. */
export function countPlaces(data: Dataset, q: Pick<CountQuery, 'asOf'> = {}): number {
  return new Set(casesAsOf(data.lawsuits, q.asOf).map((r) => r.case.state)).size;
}
