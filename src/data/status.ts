/**
 * A case's status on any date, derived from its filing and outcome dates and never stored.
 * Dates are ISO strings; a case's status "on" a date is its standing at the end of that day.
 */
import type { Lawsuit, Outcome } from './schema.ts';

export type Status = 'not filed' | 'pending' | Outcome;

/** Statuses in the order charts stack and tables sort them: still open first, the one win last. */
export const STATUS_ORDER = ['pending', 'withdrawn', 'dismissed', 'denied', 'lost on appeal', 'won'] as const satisfies readonly Status[];
export type CaseStatus = (typeof STATUS_ORDER)[number];

/**
 * The first day the case is known to exist. When the filing date could not be confirmed, the
 * case enters the count on the day of its outcome; validation guarantees one of the two is set.
 */
export function knownFrom(c: Pick<Lawsuit, 'filed_date' | 'outcome_date'>): string {
  const day = c.filed_date ?? c.outcome_date;
  if (!day) throw new Error('a case needs a filed_date or an outcome_date');
  return day;
}

export function statusOn(c: Lawsuit, date: string): Status {
  if (date < knownFrom(c)) return 'not filed';
  if (c.outcome && c.outcome_date && c.outcome_date <= date) return c.outcome;
  return 'pending';
}

/** The status today: the outcome, or pending when none is recorded. */
export function finalStatus(c: Lawsuit): CaseStatus {
  return c.outcome ?? 'pending';
}
