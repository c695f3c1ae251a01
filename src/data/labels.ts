/** Words readers see for the values of the contract's fixed lists. */
import type { Claim, CourtLevel, EventCategory, PlaintiffType } from './schema.ts';

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

export const EVENT_CATEGORY_LABEL: Record<EventCategory, string> = {
  election: 'Election',
  'race call': 'Race call',
  statement: 'Statement',
  firing: 'Firing',
  audit: 'Audit',
  certification: 'Certification',
  transition: 'Transition',
  deadline: 'Deadline',
  'electoral college': 'Electoral College',
  court: 'Court ruling',
  congress: 'Congress',
};
