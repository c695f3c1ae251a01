/**
 * Who ruled against the suits: the judges who joined a ruling that went against the plaintiffs,
 * not as dissenters, and who put each of them on the bench. The judges chart and the story's
 * counts of judges both read it, so a sentence and the chart beside it cannot disagree.
 */
import type { Dataset } from './files.ts';
import { type Judge, type Ruling, UNCONFIRMED, UNSIGNED } from './schema.ts';

/** Who put the judges on the bench, as the site tells them apart, in the order it shows them. */
export const BENCH_GROUPS = [
  'Donald Trump',
  'Other Republican presidents',
  'Democratic presidents',
  'Republican governors',
  'Democratic governors',
  'Governors of unconfirmed party',
  'Voters, as Republicans',
  'Voters, as Democrats',
  'Voters, party unconfirmed',
  'Voters, no party on the ballot',
  'Their own court',
  'Not confirmed',
] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];

/**
 * Presidents' appointees by party, with Trump's own apart, since whether judges he chose ruled
 * against him is the question readers bring; elected judges by the ticket they ran on.
 */
export function benchGroup(j: Pick<Judge, 'selection' | 'appointed_by' | 'party'>): BenchGroup {
  switch (j.selection) {
    case 'president':
      if (j.appointed_by === 'Donald Trump') return 'Donald Trump';
      return j.party === 'Democratic' ? 'Democratic presidents' : 'Other Republican presidents';
    case 'governor':
      if (!j.party) return 'Governors of unconfirmed party';
      return j.party === 'Democratic' ? 'Democratic governors' : 'Republican governors';
    case 'partisan election':
      // Judges.csv leaves the party empty both when it is unconfirmed and when the judge won
      // both parties' nominations; neither can be counted with one party.
      if (!j.party) return 'Voters, party unconfirmed';
      return j.party === 'Democratic' ? 'Voters, as Democrats' : 'Voters, as Republicans';
    case 'nonpartisan election':
      return 'Voters, no party on the ballot';
    case 'court':
      return 'Their own court';
    default:
      return 'Not confirmed';
  }
}

export interface RulingAgainst {
  ruling: Ruling;
  /** The judges who made it, without its dissenters; none when it is unsigned or unconfirmed. */
  judges: string[];
}

/** Every ruling against the plaintiffs of the given cases (all cases when none are given). */
export function rulingsAgainst(data: Pick<Dataset, 'rulings'>, caseIds?: ReadonlySet<string>): RulingAgainst[] {
  return data.rulings
    .filter((r) => r.favoured === 'defendants' && (!caseIds || caseIds.has(r.case_id)))
    .map((ruling) => {
      const dissent = new Set((ruling.dissent ?? '').split(' '));
      const cell = ruling.judges;
      const named = cell === UNSIGNED || cell === UNCONFIRMED ? [] : (cell ?? '').split(' ').filter(Boolean);
      return { ruling, judges: named.filter((id) => !dissent.has(id)) };
    });
}

/** The judges who joined at least one ruling against the plaintiffs of the given cases, each once, in file order. */
export function judgesAgainst(data: Pick<Dataset, 'rulings' | 'judges'>, caseIds?: ReadonlySet<string>): Judge[] {
  const ids = new Set(rulingsAgainst(data, caseIds).flatMap((r) => r.judges));
  return data.judges.filter((j) => ids.has(j.id));
}
