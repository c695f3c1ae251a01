/**
 * `npm run validate`: checks every data file, and every story's props and stated facts against
 * it, and prints every problem; or a short summary and what changed since the last publication
 * recorded in the data folder. Exits 1 on any problem, so a build or CI step stops on it.
 */
import { displayPath } from '../src/data/load.ts';
import { formatNotice } from './lib/canonical-csv.ts';
import { canonicalNotices } from './lib/canonical-files.ts';
import { changesLines, recordOrExit } from './lib/publication.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';
import { summaryLines } from './lib/validate-summary.ts';

const { dir, data } = await validateOrExit();
const { record } = recordOrExit(dir);
console.log(`The data in ${displayPath(dir)} is valid.`);
for (const line of summaryLines(data)) console.log(line);
console.log('');
for (const line of changesLines(record, data)) console.log(line);
const notices = canonicalNotices(dir);
if (notices.length > 0) console.log('');
for (const notice of notices) console.log(formatNotice(notice));
