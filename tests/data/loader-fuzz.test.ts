/**
 * Property tests of the loader: whatever a spreadsheet, an editor or a bad merge does to a data
 * file, loading never throws, and every problem it reports names a file of the folder and a line
 * that exists in it (or 0, for the file as a whole) with a message. Runs are seeded, so a failure
 * prints a seed that reproduces it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { dataDirWith } from '../helpers/data-dir.ts';

const dir = dataDirWith();
const FILES = ['lawsuits.csv', 'rulings.csv', 'events.csv', 'states.csv', 'publishers.csv'] as const;
const originals = new Map(FILES.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

/** Characters that matter to a CSV reader or to our checks, and some that should not. */
const tricky = fc.constantFrom(
  '"',
  ',',
  '\n',
  '\r',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '<b>',
  '\uFEFF',
  ' ',
  'é',
  '',
  '2020-13-45',
  'http://x',
);

/** One edit to a file's text: insert, delete or replace a span, at a position anywhere in it. */
const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 40 }),
  text: fc.oneof(tricky, fc.string({ maxLength: 12 })),
});

function apply(text: string, edits: readonly { kind: string; at: number; length: number; text: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else out = out.slice(0, at) + e.text + out.slice(at + e.length);
  }
  return out;
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('the loader on damaged files', () => {
  test.each(FILES)('%s: never throws, and every problem has a file, an existing line and a message', (file) => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const damaged = apply(originals.get(file)!, edits);
        writeFileSync(path.join(dir, file), damaged);
        try {
          const result = loadDataset(dir);
          if (result.ok) return;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            const name = path.basename(issue.file);
            expect(FILES as readonly string[]).toContain(name);
            const text = name === file ? damaged : originals.get(name as (typeof FILES)[number])!;
            expect(issue.line).toBeGreaterThanOrEqual(0);
            expect(issue.line).toBeLessThanOrEqual(lineCount(text));
            expect(issue.message.length).toBeGreaterThan(5);
          }
        } finally {
          writeFileSync(path.join(dir, file), originals.get(file)!);
        }
      }),
      { numRuns: 150, seed: 2020 },
    );
  });

  test('the untouched folder is valid, so every problem above came from an edit', () => {
    expect(loadDataset(dir).ok).toBe(true);
  });
});
