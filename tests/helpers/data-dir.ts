/** Temporary data folders built from the committed fixtures, for tests of the loader and the CLI. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll } from 'vitest';

import { formatIssue, sortIssues } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the base fixture folder with some files replaced (by fixture path or by text). */
export function dataDirWith(files: Record<string, { fixture: string } | { text: string }> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-data-'));
  made.push(dir);
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) {
    if ('fixture' in source) cpSync(path.join(FIXTURES, source.fixture), path.join(dir, name));
    else writeFileSync(path.join(dir, name), source.text);
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
