/**
 * Which built pages each kind of check visits. Story pages are all different, so every one is
 * checked. Embed pages come from one template per chart, and case and state pages from one
 * template each: the default version of every chart is checked, and of the many per-state,
 * per-day and per-case pages a sample (the first and last of each kind, the days the story's
 * scroll steps show, the case with the longest path and the one with none, the state with the
 * most cases), since the others differ only in data.
 */
import { builtPages } from './built-pages.ts';

/** The days the story's scroll sequence shows; their embed versions are always in the sample. */
const STORY_DAYS = ['2020-11-03', '2020-11-07', '2020-11-18', '2020-12-14'];

const VARIANT = /^\/embed\/([a-z-]+)\/([^/]+)\/$/;
const CASE_PAGE = /^\/cases\/[a-z0-9-]+\/$/;
/** The longest path through the courts, a case with no ruling at all, and one with a single ruling (a sentence, no chart). */
const SAMPLED_CASES = ['/cases/pa-kelly-v-pennsylvania/', '/cases/az-stevenson-v-ducey/', '/cases/us-texas-v-pennsylvania/'];

const STATE_PAGE = /^\/states\/[a-z]{2}\/$/;
/** The case list narrowed to one outcome: one template, pages that differ only in data. */
const OUTCOME_PAGE = /^\/cases\/outcome\/[a-z-]+\/$/;
/** The state with the most cases. */
const SAMPLED_STATES = ['/states/pa/'];

/** The first and last pages of one template, and the ones that stretch it most. */
function sampleOf(all: readonly string[], template: RegExp, chosen: readonly string[]): Set<string> {
  const pages = all.filter((p) => template.test(p));
  return new Set([pages[0], pages.at(-1), ...chosen.filter((p) => pages.includes(p))].filter((p): p is string => Boolean(p)));
}
const sampledTemplatePages = (all: readonly string[]) =>
  new Set([...sampleOf(all, CASE_PAGE, SAMPLED_CASES), ...sampleOf(all, STATE_PAGE, SAMPLED_STATES), ...sampleOf(all, OUTCOME_PAGE, [])]);
const templated = (p: string) => CASE_PAGE.test(p) || STATE_PAGE.test(p) || OUTCOME_PAGE.test(p);

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
  const templates = sampledTemplatePages(all);
  return all.filter((page) => (!VARIANT.test(page) && !templated(page)) || sample.has(page) || templates.has(page));
}

/** The pages the accessibility gates visit: the sample, with one state and one day version of embeds. */
export function pagesUnderTest(dist: string): string[] {
  const all = builtPages(dist);
  const templates = sampledTemplatePages(all);
  const story = all.filter((p) => !p.startsWith('/embed/') && (!templated(p) || templates.has(p)));
  const embeds = all.filter((p) => /^\/embed\/[a-z-]+\/$/.test(p));
  const stateVersion = all.find((p) => /^\/embed\/[a-z-]+\/[a-z]{2}\/$/.test(p));
  const dayVersion = all.find((p) => /^\/embed\/[a-z-]+\/\d{4}-\d{2}-\d{2}\/$/.test(p));
  return [...story, ...embeds, ...[stateVersion, dayVersion].filter((p): p is string => Boolean(p))];
}
