/**
 * Facts a story's prose relies on, stated next to it: `<Fact status="won" count="2" />` beside
 * "the one win, and a smaller one". The component shows nothing; every validation and build
 * compares the stated value with the data and names the file, section and line to reread when a
 * data change makes the prose stale. The filters are those of `<Count>`, so a fact and a count
 * can never disagree about which cases they mean.
 */
import type { Dataset } from '../data/files.ts';
import { type CountQuery, matchingCases } from '../site/count.ts';

/**
 * The props that state the fact; a `<Fact>` has exactly one of them. `count`: how many cases
 * match; `cases`: exactly which (ids); `lastFiled`/`firstFiled`: the latest or earliest filing
 * date among them; `mostCases`: the state(s) with the most; `inStates`: every state with one;
 * `on`: the date of the event named by `event`.
 */
export const FACT_ASSERTIONS = ['count', 'cases', 'lastFiled', 'firstFiled', 'mostCases', 'inStates', 'on'] as const;
export type FactAssertion = (typeof FACT_ASSERTIONS)[number];

export interface FactCheck {
  assertion: FactAssertion;
  stated: string;
  actual: string;
}

const ids = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort()
    .join(', ');

/** The value a fact has in the data, written the way the prop states it. */
export function factValue(
  data: Pick<Dataset, 'lawsuits' | 'rulings' | 'events'>,
  assertion: FactAssertion,
  query: CountQuery,
  event?: string,
): string {
  if (assertion === 'on') return data.events.find((e) => e.id === event)?.date ?? '(no such event)';
  const cases = matchingCases(data, query);
  switch (assertion) {
    case 'count':
      return String(cases.length);
    case 'cases':
      return ids(cases.map((c) => c.id).join(','));
    case 'lastFiled':
    case 'firstFiled': {
      const filed = cases.flatMap((c) => (c.filed_date ? [c.filed_date] : [])).sort();
      return (assertion === 'lastFiled' ? filed.at(-1) : filed[0]) ?? '(none)';
    }
    case 'mostCases': {
      const counts = new Map<string, number>();
      for (const c of cases) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
      const most = Math.max(0, ...counts.values());
      return ids([...counts].flatMap(([state, n]) => (n === most ? [state] : [])).join(','));
    }
    case 'inStates':
      return ids([...new Set(cases.map((c) => c.state))].join(','));
  }
}

/** Compares a stated fact with the data; undefined when it still holds. */
export function checkFact(
  data: Pick<Dataset, 'lawsuits' | 'rulings' | 'events'>,
  assertion: FactAssertion,
  stated: string,
  query: CountQuery,
  event?: string,
): FactCheck | undefined {
  const actual = factValue(data, assertion, query, event);
  const normalised = ['cases', 'mostCases', 'inStates'].includes(assertion) ? ids(stated) : stated.trim();
  return normalised === actual ? undefined : { assertion, stated: normalised, actual };
}
