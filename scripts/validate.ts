/**
 * `npm run validate`: checks every data file, and every story's props and stated facts against
 * it, and prints every problem; or a short summary and what changed since the last published
 * build (dist/, or OUT_DIR). Exits 1 on any problem, so a build or CI step stops on it.
 */
import { displayPath } from '../src/data/load.ts';
import { publishedDir } from '../src/data/snapshot.ts';
import { summaryLines } from '../src/data/summary.ts';
import { compareWithPublished } from './lib/published-build.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';

const { dir, data } = await validateOrExit();
console.log(`The data in ${displayPath(dir)} is valid.`);
for (const line of summaryLines(data)) console.log(line);
console.log('');
for (const line of compareWithPublished(data, publishedDir()).lines) console.log(line);
