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
