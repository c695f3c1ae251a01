/**
 * `npm run publish [-- --note "An earlier version …"]`: records the data as published today in
 * the data folder's publication record, then builds. The record is what gives every machine the
 * same "data last changed" date and the same baseline for "what changed"; commit it with the data.
 */
import { parseArgs } from 'node:util';

import { displayPath } from '../src/data/load.ts';
import { lastPublication, withPublication } from '../src/data/publication-record.ts';
import { changesLines, recordOrExit, writeRecord } from './lib/publication.ts';
import { validateAndBuild } from './lib/validate-and-build.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';

const { values } = parseArgs({ options: { note: { type: 'string' }, 'allow-stale-prose': { type: 'boolean' } }, strict: true });
const { dir, data } = await validateOrExit();
const { file, record } = recordOrExit(dir);
const today = new Date().toISOString().slice(0, 10);
const next = withPublication(record, data, today, values.note);
if (next === record) {
  console.log(`Nothing new to publish: the data is what was published on ${lastPublication(record)?.date}.`);
} else {
  for (const line of changesLines(record, data)) console.log(line);
  writeRecord(file, next);
  console.log(`Recorded the publication of ${today} in ${displayPath(file)}; commit it with the data.`);
}
await validateAndBuild();
