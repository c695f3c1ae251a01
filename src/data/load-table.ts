/**
 * One CSV file against its columns: every header problem and every cell problem, each with
 * its physical line, collected before anything is returned.
 */
import { columnMeta, isOptional } from './columns.ts';
import { type CsvRow, parseCsv } from './csv.ts';
import type { Columns, RecordOf } from './files.ts';
import type { DataIssue } from './issues.ts';
import { suggest } from './suggest.ts';

/** A row after its cells were checked: where each cell sits, and the record when every cell passed. */
export interface CheckedRow<C extends Columns> {
  line: number;
  /** Trimmed cell text by column; empty cells are absent. */
  raw: Partial<Record<keyof C & string, string>>;
  /** Physical line of each column's cell (cells of one row can sit on different lines). */
  lineOf: (column: keyof C & string) => number;
  /**
   * Columns whose cell could not be read (it failed its own check, or a required one is empty
   * or missing from the header). These were reported already, so later rules skip them.
   */
  failed?: ReadonlySet<string>;
  /** The parsed value of every cell that passed, so rules can still use a row with one bad cell. */
  values?: Partial<RecordOf<C>>;
  record?: RecordOf<C>;
}

export interface CheckedTable<C extends Columns> {
  rows: CheckedRow<C>[];
  issues: DataIssue[];
  /** What the desk should know but need not fix, such as an optional column left out of the header. */
  notices?: DataIssue[];
  /** False when the header or the CSV syntax is broken badly enough that rows were not read. */
  readable: boolean;
  /** False when some record could not be read at all (a stray quote, a wrong number of cells). */
  complete?: boolean;
}

export function checkTable<C extends Columns>(file: string, text: string, columns: C): CheckedTable<C> {
  const issues: DataIssue[] = [];
  const issue = (line: number, column: string, message: string, value?: string) =>
    issues.push(value === undefined ? { file, line, column, message } : { file, line, column, value, message });

  const table = parseCsv(text);
  for (const error of table.errors) issue(error.line, 'row', error.message);
  const expectedNames = Object.keys(columns);
  if (!table.header) {
    if (table.errors.length === 0) issue(1, 'header', `is missing: the file is empty (expected a header row: ${expectedNames.join(',')})`);
    return { rows: [], issues, readable: false };
  }

  const required = expectedNames.filter((name) => !isOptional(columns[name]!));
  const { positions, namedWidth, absent } = checkHeader(table.header, expectedNames, required, issue);
  // An optional column may be left out, so older copies of the data stay valid when one is
  // added to the schema; its cells then count as empty. Columns that only override what the
  // site works out for itself (an archived copy, a closing date) are left out without a notice.
  const notices: DataIssue[] = absent
    .filter((name) => !columnMeta(columns[name]!).overrideOnly)
    .map((name) => ({
      file,
      line: table.header!.line,
      column: 'header',
      value: name,
      message: 'optional column is not in this file, so its cells count as empty (add the column to fill it in)',
    }));
  const rows: CheckedRow<C>[] = [];
  for (const row of table.rows) {
    const checked = checkRow(row, table.header.cells.length, namedWidth, positions, columns, issue);
    if (checked) rows.push(checked);
  }
  return { rows, issues, notices, readable: true, complete: !issues.some((i) => i.column === 'row') };
}

/**
 * The values of `fields` in a row, when each of them could be read (an empty optional cell
 * counts as read). A rule across rows uses this rather than the whole record, so one bad cell
 * in a column the rule does not read neither hides the row from it nor blames the rows beside it.
 */
export function readableFields<C extends Columns, K extends keyof RecordOf<C> & string>(
  row: CheckedRow<C>,
  fields: readonly K[],
): Pick<RecordOf<C>, K> | undefined {
  if (!row.values || fields.some((field) => row.failed?.has(field))) return undefined;
  return row.values as Pick<RecordOf<C>, K>;
}

type Report = (line: number, column: string, message: string, value?: string) => void;

/**
 * Maps each known column to its index in the file; reports missing, unknown, renamed and repeated
 * names. Optional columns may be absent: those are returned, not reported.
 */
