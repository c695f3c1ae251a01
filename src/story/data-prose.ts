/**
 * Our own numbers inside the data files' prose (the methodology's published-tallies and
 * disagreements texts): written as {count …} tokens with the props of the story's <Count>, so
 * "our data has {count asOf="2020-11-23"} suits on file" is computed, never typed, and a token
 * that does not fit the contract is reported at its file, line and column like a story's prop.
 * A number typed after "our" or "we count" is refused, since that is how a count goes stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { columnMeta } from '../data/columns.ts';
import { parseCsv } from '../data/csv.ts';
import { DATA_FILES, type Dataset } from '../data/files.ts';
import { displayPath } from '../data/load.ts';
import { countCases, countQuery } from '../site/count.ts';
import type { StoryProblem } from './check.ts';
import { checkProps, formatPropProblem, type StoryContext } from './props.ts';

/**
 * `{count}` or `{count asOf=2020-11-23 status=ended plaintiff=trump campaign}`: each value runs to
 * the next name= or the brace, so values need no quotes (which a CSV cell would have to double).
 */
const TOKEN = /\{count((?:\s+[A-Za-z]+=[^=}]*)*)\}/g;
const PROP = /([A-Za-z]+)=([^=}]*?)(?=\s+[A-Za-z]+=|\s*$)/g;
/** Anything in braces that is not a well-formed token, to report it rather than print it. */
const BRACES = /\{[^{}]*\}/g;
/** A number typed where the text speaks of our own data. */
const TYPED_COUNT =
  /\b(?:(?:our(?: data)?(?: has| total is| count is)?|we count)\s+\d[\d,]*\b|\d[\d,]* (?:suits|cases)[^.;]{0,30}\bour data\b)/gi;

const propsOf = (attributes: string) =>
  new Map([...attributes.trim().matchAll(PROP)].map((m) => [m[1]!, m[2]!.trim().replace(/^"(.*)"$/, '$1')] as [string, unknown]));

/** The text with every token replaced by the number the data gives. */
export function renderDataProse(text: string, data: Pick<Dataset, 'lawsuits' | 'rulings'>): string {
  return text.replace(TOKEN, (_, attributes: string) => String(countCases(data, countQuery(Object.fromEntries(propsOf(attributes))))));
}

/** The columns of each data file whose prose may hold tokens. */
const PROSE_COLUMNS = DATA_FILES.map((spec) => ({
  spec,
  columns: Object.keys(spec.columns).filter((name) => columnMeta(spec.columns[name as keyof typeof spec.columns]).counts),
})).filter((f) => f.columns.length > 0);

/** Problems of the tokens in one cell's text, which starts on `line` of the file's `lines`. */
function cellProblems(file: string, lines: readonly string[], line: number, text: string, context: StoryContext): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const at = (offset: number, found: string) => {
    const before = text.slice(0, offset);
    const onLine = line + (before.match(/\n/g)?.length ?? 0);
    // The column in the file: where the words stand on their physical line (in a quoted cell a
    // quote is written twice, so look for that spelling too).
    const token = found.split('\n')[0]!;
    const raw = lines[onLine - 1] ?? '';
    const where = [raw.indexOf(token), raw.indexOf(token.replaceAll('"', '""'))].find((i) => i >= 0);
    return { file, line: onLine, column: (where ?? 0) + 1 };
  };
  for (const match of text.matchAll(BRACES)) {
    TOKEN.lastIndex = 0;
    const token = TOKEN.exec(match[0]);
    if (!token || token[0] !== match[0]) {
      problems.push({
        ...at(match.index, match[0]),
        kind: 'error',
        message: `${match[0]}: is not a count token (expected {count} or {count asOf=YYYY-MM-DD …} with the props of <Count>, each as name=value)`,
      });
      continue;
    }
    for (const problem of checkProps('Count', propsOf(token[1] ?? ''), context)) {
      problems.push({
        ...at(match.index, match[0]),
        kind: problem.missingFromData ? 'stale' : 'error',
        message: formatPropProblem('count', problem).replace('<count>', '{count}'),
      });
    }
  }
  for (const match of text.matchAll(TYPED_COUNT)) {
    problems.push({
      ...at(match.index, match[0]),
      kind: 'error',
      message: `"${match[0]}" types one of our own numbers, which goes stale when the data changes; write it as a {count …} token (for example {count asOf=2020-11-23})`,
    });
  }
  return problems;
}

/** Every token problem in the prose of the data folder's files. */
export function checkDataProse(dir: string, context: StoryContext): StoryProblem[] {
  const problems: StoryProblem[] = [];
  for (const { spec, columns } of PROSE_COLUMNS) {
    const file = path.join(dir, spec.file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // an optional file left out
    }
    const table = parseCsv(text);
    if (!table.header) continue;
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const names = table.header.cells.map((c) => c.value);
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row.cells[names.indexOf(column)];
        if (cell) problems.push(...cellProblems(displayPath(file), lines, cell.line, cell.value, context));
      }
    }
  }
  return problems;
}
