/**
 * Who ruled against the suits: the judges who joined a ruling that went against the plaintiffs,
 * not as dissenters, and who put each of them on the bench. The judges chart and the story's
 * counts of judges both read it, so a sentence and the chart beside it cannot disagree.
 */
import type { Dataset } from './files.ts';
import { type Judge, type Party, type Ruling, UNCONFIRMED, UNSIGNED } from './schema.ts';

/**
 * Who put the judges on the bench, as the site tells them apart, in the order it shows them:
 * those appointed by a Republican or elected as one first, then the Democratic ones, then the
 * rest. Presidents' appointees keep Trump's own apart, since whether judges he chose ruled
 * against him is the question readers bring.
 */
export const BENCH_GROUPS = [
  'trump',
  'republican-presidents',
  'republican-governors',
  'elected-republicans',
  'democratic-presidents',
  'democratic-governors',
  'elected-democrats',
  'governors-party-unconfirmed',
  'elected-party-unconfirmed',
  'elected-nonpartisan',
  'court',
  'unconfirmed',
] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];

export const BENCH_LABEL: Record<BenchGroup, string> = {
  trump: 'Appointed by Trump',
  'republican-presidents': 'By other Republican presidents',
  'republican-governors': 'By Republican governors',
  'elected-republicans': 'Elected as Republicans',
  'democratic-presidents': 'By Democratic presidents',
  'democratic-governors': 'By Democratic governors',
  'elected-democrats': 'Elected as Democrats',
  'governors-party-unconfirmed': 'By governors, party unconfirmed',
  'elected-party-unconfirmed': 'Elected, party unconfirmed',
  'elected-nonpartisan': 'Elected without a party label',
  court: 'Chosen by their own court',
  unconfirmed: 'Not confirmed',
};

/** The party behind each group: of the president or governor who appointed them, or of their ticket. */
export const BENCH_PARTY: Record<BenchGroup, Party | undefined> = {
  trump: 'Republican',
  'republican-presidents': 'Republican',
  'republican-governors': 'Republican',
  'elected-republicans': 'Republican',
  'democratic-presidents': 'Democratic',
  'democratic-governors': 'Democratic',
  'elected-democrats': 'Democratic',
  'governors-party-unconfirmed': undefined,
  'elected-party-unconfirmed': undefined,
  'elected-nonpartisan': undefined,
  court: undefined,
  unconfirmed: undefined,
};

export function benchGroup(j: Pick<Judge, 'selection' | 'appointed_by' | 'party'>): BenchGroup {
  switch (j.selection) {
    case 'president':
      if (j.appointed_by === 'Donald Trump') return 'trump';
      return j.party === 'Democratic' ? 'democratic-presidents' : 'republican-presidents';
    case 'governor':
      if (!j.party) return 'governors-party-unconfirmed';
      return j.party === 'Democratic' ? 'democratic-governors' : 'republican-governors';
    case 'partisan election':
      // Judges.csv leaves the party empty both when it is unconfirmed and when the judge won
      // both parties' nominations; neither can be counted with one party.
      if (!j.party) return 'elected-party-unconfirmed';
      return j.party === 'Democratic' ? 'elected-democrats' : 'elected-republicans';
    case 'nonpartisan election':
      return 'elected-nonpartisan';
    case 'court':
      return 'court';
    default:
      return 'unconfirmed';
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
