/**
 * `npm run validate`: checks every data file and prints every problem, or a short summary.
 * Exits 1 on any problem, so a build or CI step stops on it.
 */
import { displayPath } from '../src/data/load.ts';
import { summaryLines } from '../src/data/summary.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';

const { dir, data } = validateOrExit();
console.log(`The data in ${displayPath(dir)} is valid.`);
for (const line of summaryLines(data)) console.log(line);
