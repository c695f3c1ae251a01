/** The case list as pages show it: every case with its display fields, in filing order. */
import { statusLabel } from '../charts/theme.ts';
import { CLAIM_LABEL, COURT_LABEL, PLAINTIFF_LABEL } from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import type { Lawsuit } from '../data/schema.ts';
import { type CaseStatus, finalStatus, knownFrom } from '../data/status.ts';

export interface CaseView {
  case: Lawsuit;
  anchor: string;
  stateName: string;
  status: CaseStatus;
  statusText: string;
  court: string;
  highestCourt: string;
  filedBy: string;
  claim: string;
  sources: string[];
}

export function caseViews(data: Dataset): CaseView[] {
  const names = new Map(data.states.map((s) => [s.code, s.name]));
  return [...data.lawsuits]
    .sort((a, b) => knownFrom(a).localeCompare(knownFrom(b)) || a.case_name.localeCompare(b.case_name))
    .map((c) => {
      const status = finalStatus(c);
      return {
        case: c,
        anchor: `case-${c.id}`,
        stateName: names.get(c.state) ?? c.state,
        status,
        statusText: status === 'pending' ? 'Pending or not confirmed' : statusLabel(status),
        court: c.court,
        highestCourt: COURT_LABEL[c.highest_court],
        filedBy: PLAINTIFF_LABEL[c.plaintiff_type],
        claim: CLAIM_LABEL[c.claim],
        sources: [c.source_url, c.source_url_2].filter((u): u is string => Boolean(u)),
      };
    });
}

/** "courtlistener.com" from a source URL, as the link text readers see. */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
