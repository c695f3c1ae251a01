/**
 * The data contract: the one place each column of data/*.csv is described.
 *
 * The validator, the TypeScript types of every page and chart, the data dictionary on the
 * methodology page and the published JSON Schema are all derived from the objects below, so a
 * column changes here or nowhere. Column order in these objects is the order of the CSV header.
 */
import { z } from 'zod';

import { httpsUrl, isoDate, oneOf, slug, stateCode, text, wholeNumber, yesNo } from './columns.ts';
import { ELECTION_DAY, INAUGURATION_DAY, STORY_END, today } from './period.ts';

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

export const EVENT_CATEGORIES = [
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

export const STATE_KINDS = ['state', 'district', 'federal'] as const;

const source = (which: string) =>
  httpsUrl({
    description: `${which} source: a court record, the court's docket or a news report that confirms the row`,
    example: 'https://www.democracydocket.com/cases/pennsylvania-philadelphia-canvassing-observation-challenge/',
  });

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
  outcome: oneOf(OUTCOMES, {
    description:
      'How the case finally ended (see the methodology page for definitions). Empty while it is pending or when the ending could not be confirmed.',
  }).optional(),
  outcome_date: isoDate({
    description: 'The day the outcome was reached. Empty exactly when outcome is empty.',
    example: '2020-11-28',
    from: ELECTION_DAY,
    to: today,
    toLabel: 'today',
  }).optional(),
  highest_court: oneOf(COURT_LEVELS, { description: 'The highest court that ruled on or was asked to take the case, appeals included.' }),
  summary: text({
    description: 'What the case claimed and how it ended, in our own words.',
    example: 'Asked to throw out all mail ballots; the state Supreme Court dismissed it for waiting too long.',
    max: 320,
  }),
  source_url: source('The main'),
  source_url_2: source('A second').optional(),
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
    description: 'Why we chose our value, in our own words.',
    example: 'The first petition was filed on 24 Nov; 30 Nov is the amended complaint.',
    max: 300,
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
  }),
  differs_because: text({
    description: 'Why the figure differs from ours, in our words.',
    example: 'Counts the Wisconsin appeal separately.',
    max: 400,
  }),
  source_url: source('The'),
};

export const lawsuitSchema = z.object(lawsuitColumns);
export const eventSchema = z.object(eventColumns);
export const stateSchema = z.object(stateColumns);

export type Lawsuit = z.output<typeof lawsuitSchema>;
export type TimelineEvent = z.output<typeof eventSchema>;
export type State = z.output<typeof stateSchema>;
export const disagreementSchema = z.object(disagreementColumns);
export const publishedTallySchema = z.object(publishedTallyColumns);
export type Disagreement = z.output<typeof disagreementSchema>;
export type PublishedTally = z.output<typeof publishedTallySchema>;