function checkHeader(
  header: CsvRow,
  expected: string[],
  required: string[],
  issue: Report,
): { positions: Map<string, number>; namedWidth: number; absent: string[] } {
  const names = header.cells.map((c) => c.value);
  // Spreadsheets often save a few empty columns after the last one; they carry nothing.
  while (names.length > 0 && names[names.length - 1] === '') names.pop();

  const positions = new Map<string, number>();
  const unknown: { name: string; index: number }[] = [];
  names.forEach((name, index) => {
    if (positions.has(name)) {
      issue(header.line, 'header', `column is repeated (expected each column once)`, name);
    } else if (expected.includes(name)) {
      positions.set(name, index);
    } else {
      unknown.push({ name, index });
    }
  });

  const missing = expected.filter((name) => !positions.has(name));
  const expectation = `expected the columns ${expected.join(',')}`;
  const explained = new Set<string>();
  for (const { name, index } of unknown) {
    if (name === '') {
      issue(header.line, 'header', `column ${index + 1} has no name (${expectation})`, name);
      continue;
    }
    const guess = suggest(name, missing);
    if (guess) {
      explained.add(guess);
      issue(header.line, 'header', `is not a column of this file; did you mean "${guess}"? (${expectation})`, name);
    } else {
      issue(header.line, 'header', `is not a column of this file (${expectation})`, name);
    }
  }
  const absent: string[] = [];
  for (const name of missing) {
    if (explained.has(name)) continue;
    if (required.includes(name)) issue(header.line, 'header', `column is missing (${expectation})`, name);
    else absent.push(name);
  }
  return { positions, namedWidth: names.length, absent };
}

function checkRow<C extends Columns>(
  row: CsvRow,
  headerWidth: number,
  namedWidth: number,
  positions: Map<string, number>,
  columns: C,
  issue: Report,
): CheckedRow<C> | undefined {
  const count = row.cells.length;
  // A spreadsheet may pad the header and every row with empty, unnamed columns; those are fine
  // as long as they stay empty. Any other difference in width means a cell was split or lost.
  const padded = headerWidth > namedWidth && count >= namedWidth && row.cells.slice(namedWidth).every((c) => c.value === '');
  if (count !== headerWidth && !padded) {
    const why = count > headerWidth ? 'a comma inside a cell needs the whole cell in "quotes"' : 'empty cells still need their commas';
    issue(row.line, 'row', `has ${count} cells but the header has ${namedWidth} (expected one cell per column; ${why})`);
    return undefined;
  }
  const stray = row.cells.slice(namedWidth).find((c) => c.value !== '');
  if (stray) {
    issue(stray.line, 'row', `has a value in a column with no name in the header (expected ${namedWidth} columns)`, stray.value);
    return undefined;
  }

  const raw: Partial<Record<string, string>> = {};
  const lines: Record<string, number> = {};
  const record: Record<string, unknown> = {};
  const failed = new Set<string>();
  let valid = true;
  for (const [name, schema] of Object.entries(columns)) {
    const index = positions.get(name);
    if (index === undefined) {
      if (isOptional(schema)) continue; // left out of the header: an empty cell
      failed.add(name); // already reported on the header; its cells cannot be checked
      valid = false;
      continue;
    }
    const cell = row.cells[index]!;
    lines[name] = cell.line;
    const value = cell.value === '' ? undefined : cell.value;
    if (value !== undefined) raw[name] = value;

    const meta = columnMeta(schema);
    if (value === undefined && !isOptional(schema)) {
      issue(cell.line, name, `is empty (expected ${meta.expected})`, '');
      failed.add(name);
      valid = false;
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'is not valid';
      // A list of words suggests for the word that is wrong itself, inside its own message.
      const guess = meta.values && !meta.multiple && value !== undefined ? suggest(value, meta.values) : undefined;
      const meaning = guess ? meta.meanings?.[guess] : undefined;
      const hint = guess ? `; did you mean "${guess}"${meaning ? ` (${meaning})` : ''}?` : '';
      issue(cell.line, name, `${problem} (expected ${meta.expected})${hint}`, value);
      failed.add(name);
      valid = false;
      continue;
    }
    if (result.data !== undefined) record[name] = result.data;
  }

  const checked: CheckedRow<C> = {
    line: row.line,
    raw: raw as CheckedRow<C>['raw'],
    lineOf: (column) => lines[column] ?? row.line,
    failed,
    values: record as Partial<RecordOf<C>>,
  };
  if (valid) checked.record = record as RecordOf<C>;
  return checked;
}
