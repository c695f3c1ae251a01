/**
 * What `npm run build` and `npm start` share: validate (stop on any problem), say what changed
 * since the published build, build atomically, and report. Returns the folder it built into.
 */
import path from 'node:path';

import { CHANGES_FILE, publishedDir } from '../../src/data/snapshot.ts';
import { buildSite } from './build-site.ts';
import { compareWithPublished } from './published-build.ts';
import { validateOrExit } from './validate-or-exit.ts';

export async function validateAndBuild(): Promise<string> {
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
  return outDir;
}
