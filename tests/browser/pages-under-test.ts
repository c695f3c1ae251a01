/**
 * The pages the quality gates visit: every story page of the build, and for embeds the default
 * version of every chart plus one per-state and one per-day version (the other versions share
 * their template and differ only in data).
 */
import { builtPages } from './built-pages.ts';

export function pagesUnderTest(dist: string): string[] {
  const all = builtPages(dist);
  const story = all.filter((p) => !p.startsWith('/embed/'));
  const embeds = all.filter((p) => /^\/embed\/[a-z-]+\/$/.test(p));
  const stateVersion = all.find((p) => /^\/embed\/[a-z-]+\/[a-z]{2}\/$/.test(p));
  const dayVersion = all.find((p) => /^\/embed\/[a-z-]+\/\d{4}-\d{2}-\d{2}\/$/.test(p));
  return [...story, ...embeds, ...[stateVersion, dayVersion].filter((p): p is string => Boolean(p))];
}
