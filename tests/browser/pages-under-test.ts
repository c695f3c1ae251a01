/**
 * Which built pages each kind of check visits. Story pages are all different, so every one is
 * checked. Embed pages come from one template per chart, and case pages from one template: the
 * default version of every chart is checked, and of the many per-state, per-day and per-case
 * pages a sample (the first and last of each kind, the days the story's scroll steps show, and
 * the cases with the most and the fewest rulings), since the others differ only in data.
 */
import { builtPages } from './built-pages.ts';

/** The days the story's scroll sequence shows; their embed versions are always in the sample. */
const STORY_DAYS = ['2020-11-03', '2020-11-07', '2020-11-18', '2020-12-14'];

const VARIANT = /^\/embed\/([a-z-]+)\/([^/]+)\/$/;
const CASE_PAGE = /^\/cases\/[a-z0-9-]+\/$/;
/** The longest path through the courts, and a case with no ruling at all. */
const SAMPLED_CASES = ['/cases/pa-kelly-v-pennsylvania/', '/cases/az-stevenson-v-ducey/'];

/** A sample of the case pages: the first, the last and the two that stretch the template most. */
function sampledCases(all: readonly string[]): Set<string> {
  const cases = all.filter((p) => CASE_PAGE.test(p));
  return new Set([cases[0], cases.at(-1), ...SAMPLED_CASES.filter((p) => cases.includes(p))].filter((p): p is string => Boolean(p)));
}

/** Every story page and default embed, and a sample of the per-state and per-day embed versions. */
export function sampledPages(dist: string): string[] {
  const all = builtPages(dist);
  const variants = new Map<string, string[]>();
  for (const page of all) {
    const match = VARIANT.exec(page);
    if (!match) continue;
    const kind = `${match[1]} by ${/^\d{4}-/.test(match[2]!) ? 'day' : 'state'}`;
    variants.set(kind, [...(variants.get(kind) ?? []), page]);
  }
  const sample = new Set<string>();
  for (const pages of variants.values()) {
    sample.add(pages[0]!);
    sample.add(pages.at(-1)!);
    for (const page of pages) if (STORY_DAYS.some((day) => page.endsWith(`/${day}/`))) sample.add(page);
  }
  const cases = sampledCases(all);
  return all.filter((page) => (!VARIANT.test(page) && !CASE_PAGE.test(page)) || sample.has(page) || cases.has(page));
}

/** The pages the accessibility gates visit: the sample, with one state and one day version of embeds. */
export function pagesUnderTest(dist: string): string[] {
  const all = builtPages(dist);
  const cases = sampledCases(all);
  const story = all.filter((p) => !p.startsWith('/embed/') && (!CASE_PAGE.test(p) || cases.has(p)));
  const embeds = all.filter((p) => /^\/embed\/[a-z-]+\/$/.test(p));
  const stateVersion = all.find((p) => /^\/embed\/[a-z-]+\/[a-z]{2}\/$/.test(p));
  const dayVersion = all.find((p) => /^\/embed\/[a-z-]+\/\d{4}-\d{2}-\d{2}\/$/.test(p));
  return [...story, ...embeds, ...[stateVersion, dayVersion].filter((p): p is string => Boolean(p))];
}
