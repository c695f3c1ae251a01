/** Words readers see for the values of the contract's fixed lists. */
import type { Claim, CourtLevel, Ground, PlaintiffType, RulingAction } from './schema.ts';
import type { CaseStatus } from './status.ts';

export const PLAINTIFF_LABEL: Record<PlaintiffType, string> = {
  'trump campaign': 'Trump campaign',
  'republican party': 'Republican Party bodies',
  electors: 'Elector nominees',
  'members of congress': 'Members of Congress',
  'other candidates': 'Other candidates',
  'state legislators': 'State legislators',
  'state attorney general': 'State attorney general',
  'voters and groups': 'Allied voters and groups',
};

/** The same, as the words run inside a sentence: "Filed … by members of Congress". */
export const PLAINTIFF_IN_SENTENCE: Record<PlaintiffType, string> = {
  'trump campaign': 'the Trump campaign',
  'republican party': 'Republican Party bodies',
  electors: 'elector nominees',
  'members of congress': 'members of Congress',
  'other candidates': 'other candidates',
  'state legislators': 'state legislators',
  'state attorney general': 'a state attorney general',
  'voters and groups': 'allied voters and groups',
};

export const CLAIM_LABEL: Record<Claim, string> = {
  certification: 'Stop or undo certification',
  'ballot handling': 'How ballots were handled',
  'fraud and machines': 'Fraud and voting machines',
  'ballot curing': 'Fixing flawed mail ballots',
  'observer access': 'Access for observers',
  'counting deadline': 'Counting deadlines',
  other: 'Other claims',
};

export const COURT_LABEL: Record<CourtLevel, string> = {
  'state trial': 'State trial court',
  'state appellate': 'State appeals court',
  'state supreme': 'State supreme court',
  'federal district': 'Federal district court',
  'federal appeals': 'Federal appeals court',
  'us supreme': 'U.S. Supreme Court',
};

/** A case's status as readers see it, in charts, tables and the updates page. */
export const STATUS_LABEL: Record<CaseStatus, string> = {
  'awaiting ruling': 'No ruling yet',
  'won so far': 'Won so far',
  'lost so far': 'Lost so far',
  dismissed: 'Dismissed',
  denied: 'Denied',
  'lost on appeal': 'Lost on appeal',
  withdrawn: 'Withdrawn',
  won: 'Won',
  'not confirmed': 'Outcome not confirmed',
};

/** What a ruling did, as a phrase after the court's name: "the Michigan Court of Appeals refused to hear the appeal". */
export const RULING_ACTION_LABEL: Record<RulingAction, string> = {
  'granted relief': 'Granted relief',
  'denied relief': 'Denied relief',
  dismissed: 'Dismissed the case',
  affirmed: 'Affirmed the ruling below',
  reversed: 'Reversed the ruling below',
  'appeal dismissed': 'Dismissed the appeal',
  'leave denied': 'Refused to take it up',
  'certiorari denied': 'Refused to review it',
  withdrawn: 'Withdrawn by the plaintiffs',
  settled: 'Ended by agreement',
  moot: 'Ended as moot',
};

/** What a ruling did in two or three words, for a label beside its mark in a chart. */
export const RULING_ACTION_SHORT: Record<RulingAction, string> = {
  'granted relief': 'Granted relief',
  'denied relief': 'Denied relief',
  dismissed: 'Dismissed',
  affirmed: 'Affirmed',
  reversed: 'Reversed',
  'appeal dismissed': 'Appeal dismissed',
  'leave denied': 'Refused to hear',
  'certiorari denied': 'Refused review',
  withdrawn: 'Withdrawn',
  settled: 'Settled',
  moot: 'Ended as moot',
};

/**
 * The heading over a case's result. Not "Standing": that is the legal doctrine several of these
 * suits were thrown out on, and the pages say so in the same breath.
 */
export const OUTCOME_HEADING = 'Outcome';
/** The same heading while a court may still rule. */
export const OPEN_OUTCOME_HEADING = 'Status so far';

/** A label written for the start of a line, as it reads inside a sentence: "Refused to take it up" → "refused to take it up". */
export const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** A docket number as readers see it, "No." written once whether or not the court's number carries it. */
export const docketLabel = (docket: string) => (/^no\.?\s/i.test(docket) ? docket : `No. ${docket}`);

/** A court named inside a sentence, before its verb: "the Pennsylvania Court of Common Pleas, Bucks County,". */
export const theCourt = (court: string) => `the ${court}${court.includes(',') ? ',' : ''}`;

/** Why a court turned the plaintiffs down, as readers see it. */
export const GROUND_LABEL: Record<Ground, string> = {
  'no-standing': 'No standing',
  'too-late': 'Too late',
  'no-evidence': 'No evidence',
  moot: 'Moot',
  'no-jurisdiction': 'Wrong court or no jurisdiction',
  'no-legal-basis': 'No legal basis',
  'no-remedy': 'No harm a court could remedy',
  procedural: 'Procedural failings',
  unexplained: 'No reasons given',
  unconfirmed: 'Reasons not confirmed',
};
