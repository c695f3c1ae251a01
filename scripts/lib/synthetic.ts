/**
 * Synthetic lawsuits for benchmarks and scale tests: any number of plausible, valid rows.
 *
 * The benchmark needs data sets of 1,000 and 10,000 cases that exercise the same code paths
 * as the real one (many states, every outcome, pending cases, empty dockets and filing
 * dates, appeals), so the figures say how the site scales rather than how fast it handles
 * an unrealistic shape. Everything comes from one seeded PRNG and the row index, so a seed
 * always yields the same rows, byte for byte. This module reads no files: the CLI in
 * scripts/generate-synthetic.ts does that.
 */
import { stringify } from 'csv-stringify/sync';
import { randomLcg } from 'd3';

import { type Dataset, EVENTS, LAWSUITS, PUBLISHERS, RULINGS, STATES } from '../../src/data/files.ts';
import { ELECTION_DAY } from '../../src/data/period.ts';
import {
  type Claim,
  CLAIMS,
  type CourtLevel,
  eventColumns,
  type Lawsuit,
  lawsuitColumns,
  type Outcome,
  PLAINTIFF_TYPES,
  type PlaintiffType,
  type Publisher,
  publisherColumns,
  type Ruling,
  rulingColumns,
  type State,
  stateColumns,
} from '../../src/data/schema.ts';

export const DEFAULT_SEED = 2020;

/** Filings run from Election Day to the electoral-vote count in Congress. */
const LAST_FILING = '2021-01-06';
/** Outcomes fall before the end of the timeline, except a few long appeals. */
const OUTCOMES_BY = '2021-03-31';
const LONG_APPEALS_BY = '2022-12-31';

export interface SyntheticOptions {
  cases: number;
  seed?: number;
}

type Rng = () => number;
type Weights<T extends string> = Partial<Record<T, number>>;

// Shares close to the real data: the battlegrounds carry most suits, then a long tail, so a
// large set touches every state page and chart version the site can publish.
const STATE_WEIGHTS: Record<string, number> = {
  PA: 16,
  AZ: 8,
  GA: 8,
  MI: 8,
  WI: 7,
  NV: 5,
  MN: 1.5,
  NM: 1,
  TX: 1,
  DC: 1,
  US: 1,
  NH: 0.6,
  VA: 0.6,
  NY: 0.6,
  NC: 0.6,
  FL: 0.5,
  OH: 0.5,
  CA: 0.5,
  NJ: 0.4,
};
const OTHER_STATE_WEIGHT = 0.15;

const PLAINTIFF_WEIGHTS: Weights<PlaintiffType> = {
  'trump campaign': 19,
  'voters and groups': 18,
  electors: 6,
  'republican party': 4,
  'members of congress': 3,
  'other candidates': 2,
  'state legislators': 1,
  'state attorney general': 1,
};
const CLAIM_WEIGHTS: Weights<Claim> = {
  certification: 23,
  'fraud and machines': 9,
  'ballot handling': 7,
  'ballot curing': 6,
  'observer access': 4,
  other: 4,
  'counting deadline': 1,
};
/** `undefined` is a case still pending, or whose ending could not be confirmed. */
const OUTCOME_WEIGHTS: [Outcome | undefined, number][] = [
  ['lost on appeal', 35],
  ['denied', 26],
  ['withdrawn', 22],
  ['dismissed', 10],
  ['won', 3],
  [undefined, 4],
];
/** Mean days from filing to outcome; appeals take longest. */
const MEAN_DAYS: Record<Outcome, number> = { withdrawn: 6, dismissed: 12, denied: 10, won: 20, 'lost on appeal': 30 };

const FIRST_LEVEL: Weights<CourtLevel> = { 'state trial': 50, 'federal district': 37, 'state supreme': 10 };
/** Where an appeal from each level can end (the same court system, or the U.S. Supreme Court). */
const APPEALS: Partial<Record<CourtLevel, Weights<CourtLevel>>> = {
  'state trial': { 'state appellate': 2, 'state supreme': 5, 'us supreme': 3 },
  'federal district': { 'federal appeals': 3, 'us supreme': 4 },
  'state supreme': { 'us supreme': 1 },
};

