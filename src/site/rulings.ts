/** Rulings across all cases, newest first: the "latest rulings" list and the Atom feed. */
import type { Ruling } from '../data/schema.ts';
import type { CaseView, RulingView } from './cases.ts';
import type { Site } from './site.ts';

export interface RulingItem {
  view: RulingView;
  case: CaseView;
  /** Stable across builds and unique per ruling: the feed entry's id and the case page anchor. */
  key: string;
}

/** `ruling-2020-11-16-michigan-court-of-appeals-leave-denied`, unique within its case. */
export const rulingAnchor = (r: Pick<Ruling, 'date' | 'court' | 'action' | 'favoured'>) =>
  `ruling-${r.date}-${`${r.court} ${r.action} ${r.favoured}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Every ruling with its case, newest first; rulings of one day keep the order of the case list. */
export function rulingItems(site: Pick<Site, 'cases'>): RulingItem[] {
  return site
    .cases()
    .flatMap((c) => c.rulings.map((view) => ({ view, case: c, key: `${c.case.id}/${rulingAnchor(view.ruling)}` })))
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.view.ruling.date.localeCompare(a.item.view.ruling.date) || a.i - b.i)
    .map(({ item }) => item);
}

export const latestRulings = (site: Pick<Site, 'cases'>, count: number) => rulingItems(site).slice(0, count);
