/**
 * Case names short enough to label a chart row on a phone: at most two lines of the narrowest
 * chart. Full names stay everywhere else (tables, case pages, text alternatives).
 *
 * Each rule is a plain-English short form a reporter would use on second reference; they apply to
 * every name, so one party is named the same way on every row. A name still too long after them is
 * cut at a word with an ellipsis.
 */
import { LINE_CHARACTERS, wrap } from './time-axis.ts';

const RULES: readonly (readonly [RegExp, string])[] = [
  [/Donald J\. Trump for President, Inc\./g, 'Trump campaign'],
  [/\bCommonwealth of Pennsylvania\b/g, 'Pennsylvania'],
  [/\bCanvass of Absentee and Mail-in Ballots(?: of November 3, 2020 General Election)?/g, 'Canvass'],
  [/\bBoard of Elections\b/g, 'election board'],
  [/\bRepublican (?:Executive )?Committee\b/g, 'GOP'],
  // A second name in brackets ("Ziccarelli v. … (In re 2,349 Ballots)") says nothing new in a chart.
  [/\s*\(In re [^)]*\)$/g, ''],
];

/** The case name for a chart row, in at most `maxLines` lines of `width` characters. */
export function shortCaseLines(name: string, width = LINE_CHARACTERS, maxLines = 2): string[] {
  const short = RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), name).trim();
  const lines = wrap(short, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept.at(-1)!;
  // Make room for the ellipsis, a word at a time (a single over-long word is cut).
  while (last.length + 1 > width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.length + 1 > width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