const CLAIM_PHRASES: Record<Claim, string> = {
  certification: 'asked the court to stop or undo the certification of the result',
  'ballot handling': 'challenged how mail ballots were received and handled',
  'fraud and machines': 'alleged fraud and faulty voting machines',
  'ballot curing': 'objected to voters being allowed to fix flawed mail ballots',
  'observer access': 'sought closer access for poll watchers at the count',
  'counting deadline': 'challenged counting ballots that arrived after Election Day',
  other: 'raised other objections to how the election was run',
};

const SURNAMES = [
  'Adams',
  'Baker',
  'Carter',
  'Dawson',
  'Ellis',
  'Fowler',
  'Garcia',
  'Hughes',
  'Irwin',
  'Jensen',
  'Keller',
  'Lowe',
  'Miller',
  'Nolan',
  'Ortiz',
  'Price',
  'Reed',
  'Stone',
  'Turner',
  'Walsh',
];
const FIRST_NAMES = ['Anna', 'Brian', 'Carla', 'David', 'Emily', 'Frank', 'Grace', 'Henry', 'Irene', 'James', 'Karen', 'Louis'];
// County names that exist in many states, so a synthetic court reads like a real one.
const COUNTIES = [
  'Adams',
  'Clark',
  'Douglas',
  'Franklin',
  'Fulton',
  'Greene',
  'Hamilton',
  'Jackson',
  'Jefferson',
  'Lake',
  'Lincoln',
  'Madison',
  'Marion',
  'Monroe',
  'Montgomery',
  'Polk',
  'Union',
  'Warren',
  'Washington',
  'Wayne',
];
const FEDERAL_DISTRICTS: Record<string, readonly string[]> = {
  PA: ['Eastern', 'Middle', 'Western'],
  MI: ['Eastern', 'Western'],
  WI: ['Eastern', 'Western'],
  GA: ['Northern', 'Middle', 'Southern'],
  TX: ['Northern', 'Southern', 'Eastern', 'Western'],
  NY: ['Northern', 'Southern', 'Eastern', 'Western'],
  NC: ['Eastern', 'Middle', 'Western'],
  FL: ['Northern', 'Middle', 'Southern'],
  OH: ['Northern', 'Southern'],
  CA: ['Northern', 'Central', 'Southern', 'Eastern'],
};

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let left = rng() * total;
  for (const [value, weight] of entries) {
    left -= weight;
    if (left < 0) return value;
  }
  const last = entries.at(-1);
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

const entriesOf = <T extends string>(weights: Weights<T>) => Object.entries(weights) as [T, number][];

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const DAY_MS = 86_400_000;

/** The ISO date `days` after an ISO date, in UTC like every date of the data. */
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);

/** Days between two ISO dates. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Most suits came in the first weeks after the election: skew filing days towards the start. */
function filingDate(rng: Rng): string {
  const span = daysBetween(ELECTION_DAY, LAST_FILING);
  return addDays(ELECTION_DAY, Math.floor((span + 1) * rng() ** 1.8));
}

function outcomeDate(rng: Rng, filed: string, outcome: Outcome): string {
  const days = Math.round(-MEAN_DAYS[outcome] * Math.log(1 - rng()));
  const date = addDays(filed, days);
  const limit = outcome === 'lost on appeal' ? LONG_APPEALS_BY : OUTCOMES_BY;
  if (date <= limit) return date;
  // Redraw within the window rather than clamp, which would pile rulings up on one day.
  return addDays(filed, Math.floor(rng() * (daysBetween(filed, OUTCOMES_BY) + 1)));
}

function firstLevel(rng: Rng, state: string): CourtLevel {
  return state === 'US' ? 'us supreme' : weighted(rng, entriesOf(FIRST_LEVEL));
}

/** The highest court for an outcome; `undefined` when that outcome cannot happen at this level. */
function highestCourt(rng: Rng, level: CourtLevel, outcome: Outcome | undefined): CourtLevel | undefined {
  const above = APPEALS[level];
  if (outcome === 'lost on appeal') return above ? weighted(rng, entriesOf(above)) : undefined;
  // Some denials and dismissals are upheld one level up without being counted as lost appeals.
  if (outcome && outcome !== 'withdrawn' && above && rng() < 0.15) return entriesOf(above)[0]?.[0] ?? level;
  return level;
}

