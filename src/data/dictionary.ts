/**
 * The data dictionary: every file, every column, what it holds and what it accepts, read from
 * the column metadata of the Zod contract (src/data/schema.ts). The data desk's guide and the
 * methodology page print it; neither restates a column by hand, so neither can drift from what
 * the validator enforces.
 */
import type { z } from 'zod';

import { columnMeta, isOptional } from './columns.ts';
import { type Columns, FILE_SPECS } from './files.ts';

export interface DictionaryColumn {
  name: string;
  description: string;
  required: boolean;
  /** What a valid value looks like, in the words every error message for the column uses. */
  expected: string;
  /** The allowed values of a column that takes a word from a fixed list. */
  values?: readonly string[];
  /** What each allowed value means. */
  meanings?: Readonly<Record<string, string>>;
  example: string;
}

export interface DictionaryFile {
  file: string;
  /** What one row stands for. */
  row: string;
  /** Whether the data folder may leave the file out. */
  optional: boolean;
  columns: DictionaryColumn[];
  /** Columns the site adds to the published table, worked out from other files. */
  derived: DictionaryColumn[];
}

const dictionaryColumns = (columns: Columns) =>
  Object.entries<z.ZodType>(columns).map(([name, schema]) => {
    const meta = columnMeta(schema);
    const column: DictionaryColumn = {
      name,
      description: meta.description,
      required: !isOptional(schema),
      expected: meta.expected,
      example: meta.example,
    };
    if (meta.values) column.values = meta.values;
    if (meta.meanings) column.meanings = meta.meanings;
    return column;
  });

export function dataDictionary(): DictionaryFile[] {
  return FILE_SPECS.map(({ file, row, optional, columns, derived }) => ({
    file,
    row,
    optional,
    columns: dictionaryColumns(columns),
    derived: dictionaryColumns(derived ?? {}),
  }));
}

// A pipe would end a Markdown table cell early.
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The dictionary as Markdown: a heading and a table per file, in the order of the CSV header. */
export function dictionaryMarkdown(dictionary: readonly DictionaryFile[] = dataDictionary()): string {
  return dictionary
    .map(({ file, row, optional, columns, derived }) => {
      const lines = [
        `### ${file}`,
        '',
        `Each row is ${row}. ${optional ? 'The file may be left out.' : 'The file must be there.'} Columns in this order:`,
        '',
        '| Column | Required | What it holds | What it accepts | Example |',
        '| --- | --- | --- | --- | --- |',
        ...columns.map(
          (c) => `| \`${c.name}\` | ${c.required ? 'yes' : 'no'} | ${cell(c.description)} | ${cell(c.expected)} | \`${cell(c.example)}\` |`,
        ),
      ];
      if (derived.length > 0) {
        lines.push(
          '',
          `The published ${file} (and its JSON) also has these columns, worked out from the other files by the same code as the pages; never type them into the file:`,
          '',
          '| Column | Always there | What it holds | Values | Example |',
          '| --- | --- | --- | --- | --- |',
          ...derived.map(
            (c) =>
              `| \`${c.name}\` | ${c.required ? 'yes' : 'no'} | ${cell(c.description)} | ${cell(c.expected)} | \`${cell(c.example)}\` |`,
          ),
        );
      }
      return lines.join('\n');
    })
    .join('\n\n');
}
