/** The facts our sources disagree on, in readers' words: the fact named, dates and court actions written out. */
import { formatLong } from '../data/dates.ts';
import { RULING_ACTION_LABEL } from '../data/labels.ts';
import type { Dataset } from '../data/load.ts';
import { RULING_ACTIONS, type RulingAction } from '../data/schema.ts';
import { renderDataProse } from '../story/data-prose.ts';

const FACT: Record<string, string> = {
  filed_date: 'Filing date',
  date: 'Date of a ruling',
  action: 'What the court did',
};

/** A value as readers see it: a date written out, a court's action in words, anything else as it is. */
function shown(column: string, value: string | undefined): string {
  if (!value) return '(left empty)';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatLong(value);
  if (column === 'action' && (RULING_ACTIONS as readonly string[]).includes(value)) return RULING_ACTION_LABEL[value as RulingAction];
  return value;
}

export interface DisagreementView {
  subject: string;
  fact: string;
  chosen: string;
  chosenSource: string;
  alternative: string;
  alternativeSource: string;
  reason: string;
}

export function disagreementViews(data: Dataset): DisagreementView[] {
  const names = new Map([...data.lawsuits.map((c) => [c.id, c.case_name] as const), ...data.events.map((e) => [e.id, e.label] as const)]);
  return data.disagreements.map((d) => ({
    subject: names.get(d.subject) ?? d.subject,
    // An event's "date" is the day it happened, not a ruling's.
    fact:
      d.column === 'date' && !data.lawsuits.some((c) => c.id === d.subject) ? 'Date' : (FACT[d.column] ?? d.column.replaceAll('_', ' ')),
    chosen: shown(d.column, d.chosen),
    chosenSource: d.chosen_source,
    alternative: shown(d.column, d.alternative),
    alternativeSource: d.alternative_source,
    reason: renderDataProse(d.reason, data),
  }));
}