function courtName(rng: Rng, state: State, level: CourtLevel): string {
  const county = pick(rng, COUNTIES);
  switch (level) {
    case 'us supreme':
      return 'Supreme Court of the United States';
    case 'state supreme':
      return state.code === 'DC' ? 'District of Columbia Court of Appeals' : `Supreme Court of ${state.name}`;
    case 'state appellate':
      return `${state.name} Court of Appeals`;
    case 'federal district': {
      const district = FEDERAL_DISTRICTS[state.code];
      const where = district ? `${pick(rng, district)} District of ${state.name}` : `District of ${state.name}`;
      return `U.S. District Court for the ${where}`;
    }
    case 'federal appeals':
      return 'U.S. Court of Appeals';
    case 'state trial':
      if (state.code === 'DC') return 'Superior Court of the District of Columbia';
      if (state.code === 'PA') return `Court of Common Pleas of ${county} County`;
      return `${state.name} Superior Court, ${county} County`;
  }
}

/** Docket numbers count up per court, so they are unique within each court as the data requires. */
function docketNumber(level: CourtLevel, filed: string, seq: number): string {
  const year = filed.slice(0, 4);
  switch (level) {
    case 'federal district':
      return `2:${year.slice(2)}-cv-${String(seq).padStart(5, '0')}`;
    case 'us supreme':
      return `${year.slice(2)}A${seq}`;
    case 'state supreme':
      return `${seq} EM ${year}`;
    default:
      return `CV${year}-${String(seq).padStart(6, '0')}`;
  }
}

interface Parties {
  plaintiffs: string;
  /** How the plaintiff side is named in the case name. */
  short: string;
  defendant: string;
  /** Short words for the id, as in "pa-trump-v-boockvar". */
  plaintiffKey: string;
  defendantKey: string;
}

function defendantOf(rng: Rng, plaintiff: string): { defendant: string; defendantKey: string } {
  const county = pick(rng, COUNTIES);
  // Redraw once so "Ellis v. Ellis" stays rare.
  let official = pick(rng, SURNAMES);
  if (official === plaintiff) official = pick(rng, SURNAMES);
  return pick(rng, [
    { defendant: `${county} County Board of Elections`, defendantKey: `${county}-county` },
    { defendant: official, defendantKey: official },
    { defendant: `Governor ${official}`, defendantKey: official },
  ]);
}

function plaintiffOf(rng: Rng, type: PlaintiffType, state: State): Omit<Parties, 'defendant' | 'defendantKey'> {
  const surname = pick(rng, SURNAMES);
  const person = `${pick(rng, FIRST_NAMES)} ${surname}`;
  const individual = (plaintiffs: string) => ({ plaintiffs, short: surname, plaintiffKey: surname });
  switch (type) {
    case 'trump campaign':
      return {
        plaintiffs: 'Donald J. Trump for President, Inc. and others',
        short: 'Donald J. Trump for President, Inc.',
        plaintiffKey: 'trump',
      };
    case 'republican party': {
      const party = state.code === 'US' ? 'Republican National Committee' : `${state.name} Republican Party`;
      return { plaintiffs: party, short: party, plaintiffKey: state.code === 'US' ? 'rnc' : `${state.code}gop` };
    }
    case 'state attorney general': {
      const name = state.code === 'US' ? 'Texas' : state.name;
      return { plaintiffs: `The attorney general of ${name}`, short: `State of ${name}`, plaintiffKey: name };
    }
    case 'electors':
      return individual(`${person} and other Republican electors`);
    case 'members of congress':
      return individual(`Rep. ${person} and others`);
    case 'other candidates':
      return individual(`Candidate ${person}`);
    case 'state legislators':
      return individual(`State Sen. ${person} and other legislators`);
    case 'voters and groups':
      return individual(`${person} and other voters`);
  }
}

function parties(rng: Rng, type: PlaintiffType, state: State): Parties {
  const plaintiff = plaintiffOf(rng, type, state);
  return { ...plaintiff, ...defendantOf(rng, plaintiff.short) };
}

function summaryOf(claim: Claim, state: State, rulings: number): string {
  const path = rulings === 0 ? 'No ruling is recorded yet.' : `Its path has ${rulings} ruling${rulings === 1 ? '' : 's'}.`;
  return `Synthetic case for benchmarks: it ${CLAIM_PHRASES[claim]} in ${state.name}. ${path}`;
}

