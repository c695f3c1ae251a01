/**
 * Numbers the story's prose quotes from the data, so a sentence like "54 lawsuits" can never
 * drift from the charts: every filter here is the same one the charts use.
 */
import { type BenchGroup, benchGroup, judgesAgainst } from '../data/bench.ts';
import { mainGrounds } from '../data/case-summary.ts';
import type { Dataset } from '../data/files.ts';
import type { Claim, Ground, Lawsuit, PlaintiffType } from '../data/schema.ts';
import { type CaseStatus, isOpen, isOutcome, TURNED_DOWN } from '../data/status.ts';
import { type CaseOnDay, casesAsOf, changedAResult } from '../data/tallies.ts';

export const STATUS_GROUPS = ['open', 'ended', 'turned down'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

function inGroup(status: CaseStatus, wanted: CaseStatus | StatusGroup): boolean {
  if (wanted === 'open') return isOpen(status);
  if (wanted === 'ended') return isOutcome(status);
  if (wanted === 'turned down') return TURNED_DOWN.includes(status);
  return status === wanted;
}

export interface CountQuery {
  /** Status at the end of this day; final outcomes when absent. */
  asOf?: string;
  /**
   * Only cases with this status (on asOf, or today). Groups: "open" (still before a court),
   * "ended" (with a known outcome), and "turned down" (a court had ruled against them at least once).
   */
  status?: CaseStatus | StatusGroup;
  state?: string;
  /** Any of these states. */
  states?: readonly string[];
  plaintiff?: PlaintiffType;
  claim?: Claim;
  /**
   * Only suits turned down on this ground: one of the main grounds of the latest ruling against
   * them whose reasons are known (case-summary.ts), as the grounds chart counts them.
   */
  ground?: Ground;
  /** Only suits that changed a state's result (see changedAResult). */
  changedResult?: boolean;
}

const hasGround = (rulings: CaseOnDay['history']['rulings'], ground: Ground, asOf?: string) =>
  (mainGrounds(asOf ? rulings.filter((r) => r.date <= asOf) : rulings) ?? '').split(' ').includes(ground);

/** The cases a query selects, in file order. */
export function matchingCases(data: Pick<Dataset, 'lawsuits' | 'rulings'>, q: CountQuery): Lawsuit[] {
  return casesAsOf(data, q.asOf)
    .filter(
      (r) =>
        (!q.status || inGroup(r.status, q.status)) &&
        (!q.state || r.case.state === q.state) &&
        (!q.states || q.states.includes(r.case.state)) &&
        (!q.plaintiff || r.case.plaintiff_type === q.plaintiff) &&
        (!q.claim || r.case.claim === q.claim) &&
        (!q.ground || hasGround(r.history.rulings, q.ground, q.asOf)) &&
        (!q.changedResult || changedAResult(r)),
    )
    .map((r) => r.case);
}

export function countCases(data: Pick<Dataset, 'lawsuits' | 'rulings'>, q: CountQuery): number {
  return matchingCases(data, q).length;
}

/**
 * The judges who joined a ruling against the plaintiffs of the cases a query selects, each once,
 * optionally only those a given president, governor or electorate put on the bench (bench.ts).
 */
export function countJudges(data: Pick<Dataset, 'lawsuits' | 'rulings' | 'judges'>, q: CountQuery, bench?: BenchGroup): number {
  const cases = new Set(matchingCases(data, q).map((c) => c.id));
  return judgesAgainst(data, cases).filter((j) => !bench || benchGroup(j) === bench).length;
}

/** Distinct states (and DC, and the Supreme Court's original docket) with at least one case. */
export function countPlaces(data: Pick<Dataset, 'lawsuits' | 'rulings'>, q: Pick<CountQuery, 'asOf'> = {}): number {
  return new Set(casesAsOf(data, q.asOf).map((r) => r.case.state)).size;
}

/** A query from props as a writer types them (`states="AZ,GA"`). */
export function countQuery(given: object): CountQuery {
  const props = given as Record<string, unknown>;
  const query: CountQuery = {};
  if (typeof props.asOf === 'string') query.asOf = props.asOf;
  if (typeof props.status === 'string') query.status = props.status as CountQuery['status'] & string;
  if (typeof props.state === 'string') query.state = props.state;
  if (typeof props.states === 'string') query.states = props.states.split(',').map((s) => s.trim());
  if (typeof props.plaintiff === 'string') query.plaintiff = props.plaintiff as PlaintiffType;
  if (typeof props.claim === 'string') query.claim = props.claim as Claim;
  if (typeof props.ground === 'string') query.ground = props.ground as Ground;
  if (props.changedResult === true) query.changedResult = true;
  return query;
}
