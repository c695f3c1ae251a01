/** Temporary data folders built from the committed fixtures, for tests of the loader and the CLI. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll } from 'vitest';

import { formatIssue, sortIssues } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import { applyEdits, type Edit } from './fixture-edits.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The text of a file of the base fixture. */
const baseText = (name: string) => readFileSync(path.join(FIXTURES, 'base', name), 'utf8');

/**
 * How a test's file differs from the base fixture: edits of its rows (the usual way), its
 * bytes transformed (a BOM, other line ends), a text of its own, or a committed fixture file.
 */
export type FileSource =
  { edits?: readonly Edit[]; transform?: (text: string) => string } | { text: string } | { bytes: Uint8Array } | { fixture: string };

/** The text of a file of the base fixture after its edits, then its transform. */
export function editedText(
  name: string,
  { edits = [], transform = (t) => t }: { edits?: readonly Edit[]; transform?: (text: string) => string },
) {
  return transform(applyEdits(baseText(name), edits));
}

/** A copy of the base fixture folder with some files changed. */
export function dataDirWith(files: Record<string, FileSource> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-data-'));
  made.push(dir);
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) {
    const target = path.join(dir, name);
    if ('fixture' in source) cpSync(path.join(FIXTURES, source.fixture), target);
    else if ('text' in source) writeFileSync(target, source.text);
    else if ('bytes' in source) writeFileSync(target, source.bytes);
    else writeFileSync(target, editedText(name, source));
  }
  return dir;
}

/** Every message the loader prints for a folder, with the folder shown as `data/` as in the README. */
export function messagesFor(dir: string): string[] {
  const result = loadDataset(dir);
  if (result.ok) return [];
  return sortIssues(result.issues).map((issue) =>
    formatIssue({ ...issue, file: issue.file.replaceAll(dir, 'data'), message: issue.message.replaceAll(dir, 'data') }),
  );
}
