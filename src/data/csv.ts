/**
 * CSV text → rows of trimmed cells, each cell with the physical line it starts on.
 *
 * Parsing is csv-parse's job; this module only adds what it lacks: the line each record and
 * cell starts on (csv-parse reports where a record ends), and tolerance of what spreadsheets
 * add on a round trip (a BOM, CRLF or CR line ends, empty rows and trailing empty columns).
 */
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvCell {
  value: string;
  line: number;
}

export interface CsvRow {
  /** Physical line (1-based) where the record starts in the file. */
  line: number;
  cells: CsvCell[];
}

export interface CsvTable {
  header: CsvRow | undefined;
  rows: CsvRow[];
  /** Records that could not be read (a stray quote, say); the rest of the file still is. */
  errors: CsvSyntaxError[];
}

class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const countNewlines = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

const syntaxError = (error: CsvError) => new CsvSyntaxError(describeCsvError(error), Number((error as { lines?: unknown }).lines) || 1);

/** `header` is undefined for a file with no rows at all (empty or only blank lines). */
export function parseCsv(text: string): CsvTable {
  // One line-end convention makes line counting exact; quoted cells keep their line breaks as \n.
  const normalised = text.replace(/\r\n?/g, '\n');
  const errors: CsvSyntaxError[] = [];
  let records: { record: string[]; info: { lines: number } }[] = [];
  try {
    // The typings of csv-parse do not narrow the result type on `info: true`.
    records = parse(normalised, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        // csv-parse can report one broken record more than once; one message per line is enough.
        if (error && !errors.some((e) => e.line === syntaxError(error).line)) errors.push(syntaxError(error));
        return undefined;
      },
    }) as unknown as typeof records;
  } catch (error) {
    // An unclosed quote swallows the rest of the file, so nothing after it can be read.
    if (!(error instanceof CsvError)) throw error;
    errors.push(syntaxError(error));
  }

  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    // info.lines is the line the record ends on; walk back over line breaks inside quoted cells.
    let line = info.lines - record.reduce((n, cell) => n + countNewlines(cell), 0);
    const start = line;
    const cells = record.map((raw) => {
      const cell = { value: raw.trim(), line };
      line += countNewlines(raw);
      return cell;
    });
    // A row of only empty cells is what a spreadsheet leaves after the last real row.
    if (rows.length > 0 && cells.every((c) => c.value === '')) continue;
    rows.push({ line: start, cells });
  }
  const [header, ...body] = rows;
  return { header, rows: body, errors };
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed (expected a closing " before the end of the file)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a quoted cell is not doubled (expected "" for a quote inside quotes)';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears inside an unquoted cell (expected the whole cell in quotes, with inner quotes doubled)';
    default:
      return `the file is not valid CSV: ${error.message}`;
  }
}
