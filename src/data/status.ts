/**
 * A case's status on any date, derived from its rulings (rulings.csv) and never stored.
 * Dates are ISO strings; a case's status "on" a date is where it stood at the end of that day.
 *
 * While a case is still before a court (a later ruling is recorded, or `ended` says it is not
 * over) its status is open: no ruling yet, won so far, or lost so far. Once its last ruling has
 * ended it, the status is the outcome that path through the courts amounts to (see outcomeOf).
 */
import type { Dataset } from './files.ts';
import { courtRank } from './rules.ts';
import { APPEALS, inOrder } from './ruling-rules.ts';
import { type CourtLevel, type Lawsuit, type Outcome, PARTY_ENDINGS, type Ruling } from './schema.ts';

/** Open statuses: the case is still before a court. */
const OPEN_STATUSES = ['awaiting ruling', 'won so far', 'lost so far'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/**
 * Every status, in the order charts stack and tables sort them, the chart's message in one run
 * from the baseline: the ways a suit was turned down, from the furthest it went (lost on appeal)
 * to the not yet final (lost so far), so every suit turned down at least once sits in one run;
 * then the suits dropped; then the wins, final before so far; last the undecided and the
 * unknown, which the charts draw quietly at the end of a bar.
 */
export const STATUS_ORDER = [
  'lost on appeal',
  'dismissed',
  'denied',
  'lost so far',
  'withdrawn',
  'won',
  'won so far',
  'awaiting ruling',
  'not confirmed',
] as const;
export type CaseStatus = (typeof STATUS_ORDER)[number];
export type Status = 'not filed' | CaseStatus;

/** The statuses of a suit a court had already turned down at least once. */
export const TURNED_DOWN: readonly CaseStatus[] = ['lost so far', 'dismissed', 'denied', 'lost on appeal'];

export const isOpen = (status: CaseStatus): status is OpenStatus => (OPEN_STATUSES as readonly string[]).includes(status);

/**
 * A case whose ending we could not confirm (ended = "not confirmed") and with no ruling on
 * record is neither open nor over as far as we know: it has this status from its filing on,
 * never "no ruling yet", which would claim it was still waiting.
 */
const UNCONFIRMED = 'not confirmed' satisfies CaseStatus;

/** A final outcome: neither still before a court nor unknown. */
export const isOutcome = (status: CaseStatus): status is Outcome => !isOpen(status) && status !== UNCONFIRMED;

/** A case with everything derived from its rulings. */
export interface CaseHistory {
  case: Lawsuit;
  /** Its rulings in the order they happened. */
  rulings: readonly Ruling[];
  /** The first day the case is known to exist: its filing, or its first ruling when the filing date is unknown. */
  knownFrom: string;
  /** How it ended, once it has (ended = yes). */
  outcome?: Outcome;
  /** The day of the ruling that ended it. */
  endedOn?: string;
  /**
   * The day of the ruling that decided its outcome, once it has ended: often the day it ended, but
   * earlier when later rulings left the outcome as it was (Hamm v. Boockvar was denied on 6
   * November and dropped in February).
   */
  decidedOn?: string;
  /** The highest court that ruled, or where it began. */
  highestCourt: CourtLevel;
  /** The day a court first went against the plaintiffs, if one did. */
  firstTurnedDown?: string;
}

type Side = 'plaintiffs' | 'defendants';

/** Whom the case stood for after these rulings: the side of the last ruling that went for one. */
function sideOf(rulings: readonly Ruling[]): Side | undefined {
  for (let i = rulings.length - 1; i >= 0; i--) {
    const favoured = rulings[i]!.favoured;
    if (favoured !== 'neither') return favoured;
  }
  return undefined;
}

/**
 * What a finished path through the courts amounts to. A case dropped, settled or mooted before
 * any court went against the plaintiffs is withdrawn; one dropped after a defeat keeps the
 * defeat, since that is what decided it. A win that stood is won. A defeat is "lost on appeal"
 * when a court above the one where the case began went against them on review (an appeal
 * ruling, or after a lower court had), else "dismissed" or "denied" by the ruling that decided it.
 */
export function outcomeOf(c: Pick<Lawsuit, 'court_level'>, rulings: readonly Ruling[]): Outcome {
  const side = sideOf(rulings);
  const last = rulings.at(-1);
  if (last && PARTY_ENDINGS.includes(last.action) && side !== 'defendants') return 'withdrawn';
  if (side === 'plaintiffs') return 'won';
  if (side === undefined) return 'withdrawn';
  const against = rulings.filter((r) => r.favoured === 'defendants');
  const lostAbove = against.some(
    (r, i) =>
      courtRank(r.court_level) > courtRank(c.court_level) &&
      (APPEALS.includes(r.action) || against.slice(0, i).some((e) => courtRank(e.court_level) < courtRank(r.court_level))),
  );
  if (lostAbove) return 'lost on appeal';
  return against.at(-1)!.action === 'dismissed' ? 'dismissed' : 'denied';
}

/**
 * The ruling that decided a finished case's outcome: the earliest one after which the outcome
 * its path amounts to (outcomeOf over the rulings up to each point) never changed again. A ruling
 * for neither side decides nothing unless it ended the case (a withdrawal, settlement or mootness),
 * so a ruling on an outsider's request is never the deciding one.
 */
export function decidingRuling(c: Pick<Lawsuit, 'court_level'>, rulings: readonly Ruling[]): Ruling | undefined {
  if (rulings.length === 0) return undefined;
  const outcome = outcomeOf(c, rulings);
  let deciding = rulings.length - 1;
  for (let i = rulings.length - 1; i >= 0; i--) {
    if (outcomeOf(c, rulings.slice(0, i + 1)) !== outcome) break;
    const r = rulings[i]!;
    if (r.favoured !== 'neither' || PARTY_ENDINGS.includes(r.action)) deciding = i;
  }
  return rulings[deciding];
}

function caseHistory(c: Lawsuit, rulings: readonly Ruling[]): CaseHistory {
  const ordered = inOrder(rulings);
  const knownFrom = c.filed_date ?? ordered[0]?.date;
  if (!knownFrom) throw new Error(`${c.id} has neither a filing date nor a ruling`);
  const highestCourt = ordered.reduce<CourtLevel>(
    (top, r) => (courtRank(r.court_level) > courtRank(top) ? r.court_level : top),
    c.court_level,
  );
  const history: CaseHistory = { case: c, rulings: ordered, knownFrom, highestCourt };
  const turnedDown = ordered.find((r) => r.favoured === 'defendants');
  if (turnedDown) history.firstTurnedDown = turnedDown.date;
  if (c.ended === 'yes' && ordered.length > 0) {
    history.outcome = outcomeOf(c, ordered);
    history.endedOn = ordered.at(-1)!.date;
    history.decidedOn = decidingRuling(c, ordered)!.date;
  }
  return history;
}

const histories = new WeakMap<readonly Lawsuit[], WeakMap<readonly Ruling[], CaseHistory[]>>();

/** Every case with its history, in file order; computed once per dataset. */
export function caseHistories(data: Pick<Dataset, 'lawsuits' | 'rulings'>): CaseHistory[] {
  let byRulings = histories.get(data.lawsuits);
  if (!byRulings) histories.set(data.lawsuits, (byRulings = new WeakMap()));
  let list = byRulings.get(data.rulings);
  if (!list) {
    const rulingsOf = new Map<string, Ruling[]>();
    for (const r of data.rulings) rulingsOf.set(r.case_id, [...(rulingsOf.get(r.case_id) ?? []), r]);
    list = data.lawsuits.map((c) => caseHistory(c, rulingsOf.get(c.id) ?? []));
    byRulings.set(data.rulings, list);
  }
  return list;
}

export function statusOn(h: CaseHistory, date: string): Status {
  if (date < h.knownFrom) return 'not filed';
  if (h.outcome && h.endedOn! <= date) return h.outcome;
  const side = sideOf(h.rulings.filter((r) => r.date <= date));
  if (side === 'plaintiffs') return 'won so far';
  if (side === 'defendants') return 'lost so far';
  return h.case.ended === 'not confirmed' && h.rulings.length === 0 ? UNCONFIRMED : 'awaiting ruling';
}

/** The status today: the outcome once the case has ended, else where it stands now. */
export function finalStatus(h: CaseHistory): CaseStatus {
  return h.outcome ?? (statusOn(h, '9999-12-31') as CaseStatus);
}
