/**
 * A test's data file written as the base fixture plus what the test changes, so no fixture is a
 * hand-kept copy of another: a column added to the schema, or a row added to the base, changes
 * no test's file.
 *
 * Edits name lines of the base file (the header is line 1). The base fixtures hold one row per
 * line, which is what lets a line stand for a row here; `apply` checks that it is so.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type Cells = Readonly<Record<string, string>>;

export type Edit =
  /** Change cells of the row on a line (an empty string empties a cell). */
  | { line: number; set: Cells }
  /** Rewrite the text of a line, for damage a cell value cannot express (a stray quote). */
  | { line: number; rewrite: (text: string) => string }
  | { line: number; remove: true }
  /** Insert a row after a line: a copy of another line's row with some cells changed, or new cells. */
  | { after: number; copyOf?: number; set?: Cells }
  | { renameColumn: readonly [from: string, to: string] }
  | { dropColumn: string }
  | { addColumn: string };

interface Line {
  /** The line of the base file this came from; inserted rows have none. */
  base?: number;
  cells?: string[];
  text?: string;
}

const cellsOf = (text: string): string[] => {
  const records = parse(text, { relax_column_count: true }) as string[][];
  if (records.length !== 1) throw new Error(`expected one CSV row on the line, found ${records.length}: ${text}`);
  return records[0]!;
};

const textOf = (cells: readonly string[]) => stringify([cells], { record_delimiter: 'unix' }).replace(/\n$/, '');

/** The base text with the edits applied, in the order given. */
export function applyEdits(baseText: string, edits: readonly Edit[]): string {
  const finalNewline = baseText.endsWith('\n');
  const lines: Line[] = baseText
    .replace(/\n$/, '')
    .split('\n')
    .map((text, i) => ({ base: i + 1, cells: cellsOf(text) }));
  const header = () => lines[0]!.cells!;
  const at = (line: number) => {
    const found = lines.find((l) => l.base === line);
    if (!found) throw new Error(`the base file has no line ${line}`);
    return found;
  };
  const column = (name: string) => {
    const index = header().indexOf(name);
    if (index === -1) throw new Error(`the base file has no column "${name}"`);
    return index;
  };
  const withCells = (cells: readonly string[], set: Cells = {}) => {
    const next = [...cells];
    for (const [name, value] of Object.entries(set)) next[column(name)] = value;
    return next;
  };
  const rowLines = () => lines.filter((l) => l.cells);

  for (const edit of edits) {
    if ('renameColumn' in edit) {
      header()[column(edit.renameColumn[0])] = edit.renameColumn[1];
    } else if ('dropColumn' in edit) {
      const index = column(edit.dropColumn);
      for (const l of rowLines()) l.cells!.splice(index, 1);
    } else if ('addColumn' in edit) {
      for (const l of rowLines()) l.cells!.push(l === lines[0] ? edit.addColumn : '');
    } else if ('after' in edit) {
      const cells = edit.copyOf === undefined ? header().map(() => '') : at(edit.copyOf).cells!;
      lines.splice(lines.indexOf(at(edit.after)) + 1, 0, { cells: withCells(cells, edit.set) });
    } else if ('set' in edit) {
      const line = at(edit.line);
      line.cells = withCells(line.cells!, edit.set);
    } else if ('rewrite' in edit) {
      const line = at(edit.line);
      line.text = edit.rewrite(line.text ?? textOf(line.cells!));
      delete line.cells;
    } else {
      lines.splice(lines.indexOf(at(edit.line)), 1);
    }
  }
  return lines.map((l) => l.text ?? textOf(l.cells!)).join('\n') + (finalNewline ? '\n' : '');
}

/** A summary with a comma, quotes and two line breaks, as a spreadsheet saves a long cell. */
export const MULTILINE_SUMMARY =
  'Said machines overrode voters\' choices.\nEnded by agreement, "as moot",\nonce the ballots could not matter.';

/** The first case of the base lawsuits.csv with that summary, so its row spans lines 2-4. */
export const multilineSummary: Edit = { line: 2, set: { summary: MULTILINE_SUMMARY } };
