/**
 * The publication record on disk (data/publications.json, or DATA_DIR's): what `validate` and
 * the build compare with, and what `npm run publish` appends to.
 */
import { renameSync, writeFileSync } from 'node:fs';

import { formatChanges } from '../../src/data/change-report.ts';
import type { Dataset } from '../../src/data/files.ts';
import { displayPath } from '../../src/data/load.ts';
import {
  changesSincePublished,
  formatRecordProblem,
  lastPublication,
  type PublicationRecord,
  readRecord,
  serialiseRecord,
} from '../../src/data/publication-record.ts';

/** The record of `dir`, or exit with what is wrong with it. */
export function recordOrExit(dir: string): { file: string; record: PublicationRecord; found: boolean } {
  const read = readRecord(dir);
  if (read.ok) return read;
  console.error(formatRecordProblem(read, displayPath(read.file)));
  process.exit(1);
}

/** What the terminal shows: the changes since the last publication. */
export function changesLines(record: PublicationRecord, data: Dataset): string[] {
  const last = lastPublication(record);
  const since = last ? `the publication of ${last.date}` : 'nothing (no publication recorded yet)';
  return formatChanges(changesSincePublished(record, data), since);
}

/** Writes the record whole or not at all: a temporary file renamed over the old one. */
export function writeRecord(file: string, record: PublicationRecord): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialiseRecord(record));
  renameSync(temporary, file);
}
