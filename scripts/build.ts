/** `npm run build`: validate the data, then build the site into dist/ (or OUT_DIR) atomically. */
import path from 'node:path';
import { CHANGES_FILE, publishedDir } from '../src/data/snapshot.ts';
import { buildSite } from './lib/build-site.ts';
import { compareWithPublished } from './lib/changes.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { data } = await validateOrExit();
const outDir = publishedDir();
const shownOut = path.relative(process.cwd(), outDir) || outDir;
for (const line of compareWithPublished(data, outDir).lines) console.log(line);
const started = performance.now();
try {
  await buildSite(outDir, { data });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed; ${shownOut} was left as it was.`);
  process.exit(1);
}
console.log(`Built the site into ${shownOut} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`The change report is in ${path.join(shownOut, CHANGES_FILE)}.`);
