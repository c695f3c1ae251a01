/**
 * CSV files as a spreadsheet saves them again after opening ours. LibreOffice is not installed
 * where the tests run, so its conventions and Excel's are written out here instead:
 *
 * - Excel "CSV UTF-8": a BOM, CRLF after every row (LF inside quoted cells), quotes only where a
 *   cell needs them, and, once the used range has grown, empty columns after the last one and
 *   rows of bare commas after the last row.
 * - LibreOffice with "Quote all text cells": no BOM, LF, every text cell in quotes, numbers and
 *   dates bare, empty cells empty.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface SaveStyle {
  bom: boolean;
  eol: '\r\n' | '\n';
  /** Quote every text cell (LibreOffice's option), or only cells that need it (Excel). */
  quoteText: boolean;
  /** Empty columns after the last one, on every row. */
  extraColumns: number;
  /** Rows of empty cells after the last row. */
  extraRows: number;
}

export const EXCEL_CSV_UTF8: SaveStyle = { bom: true, eol: '\r\n', quoteText: false, extraColumns: 2, extraRows: 3 };
export const LIBREOFFICE_QUOTED: SaveStyle = { bom: false, eol: '\n', quoteText: true, extraColumns: 0, extraRows: 1 };
export const EVERYTHING: SaveStyle = { bom: true, eol: '\r\n', quoteText: true, extraColumns: 3, extraRows: 2 };

// What a spreadsheet takes for a number or a date and so writes without quotes.
const NUMBER_OR_DATE = /^(?:-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2})$/;

function cell(value: string, quoteText: boolean): string {
  const needsQuotes = /[",\r\n]/.test(value) || (quoteText && value !== '' && !NUMBER_OR_DATE.test(value));
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function resave(text: string, style: SaveStyle): string {
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const width = Math.max(...rows.map((r) => r.length)) + style.extraColumns;
  const padded = [...rows, ...Array.from({ length: style.extraRows }, () => [] as string[])].map((r) => [
    ...r,
    ...Array.from({ length: width - r.length }, () => ''),
  ]);
  const body = padded.map((r) => r.map((v) => cell(v, style.quoteText)).join(',')).join(style.eol) + style.eol;
  return (style.bom ? '\uFEFF' : '') + body;
}

/** A copy of a data folder with every CSV file saved again in `style`. */
export function resavedCopy(dir: string, style: SaveStyle): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'lawsuits-resaved-'));
  made.push(copy);
  cpSync(dir, copy, { recursive: true });
  for (const name of readdirSync(copy).filter((f) => f.endsWith('.csv'))) {
    const file = path.join(copy, name);
    writeFileSync(file, resave(readFileSync(file, 'utf8'), style));
  }
  return copy;
}
