/**
 * `npm run docs:data`: rewrites the generated parts of the guides: the data dictionary in
 * docs/data-desk.md (from the Zod schemas) and the story components in docs/writing.md (from
 * their contracts). `npm run docs:data -- --check` only says whether they are up to date (exit 1
 * when one is not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { GENERATED_SECTIONS, withSection } from './lib/generated-docs.ts';

const check = process.argv.includes('--check');
const root = path.resolve(import.meta.dirname, '..');

for (const section of GENERATED_SECTIONS) {
  const file = path.join(root, section.file);
  const doc = readFileSync(file, 'utf8');
  let updated: string;
  try {
    updated = withSection(doc, section);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (updated === doc) {
    console.log(`The generated part of ${section.file} is up to date.`);
  } else if (check) {
    console.error(`The generated part of ${section.file} is out of date with ${section.from}; run npm run docs:data.`);
    process.exitCode = 1;
  } else {
    writeFileSync(file, updated);
    console.log(`Updated the generated part of ${section.file}.`);
  }
}