interface Context {
  rng: Rng;
  states: ReadonlyMap<string, State>;
  stateWeights: readonly (readonly [string, number])[];
  docketSeq: Map<string, number>;
}

function outcomeFor(rng: Rng, level: CourtLevel): { outcome: Outcome | undefined; highest: CourtLevel } {
  const outcome = weighted(rng, OUTCOME_WEIGHTS);
  const highest = highestCourt(rng, level, outcome);
  // A suit filed in the highest court cannot lose an appeal; there it was simply denied.
  return highest ? { outcome, highest } : { outcome: 'denied', highest: level };
}

type Step = Pick<Ruling, 'date' | 'court_level' | 'action' | 'favoured' | 'detail'>;

/** The rulings that take a case filed on `filed` to `outcome`, in date order, a court level up for an appeal. */
function pathTo(rng: Rng, outcome: Outcome | undefined, level: CourtLevel, highest: CourtLevel, filed: string): Step[] {
  const end = outcome ? outcomeDate(rng, filed, outcome) : addDays(filed, Math.floor(rng() * 10));
  const midway = addDays(filed, Math.floor(daysBetween(filed, end) / 2));
  const top = level === 'us supreme' || level === 'state supreme';
  switch (outcome) {
    case undefined:
      // Still open: half have had a first ruling against them, half none yet.
      return rng() < 0.5
        ? [{ date: end, court_level: level, action: 'denied relief', favoured: 'defendants', detail: 'Refused an emergency order.' }]
        : [];
    case 'withdrawn':
      return [{ date: end, court_level: level, action: 'withdrawn', favoured: 'neither', detail: 'The plaintiffs dropped the case.' }];
    case 'won':
      return [
        {
          date: end,
          court_level: level,
          action: 'granted relief',
          favoured: 'plaintiffs',
          detail: 'Ordered what the plaintiffs asked for.',
        },
      ];
    case 'denied':
      return [
        {
          date: end,
          court_level: level,
          action: top ? 'leave denied' : 'denied relief',
          favoured: 'defendants',
          detail: 'Refused what the plaintiffs asked for.',
        },
      ];
    case 'dismissed': {
      const first: Step[] =
        rng() < 0.3 && midway < end
          ? [{ date: midway, court_level: level, action: 'denied relief', favoured: 'defendants', detail: 'Refused a restraining order.' }]
          : [];
      return [...first, { date: end, court_level: level, action: 'dismissed', favoured: 'defendants', detail: 'Threw the case out.' }];
    }
    case 'lost on appeal':
      return [
        { date: midway, court_level: level, action: 'dismissed', favoured: 'defendants', detail: 'Threw the case out.' },
        {
          date: end,
          court_level: highest,
          action: highest === 'us supreme' ? 'certiorari denied' : 'affirmed',
          favoured: 'defendants',
          detail: 'Upheld the ruling below.',
        },
      ];
  }
}

function lawsuit(ctx: Context, index: number): { lawsuit: Lawsuit; rulings: Ruling[] } {
  const { rng } = ctx;
  const state = ctx.states.get(weighted(rng, ctx.stateWeights))!;
  const level = firstLevel(rng, state.code);
  const court = courtName(rng, state, level);
  const filed = filingDate(rng);
  const { outcome, highest } = outcomeFor(rng, level);
  const type = weighted(rng, entriesOf(PLAINTIFF_WEIGHTS));
  const claim = weighted(rng, entriesOf(CLAIM_WEIGHTS));
  const who = parties(rng, type, state);
  const seq = (ctx.docketSeq.get(court) ?? 0) + 1;
  ctx.docketSeq.set(court, seq);
  const id = slugify(`${state.code}-${who.plaintiffKey}-v-${who.defendantKey}-${index + 1}`);
  // A few rows leave out what the real data sometimes could not confirm, so those paths run too.
  const docket = rng() < 0.1 ? undefined : docketNumber(level, filed, seq);
  const steps = pathTo(rng, outcome, level, highest, filed);
  const filedDate = steps.length > 0 && rng() < 0.01 ? undefined : filed;
  const rulings: Ruling[] = steps.map((step, i) => ({
    case_id: id,
    ...step,
    court: step.court_level === level ? court : courtName(rng, state, step.court_level),
    docket: step.court_level === level ? docket : undefined,
    source_url: `https://example.org/synthetic/rulings/${id}/${i + 1}`,
    source_url_2: undefined,
  }));
  const record: Lawsuit = {
    id,
    case_name: `${who.short} v. ${who.defendant}`,
    state: state.code,
    court,
    court_level: level,
    docket,
    filed_date: filedDate,
    plaintiffs: who.plaintiffs,
    plaintiff_type: type,
    claim,
    ended: outcome ? 'yes' : 'no',
    related: undefined,
    summary: summaryOf(claim, state, rulings.length),
    source_url: `https://example.org/synthetic/lawsuits/${id}`,
    source_url_2: rng() < 0.6 ? `https://docket.example.org/${id}` : undefined,
  };
  return { lawsuit: record, rulings };
}

