import { closest, distance } from 'fastest-levenshtein';

/**
 * The allowed value a typo most likely meant, or undefined when nothing is close enough to be
 * a helpful guess. Case and spacing mistakes ("Lost on Appeal", "lost-on-appeal") always match.
 */
export function suggest(input: string, allowed: readonly string[]): string | undefined {
  const normalise = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim();
  const exact = allowed.find((a) => normalise(a) === normalise(input));
  if (exact) return exact;
  // A cut-off name ("filed" for "filed_date") is far in edit distance but an obvious guess.
  const extending = allowed.filter((a) => input.length >= 4 && normalise(a).startsWith(normalise(input)));
  if (extending.length === 1) return extending[0];
  if (allowed.length === 0) return undefined;
  const best = closest(normalise(input), allowed.map(normalise));
  const index = allowed.map(normalise).indexOf(best);
  const tolerance = Math.max(1, Math.floor(best.length / 3));
  return distance(normalise(input), best) <= tolerance ? allowed[index] : undefined;
}
