/**
 * A case's row in the published lawsuits table: the desk's columns plus what its rulings amount
 * to (derived-columns.ts), from the same history the pages draw.
 */
import type { Lawsuit, Ruling } from './schema.ts';
import { type CaseHistory, decidingRuling, finalStatus } from './status.ts';

/** The grounds of the latest ruling against the plaintiffs whose reasons are known, else why none are. */
export function mainGrounds(rulings: readonly Ruling[]): string | undefined {
  const against = rulings.filter((r) => r.favoured === 'defendants');
  if (against.length === 0) return undefined;
  const explained = against.filter((r) => r.grounds && r.grounds !== 'unexplained' && r.grounds !== 'unconfirmed').at(-1);
  if (explained) return explained.grounds;
  // No reasons on record: say whether the courts gave none or we could not confirm them.
  return against.some((r) => r.grounds === 'unexplained') ? 'unexplained' : against.some((r) => r.grounds) ? 'unconfirmed' : undefined;
}

export function publishedCase(h: CaseHistory): Lawsuit & Record<string, string | number | undefined> {
  const deciding = h.outcome ? decidingRuling(h.case, h.rulings) : undefined;
  return {
    ...h.case,
    status: finalStatus(h),
    outcome: h.outcome,
    decided_on: h.decidedOn,
    ended_on: h.endedOn,
    last_ruling: h.rulings.at(-1)?.date,
    rulings: h.rulings.length,
    highest_court: h.highestCourt,
    main_grounds: mainGrounds(h.rulings),
    decided_by: deciding?.court,
  };
}
