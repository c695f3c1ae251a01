/** The small pieces of English every message and caption shares, so each is written one way. */

/** "1 suit", "3 suits"; `many` for plurals not made with an s ("2 matches" is fine, "2 judges" too). */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c" */
export function listing(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
