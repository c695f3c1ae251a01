/**
 * `npm run docs:data`: rewrites the data dictionary in docs/data-desk.md from the Zod schemas.
 * `npm run docs:data -- --check` only says whether it is up to date (exit 1 when it is not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { withDictionary } from './lib/dictionary-doc.ts';

const file = path.resolve(import.meta.dirname, '../docs/data-desk.md');
const shown = path.relative(process.cwd(), file) || file;
const check = process.argv.includes('--check');

const doc = readFileSync(file, 'utf8');
let updated: string;
try {
  updated = withDictionary(doc, shown);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (updated === doc) {
  console.log(`The data dictionary in ${shown} is up to date.`);
} else if (check) {
  console.error(`The data dictionary in ${shown} is out of date with src/data/schema.ts; run npm run docs:data.`);
  process.exit(1);
} else {
  writeFileSync(file, updated);
  console.log(`Updated the data dictionary in ${shown}.`);
}
