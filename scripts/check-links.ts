/**
 * `npm run check:links [-- --dir dist --skip-archives --concurrency 8]`: checks every outside
 * link of the built site (run `npm run build` first) and prints the dead ones under the data row,
 * prose line or page that holds them. Exits 1 when a link is dead. It needs the network, so it is
 * not part of `npm test`; docs/data-desk.md says when to run it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { dataDir, displayPath } from '../src/data/load.ts';
import { publishedDir } from '../src/site/build-info.ts';
import { checkOutsideLinks, formatLinkReport } from './lib/check-links.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    'skip-archives': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '8' },
  },
  strict: true,
});
const dist = values.dir ? path.resolve(values.dir) : publishedDir();
const story = path.join(dist, 'index.html');
if (!existsSync(story)) {
  console.error(`check:links: no built site in ${displayPath(dist)}; run npm run build first (or pass --dir).`);
  process.exit(2);
}
// The site's own address, as the build wrote it, so links back to the site are not counted as outside.
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(story, 'utf8'))?.[1];
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`check:links: --concurrency takes a whole number of at least 1, not "${values.concurrency}"`);
  process.exit(2);
}

console.log(`Checking the outside links of ${displayPath(dist)}${values['skip-archives'] ? ', archived copies left out' : ''} …`);
const report = await checkOutsideLinks({
  dist,
  dataDir: dataDir(),
  proseDirs: [path.resolve('src/pages'), path.resolve('src/content')],
  ...(siteUrl ? { siteUrl } : {}),
  skipArchives: values['skip-archives'],
  concurrency,
});
for (const line of formatLinkReport(report)) console.log(line);
if (report.dead.length > 0) process.exitCode = 1;
