/**
 * `npm run data:format`: rewrites every data file of data/ (or DATA_DIR) in the project's
 * canonical form (scripts/lib/canonical-csv.ts), so a spreadsheet's save shows in `git diff` as the
 * cells that changed, not every line. Run it before committing. It refuses to touch a file
 * whose values would change, which cannot happen unless the canonical form has a bug.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';

import { readDataText } from '../src/data/file-check.ts';
import { DATA_FILES } from '../src/data/files.ts';
import { formatIssue } from '../src/data/issues.ts';
import { dataDir, displayPath } from '../src/data/load.ts';
import { canonicalCsv } from './lib/canonical-csv.ts';

/** Every non-empty row's cells, without the empty cells a spreadsheet pads rows with. */
const values = (text: string) =>
  JSON.stringify(
    (parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][])
      .map((row) => {
        const cells = [...row];
        while (cells.length > 0 && cells.at(-1) === '') cells.pop();
        return cells;
      })
      .filter((cells) => cells.length > 0),
  );

const dir = dataDir();
let rewritten = 0;
for (const { file, columns } of DATA_FILES) {
  const full = path.join(dir, file);
  if (!existsSync(full)) continue;
  // A file in another encoding or with other separators would be garbled by a rewrite: it must
  // be saved again from the spreadsheet, as the message says.
  const read = readDataText(readFileSync(full), Object.keys(columns));
  if ('problem' in read) {
    console.error(`${formatIssue({ file: displayPath(full), ...read.problem })}\nNot rewritten.`);
    process.exitCode = 1;
    continue;
  }
  const { text } = read;
  const canonical = canonicalCsv(text);
  if (canonical === undefined) {
    console.error(`${displayPath(full)} cannot be read as CSV; run npm run validate to see where, and fix it first.`);
    process.exitCode = 1;
    continue;
  }
  if (canonical === text) continue;
  if (values(canonical) !== values(text)) throw new Error(`${displayPath(full)}: the canonical form would change a value; not rewritten`);
  const temporary = `${full}.${process.pid}.tmp`;
  writeFileSync(temporary, canonical);
  renameSync(temporary, full);
  rewritten++;
  console.log(`Rewrote ${displayPath(full)} in canonical form.`);
}
console.log(
  rewritten === 0
    ? `Every data file in ${displayPath(dir)} is already in canonical form.`
    : `${rewritten} file(s) rewritten; no value changed.`,
);
