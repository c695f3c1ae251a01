/** The cases as pages show them: every case with its display fields and rulings, in filing order. */
import {
  CLAIM_LABEL,
  COURT_LABEL,
  OPEN_OUTCOME_HEADING,
  OUTCOME_HEADING,
  PLAINTIFF_LABEL,
  RULING_ACTION_LABEL,
  STATUS_LABEL,
} from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import type { Lawsuit, Ruling } from '../data/schema.ts';
import { caseHistories, type CaseHistory, type CaseStatus, finalStatus, isOpen } from '../data/status.ts';
import { casePath } from './paths.ts';
import { rowSources, type SourceNamer, sourceNamer, type SourceView } from './sources.ts';

export interface RulingView {
  ruling: Ruling;
  /** "Refused to take it up" */
  action: string;
  court: string;
  sources: SourceView[];
}

export interface CaseView {
  case: Lawsuit;
  history: CaseHistory;
  /** The row's id in the case table. */
  anchor: string;
  /** /cases/<id>/ */
  path: string;
  stateName: string;
  status: CaseStatus;
  statusText: string;
  /** "Outcome", or "Status so far" while a court may still rule. */
  outcomeHeading: string;
  /** The day its last ruling ended it; undefined while open or unconfirmed. */
  endedOn?: string;
  highestCourt: string;
  filedBy: string;
  claim: string;
  sources: SourceView[];
  rulings: RulingView[];
}

function rulingView(ruling: Ruling, name: SourceNamer): RulingView {
  const { urls, archives } = rowSources(ruling);
  return {
    ruling,
    action: RULING_ACTION_LABEL[ruling.action],
    court: ruling.court,
    sources: name(urls, { day: ruling.date, archives }),
  };
}

/** `fallbackDay` dates archived copies where a fact has no day (see sourceNamer); a case always has one. */
export function caseViews(data: Dataset, fallbackDay: string): CaseView[] {
  const names = new Map(data.states.map((s) => [s.code, s.name]));
  const name = sourceNamer(data.publishers, fallbackDay);
  return [...caseHistories(data)]
    .sort((a, b) => a.knownFrom.localeCompare(b.knownFrom) || a.case.case_name.localeCompare(b.case.case_name))
    .map((history) => {
      const c = history.case;
      const status = finalStatus(history);
      const { urls, archives } = rowSources(c);
      const view: CaseView = {
        case: c,
        history,
        anchor: `case-${c.id}`,
        path: casePath(c.id),
        stateName: names.get(c.state) ?? c.state,
        status,
        // An unconfirmed case with rulings shows its standing so far and says its ending is unknown;
        // one without any is "Outcome not confirmed" already.
        statusText:
          c.ended === 'not confirmed' && status !== 'not confirmed'
            ? `${STATUS_LABEL[status]}; ending not confirmed`
            : STATUS_LABEL[status],
        outcomeHeading: isOpen(status) && c.ended === 'no' ? OPEN_OUTCOME_HEADING : OUTCOME_HEADING,
        highestCourt: COURT_LABEL[history.highestCourt],
        filedBy: PLAINTIFF_LABEL[c.plaintiff_type],
        claim: CLAIM_LABEL[c.claim],
        // A case's sources are archived as they stood when it began: its filing, or its first ruling.
        sources: name(urls, { day: history.knownFrom, archives }),
        rulings: history.rulings.map((r) => rulingView(r, name)),
      };
      if (history.endedOn) view.endedOn = history.endedOn;
      return view;
    });
}