export interface SyntheticData {
  lawsuits: Lawsuit[];
  rulings: Ruling[];
}

/** `cases` plausible, valid lawsuits and their rulings in the given states, the same ones for the same seed. */
export function generateLawsuits(states: readonly State[], { cases, seed = DEFAULT_SEED }: SyntheticOptions): SyntheticData {
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`cases must be a whole number of at least 1, not ${cases}`);
  if (!Number.isInteger(seed) || seed < 1) throw new Error(`seed must be a whole number of at least 1, not ${seed}`);
  if (states.length === 0) throw new Error('at least one state is needed');
  const ctx: Context = {
    // A whole-number seed is used as the LCG's 32-bit state, so each seed is its own sequence.
    rng: randomLcg(seed),
    states: new Map(states.map((s) => [s.code, s])),
    stateWeights: states.map((s) => [s.code, STATE_WEIGHTS[s.code] ?? OTHER_STATE_WEIGHT] as const),
    docketSeq: new Map(),
  };
  const made = Array.from({ length: cases }, (_, i) => lawsuit(ctx, i));
  return { lawsuits: made.map((m) => m.lawsuit), rulings: made.flatMap((m) => m.rulings) };
}

/** The publisher every synthetic source comes from, to add to a data folder's registry. */
const SYNTHETIC_PUBLISHERS: readonly Publisher[] = [
  { domain: 'example.org', name: 'Synthetic source (benchmarks only)', kind: 'court record copy' },
];

const csvOf = <T extends object>(rows: readonly T[], columns: Record<string, unknown>) =>
  stringify(rows as T[], { header: true, columns: Object.keys(columns), record_delimiter: '\n' });

/** Rows as the text of their CSV file: the contract's header order, empty cells for absent values. */
const lawsuitsCsv = (lawsuits: readonly Lawsuit[]) => csvOf(lawsuits, lawsuitColumns);
const rulingsCsv = (rulings: readonly Ruling[]) => csvOf(rulings, rulingColumns);
const publishersCsv = (publishers: readonly Publisher[]) => csvOf(publishers, publisherColumns);

/**
 * A whole synthetic data folder, file name → text: generated cases and rulings, the source
 * folder's states and events (events need no cases), and its publishers plus the synthetic one.
 * Disagreements and published tallies are about the real cases, so they are left out.
 */
export function syntheticFiles(
  source: Pick<Dataset, 'states' | 'events' | 'publishers'>,
  options: SyntheticOptions,
): Record<string, string> {
  const { lawsuits, rulings } = generateLawsuits(source.states, options);
  return {
    [LAWSUITS.file]: lawsuitsCsv(lawsuits),
    [RULINGS.file]: rulingsCsv(rulings),
    [STATES.file]: csvOf(source.states, stateColumns),
    [EVENTS.file]: csvOf(source.events, eventColumns),
    [PUBLISHERS.file]: publishersCsv([
      ...source.publishers,
      ...SYNTHETIC_PUBLISHERS.filter((p) => !source.publishers.some((q) => q.domain === p.domain)),
    ]),
  };
}

// Every value of the contract must be generated, so a new plaintiff type or claim is noticed here.
for (const type of PLAINTIFF_TYPES) if (!(type in PLAINTIFF_WEIGHTS)) throw new Error(`plaintiff type "${type}" has no synthetic weight`);
for (const claim of CLAIMS) if (!(claim in CLAIM_WEIGHTS)) throw new Error(`claim "${claim}" has no synthetic weight`);
