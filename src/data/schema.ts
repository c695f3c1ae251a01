/**
 * The data contract: the one place each column of data/*.csv is described.
 *
 * The validator, the TypeScript types of every page and chart, the data dictionary on the
 * methodology page and the published JSON Schema are all derived from the objects below, so a
 * column changes here or nowhere. Column order in these objects is the order of the CSV header.
 */
import type { z } from 'zod';

import { hostName, httpsUrl, isoDate, oneOf, slug, slugList, stateCode, text, wholeNumber, wordsFrom, yesNo } from './columns.ts';
import { ELECTION_DAY, INAUGURATION_DAY, STORY_END, today } from './period.ts';

/** How a case can finally end; derived from its rulings (src/data/status.ts), never stored. */
export const OUTCOMES = ['dismissed', 'denied', 'withdrawn', 'lost on appeal', 'won'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Court levels, lowest first within each system; the rank decides which is higher. */
export const COURT_LEVELS = [
  'state trial',
  'state appellate',
  'state supreme',
  'federal district',
  'federal appeals',
  'us supreme',
] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

export const PLAINTIFF_TYPES = [
  'trump campaign',
  'republican party',
  'electors',
  'members of congress',
  'other candidates',
  'state legislators',
  'state attorney general',
  'voters and groups',
] as const;
export type PlaintiffType = (typeof PLAINTIFF_TYPES)[number];

export const CLAIMS = [
  'certification',
  'ballot handling',
  'fraud and machines',
  'ballot curing',
  'observer access',
  'counting deadline',
  'other',
] as const;
export type Claim = (typeof CLAIMS)[number];

const EVENT_CATEGORIES = [
  'election',
  'race call',
  'statement',
  'firing',
  'audit',
  'certification',
  'transition',
  'deadline',
  'electoral college',
  'court',
  'congress',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

const STATE_KINDS = ['state', 'district', 'federal'] as const;

/** What a court (or the parties) did in a case: the vocabulary of rulings.csv. */
export const RULING_ACTIONS = [
  'granted relief',
  'denied relief',
  'dismissed',
  'affirmed',
  'reversed',
  'appeal dismissed',
  'leave denied',
  'certiorari denied',
  'withdrawn',
  'settled',
  'moot',
] as const;
export type RulingAction = (typeof RULING_ACTIONS)[number];

const RULING_ACTION_MEANING: Record<RulingAction, string> = {
  'granted relief': 'the court ordered all or a real part of what the plaintiffs asked for',
  'denied relief':
    'the court refused an order the plaintiffs asked for (a restraining order, an injunction, a petition); the case could go on',
  dismissed: 'the court threw the case out',
  affirmed: 'a higher court upheld the decision below',
  reversed: 'a higher court overturned or vacated the decision below',
  'appeal dismissed': 'a higher court threw out the appeal without deciding it',
  'leave denied': 'a court refused to take up the case or the appeal (leave to appeal or to file, original jurisdiction)',
  'certiorari denied': 'the U.S. Supreme Court refused to review the case',
  withdrawn: 'the plaintiffs dropped the case or their appeal',
  settled: 'it ended by agreement of the parties',
  moot: 'it ended because it was moot, including when all sides agreed it was',
};

/** The endings that come from the parties, not from a court deciding for one side. */
export const PARTY_ENDINGS: readonly RulingAction[] = ['withdrawn', 'settled', 'moot'];

/**
 * Why a court turned the plaintiffs down, in a short list the methodology defines in plain
 * words. A ruling may give several; the first is the main one.
 */
export const GROUNDS = [
  'no-standing',
  'too-late',
  'no-evidence',
  'moot',
  'no-jurisdiction',
  'no-legal-basis',
  'no-remedy',
  'procedural',
  'unexplained',
  'unconfirmed',
] as const;
export type Ground = (typeof GROUNDS)[number];

export const GROUND_MEANING: Record<Ground, string> = {
  'no-standing': 'the plaintiffs had no standing: no injury of their own that a court could remedy',
  'too-late': 'they waited too long or missed a deadline (laches, an untimely contest)',
  'no-evidence': 'there was no evidence for the claims, or the evidence offered was not credible or was speculation',
  moot: 'there was nothing left to decide: the ballots were counted, the results certified or the day had passed',
  'no-jurisdiction': 'the court had no power to hear it: the wrong court, no jurisdiction, state immunity or abstention',
  'no-legal-basis': 'the law did not support the claims, even taken as true (no valid claim)',
  'no-remedy': "no irreparable harm, or the relief asked for was out of any court's reach or would harm the public",
  procedural: 'a procedural failing: the wrong parties sued, papers not served, the wrong form of filing',
  unexplained: 'the court gave no reasons (a one-line order, as most refusals of the U.S. Supreme Court are)',
  unconfirmed: 'the reasons the court gave could not be confirmed from the order or reliable reporting',
};

/** The one word that marks a court's order signed by no judge (a U.S. Supreme Court order list). */
export const UNSIGNED = 'unsigned';
/** The word for judges no reliable source names: the fact stays open rather than guessed. */
export const UNCONFIRMED = 'unconfirmed';

/** How a judge came to the seat they ruled from. */
export const SELECTIONS = ['president', 'governor', 'partisan election', 'nonpartisan election', 'court', 'not confirmed'] as const;
export type Selection = (typeof SELECTIONS)[number];

export const SELECTION_MEANING: Record<Selection, string> = {
  president: 'nominated by the president and confirmed by the Senate',
  governor: "appointed by the governor (including from a commission's list), even if later retained or elected",
  'partisan election': 'won an election in which judges run as party candidates',
  'nonpartisan election': 'won an election with no party on the ballot',
  court: 'appointed by the judges of a court (a magistrate judge, an assigned judge)',
  'not confirmed': 'how they came to that seat could not be confirmed from a reliable source',
};

const PARTIES = ['Republican', 'Democratic'] as const;
export type Party = (typeof PARTIES)[number];

export const FAVOURED = ['plaintiffs', 'defendants', 'neither'] as const;
export type Favoured = (typeof FAVOURED)[number];

const ENDED = ['yes', 'no', 'not confirmed'] as const;

const PUBLISHER_KINDS = ['court record', 'court record copy', 'news', 'case tracker', 'reference work', 'archive'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

const source = (which: string) =>
  httpsUrl({
    description: `${which} source: a page of a publisher listed in publishers.csv (a court record first, then reliable reporting) that confirms the row`,
    example: 'https://law.justia.com/cases/federal/appellate-courts/ca11/20-14418/20-14418-2020-12-05.html',
  });

/**
 * The desk's own archived copy of a source. Optional: without one the site shows the Internet
 * Archive's snapshot nearest the row's date (src/site/archive.ts).
 */
const archive = (of: 'source_url' | 'source_url_2') =>
  httpsUrl({
    description: `An archived copy of ${of} on a site listed in publishers.csv as an archive (the Internet Archive, archive.today, Perma.cc). Empty: the site links the Internet Archive's snapshot nearest the row's date.`,
    example:
      'https://web.archive.org/web/20201205000000/https://law.justia.com/cases/federal/appellate-courts/ca11/20-14418/20-14418-2020-12-05.html',
    archiveOf: of,
  }).optional();

export const lawsuitColumns = {
  id: slug({
    description: 'A permanent identifier for the case: state code, then the short case name. Never reuse or rename one.',
    example: 'pa-kelly-v-pennsylvania',
  }),
  case_name: text({
    description: 'The case name as courts and reporters write it.',
    example: 'Kelly v. Commonwealth of Pennsylvania',
    max: 160,
  }),
  state: stateCode({
    description: 'The state whose election the case was about (US for a case brought straight to the Supreme Court).',
    example: 'PA',
  }),
  court: text({ description: 'The court where the case was first filed.', example: 'Commonwealth Court of Pennsylvania', max: 120 }),
  court_level: oneOf(COURT_LEVELS, { description: 'The level of the court where the case was first filed.' }),
  docket: text({
    description: 'The docket (case) number in the court where it was filed. Empty when it could not be confirmed.',
    example: '620 MD 2020',
    max: 80,
  }).optional(),
  filed_date: isoDate({
    description: 'The day the case was filed. Empty when it could not be confirmed; never guessed.',
    example: '2020-11-21',
    from: ELECTION_DAY,
    to: INAUGURATION_DAY,
  }).optional(),
  plaintiffs: text({
    description: 'Who brought the case, as named in the filing.',
    example: 'Rep. Mike Kelly, Sean Parnell and others',
    max: 200,
  }),
  plaintiff_type: oneOf(PLAINTIFF_TYPES, { description: 'The kind of plaintiff, for grouping in charts.' }),
  claim: oneOf(CLAIMS, { description: 'The main thing the case asked the court to do or find.' }),
  ended: oneOf(ENDED, {
    description:
      'Whether the case is over: "yes" when its last ruling in rulings.csv ended it, "no" while it is still before a court, "not confirmed" when we could not confirm how or when it ended.',
    meanings: {
      yes: 'its last ruling in rulings.csv ended the case',
      no: 'it is still before a court (awaiting a ruling, or an appeal to come)',
      'not confirmed': 'we could not confirm how or when it ended',
    },
  }),
  related: text({
    description: "Ids of related cases (the same plaintiffs' other suits, a petition that gathered several), separated by spaces.",
    example: 'pa-trump-v-boockvar-scotus',
    max: 400,
  }).optional(),
  summary: text({
    description: 'What the case claimed and how it went, in our own words.',
    example: 'Asked to throw out all mail ballots; the state Supreme Court dismissed it for waiting too long.',
    max: 320,
  }),
  source_url: source('The main'),
  source_url_2: source('A second').optional(),
  archive_url: archive('source_url'),
  archive_url_2: archive('source_url_2'),
};

/** One decision of a court in a case, or a non-court ending (withdrawn, settled, moot). */
export const rulingColumns = {
  case_id: slug({ description: 'The id of the case in lawsuits.csv.', example: 'mi-costantino-v-detroit' }),
  date: isoDate({
    description: 'The day the court ruled, or the day the plaintiffs filed their withdrawal.',
    example: '2020-11-13',
    from: ELECTION_DAY,
    to: today,
    toLabel: 'today',
  }),
  court: text({ description: 'The court, as readers know it.', example: 'Michigan Court of Appeals', max: 120 }),
  court_level: oneOf(COURT_LEVELS, { description: 'The level of that court.' }),
  docket: text({
    description: 'The docket number in that court. Empty when it could not be confirmed.',
    example: '355443',
    max: 80,
  }).optional(),
  action: oneOf(RULING_ACTIONS, { description: 'What the court (or the parties) did.', meanings: RULING_ACTION_MEANING }),
  favoured: oneOf(FAVOURED, {
    description: 'Whom it went for, seen from the plaintiffs who brought the case.',
    meanings: {
      plaintiffs: 'it went for the plaintiffs',
      defendants: 'it went against the plaintiffs',
      neither: 'it ended the case without a winner, or decided a request by someone else (a would-be intervenor)',
    },
  }),
  detail: text({
    description: 'What the ruling did, in one sentence of our own.',
    example: 'Refused to stop Wayne County from certifying its results.',
    max: 220,
  }),
  judges: slugList({
    description: `The judges who made the ruling (the majority, or the one judge), as ids from judges.csv separated by spaces; "${UNSIGNED}" for an order no judge signed; "${UNCONFIRMED}" when no reliable source names them. Empty for a withdrawal or settlement by the parties.`,
    example: 'stephanos-bibas d-brooks-smith michael-chagares',
    also: [UNSIGNED, UNCONFIRMED],
  }).optional(),
  dissent: slugList({
    description: 'Judges who dissented, or noted that they would have ruled the other way, as ids from judges.csv separated by spaces.',
    example: 'david-viviano',
  }).optional(),
  grounds: wordsFrom(GROUNDS, {
    description:
      'Why the court turned the plaintiffs down, as the reasons it gave, main one first, separated by spaces; only for rulings against the plaintiffs.',
    meanings: GROUND_MEANING,
  }).optional(),
  grounds_source: source("Where the grounds are stated, when neither of the ruling's own sources states them:").optional(),
  source_url: source('The main'),
  source_url_2: source('A second').optional(),
  archive_url: archive('source_url'),
  archive_url_2: archive('source_url_2'),
};

/** Every judge named in rulings.csv, once, with how they came to the bench. */
export const judgeColumns = {
  id: slug({ description: 'A permanent identifier: first and last name.', example: 'matthew-brann' }),
  name: text({ description: 'The name as the court writes it.', example: 'Matthew W. Brann', max: 80 }),
  court: text({
    description: 'The court they sat on for these rulings.',
    example: 'U.S. District Court for the Middle District of Pennsylvania',
    max: 120,
  }),
  selection: oneOf(SELECTIONS, { description: 'How they came to that seat.', meanings: SELECTION_MEANING }),
  appointed_by: text({
    description:
      "The president or governor who appointed them; empty for an election or an appointment by a court, and for a governor's appointee when which governor could not be confirmed.",
    example: 'Barack Obama',
    max: 80,
  }).optional(),
  party: oneOf(PARTIES, {
    description:
      "The party of the president or governor who appointed them, or the party they ran for in a partisan election (empty when they won both parties' nominations or it could not be confirmed); empty for a nonpartisan election or an appointment by a court.",
  }).optional(),
  year: wholeNumber({
    description: 'The year they took that seat. Empty when it could not be confirmed; never guessed.',
    example: '2012',
    min: 1950,
    max: 2021,
  }).optional(),
  source_url: source('The main'),
  source_url_2: source('A second').optional(),
};

/** Judges' own words, quoted from their rulings, so no quote is typed twice. */
export const quoteColumns = {
  ruling: text({
    description:
      'The ruling quoted: its case id and date, as "case-id/YYYY-MM-DD" (with "/2" after the date for the second ruling of that case that day, in file order).',
    example: 'pa-trump-v-boockvar-mdpa/2020-11-21',
    max: 100,
  }),
  speaker: slug({
    description: 'The judge whose words these are, as an id from judges.csv; empty for an unsigned (per curiam) opinion.',
    example: 'matthew-brann',
  }).optional(),
  text: text({
    description: 'The words exactly as the order has them, one to three sentences; "…" marks words left out.',
    example: 'This Court has been presented with strained legal arguments without merit and speculative accusations.',
    max: 500,
  }),
  page: text({ description: 'The page of the order or opinion where they stand.', example: '2', max: 20 }).optional(),
  source_url: source('Where the words can be read (the order itself first):'),
  source_url_2: source('A second').optional(),
};

/** Every site a source may come from: who publishes it, and what kind of source it is. */
export const publisherColumns = {
  domain: hostName({
    description: 'The site, as in its addresses, without "www."; its subdomains count as the same publisher unless listed on their own.',
    example: 'detroitnews.com',
  }),
  name: text({ description: 'The publisher as readers know it.', example: 'The Detroit News', max: 80 }),
  kind: oneOf(PUBLISHER_KINDS, {
    description: 'What kind of source it is (see the sourcing standard on the methodology page).',
    meanings: {
      'court record': "a court's or government's own site",
      'court record copy': 'a faithful copy of a court record (an opinion, an order, a filing)',
      news: 'a news organisation',
      'case tracker': 'a recognised tracker of election litigation',
      'reference work': 'an encyclopedia; may support a fact but never stand alone',
      archive: 'a web archive; holds archived copies of sources (archive_url), never a source itself',
    },
  }),
  query: text({
    description:
      "The query parameters this site's addresses need to find their page (the id in ?id=346), separated by spaces; any other parameter in a source address from this site is refused, since it only tracks who shared the link.",
    example: 'id',
    max: 80,
  }).optional(),
  closed: isoDate({
    description:
      'The day the site shut down, when it has: its links may no longer answer, so a source there must be backed by another from a site that is still open.',
    example: '2025-04-01',
    from: '1990-01-01',
    to: today,
    toLabel: 'today',
    overrideOnly: true,
  }).optional(),
};

export const eventColumns = {
  id: slug({ description: 'A permanent identifier for the event.', example: 'krebs-fired' }),
  date: isoDate({
    description: 'The day it happened (US Eastern time).',
    example: '2020-11-17',
    from: ELECTION_DAY,
    to: STORY_END,
  }),
  label: text({ description: 'A short label for charts.', example: 'Krebs fired', max: 40 }),
  description: text({
    description: 'One or two sentences in our own words.',
    example: 'The president fires the head of CISA by tweet.',
    max: 300,
  }),
  category: oneOf(EVENT_CATEGORIES, { description: 'The kind of event.' }),
  state: stateCode({ description: 'The state it concerns; empty for national events.', example: 'GA' }).optional(),
  on_timeline: yesNo({ description: 'Whether the timeline chart marks this event.' }),
  source_url: source('The main'),
  source_url_2: source('A second').optional(),
  archive_url: archive('source_url'),
  archive_url_2: archive('source_url_2'),
};

export const stateColumns = {
  code: stateCode({ description: 'The postal code; US stands for cases brought straight to the U.S. Supreme Court.', example: 'PA' }),
  name: text({ description: 'The name readers see.', example: 'Pennsylvania', max: 40 }),
  kind: oneOf(STATE_KINDS, { description: 'A state, the District of Columbia, or the federal level.' }),
};

/** Where our sources disagree on a fact, the value we chose, the other value and why. */
export const disagreementColumns = {
  subject: slug({
    description: 'The id of the case (lawsuits.csv) or event (events.csv) the disagreement is about.',
    example: 'az-ward-v-jackson',
  }),
  column: text({ description: 'The column of that row whose value the sources disagree on.', example: 'filed_date', max: 40 }),
  chosen: text({
    description: 'The value we use, exactly as it stands in that row (empty when we left the cell empty).',
    example: '2020-11-24',
    max: 120,
  }).optional(),
  chosen_source: source('The'),
  alternative: text({ description: 'The value another source gives.', example: '2020-11-30', max: 120 }),
  alternative_source: source('The other'),
  reason: text({
    description:
      'Why we chose our value, in our own words; our own numbers written as {count …} tokens (see differs_because in published-tallies.csv).',
    example: 'The first petition was filed on 24 Nov; 30 Nov is the amended complaint.',
    max: 300,
    counts: true,
  }),
};

/** Totals others have published, so the methodology page can set ours beside them. */
export const publishedTallyColumns = {
  id: slug({ description: 'A permanent identifier for the tally.', example: 'usa-today-62' }),
  publisher: text({ description: 'Who published the figure.', example: 'USA Today', max: 80 }),
  figure: wholeNumber({ description: 'The number of lawsuits they counted.', example: '62', min: 1, max: 1000 }),
  as_of: isoDate({
    description: 'When the figure was published or last updated; empty when the source gives no date.',
    example: '2021-01-06',
    from: ELECTION_DAY,
    to: today,
    toLabel: 'today',
  }).optional(),
  counts: text({
    description: 'What they counted, in our words.',
    example: 'Suits by the president and his allies, 4 Nov 2020 to 6 Jan 2021.',
    max: 300,
    counts: true,
  }),
  differs_because: text({
    description:
      'Why the figure differs from ours, in our words. Our own numbers are written as {count …} tokens with the props of the story\'s <Count> (asOf, status, state, states, plaintiff, claim), each as name=value, which the site replaces with the number the data gives: "By the end of 23 Nov our data has {count asOf=2020-11-23} suits on file".',
    example: 'Counts appeals separately; we count each suit once: {count asOf=2020-12-09} were on file by 9 Dec.',
    max: 400,
    counts: true,
  }),
  source_url: source('The'),
};

type RowOf<C extends Record<string, z.ZodType>> = z.output<z.ZodObject<C>>;
export type Lawsuit = RowOf<typeof lawsuitColumns>;
export type Ruling = RowOf<typeof rulingColumns>;
export type TimelineEvent = RowOf<typeof eventColumns>;
export type State = RowOf<typeof stateColumns>;
export type Publisher = RowOf<typeof publisherColumns>;
export type Disagreement = RowOf<typeof disagreementColumns>;
export type PublishedTally = RowOf<typeof publishedTallyColumns>;
export type Judge = RowOf<typeof judgeColumns>;
export type Quote = RowOf<typeof quoteColumns>;
