/**
 * What `npm run build`, `npm start` and `npm run publish` share: validate (stop on any problem),
 * say what changed since the last publication, build atomically, and report. Returns the folder
 * it built into.
 */
import path from 'node:path';

import { setSetting } from '../../src/settings.ts';
import { publishedDir } from '../../src/site/build-info.ts';
import { buildSite } from './build-site.ts';
import { limitWarnings, siteStats } from './host-limits.ts';
import { changesLines, recordOrExit } from './publication.ts';
import { validateOrExit } from './validate-or-exit.ts';

export async function validateAndBuild(): Promise<string> {
  setSetting('ASTRO_TELEMETRY_DISABLED', '1');
  const { dir, data } = await validateOrExit();
  const { record } = recordOrExit(dir);
  const outDir = publishedDir();
  const shownOut = path.relative(process.cwd(), outDir) || outDir;
  const changes = changesLines(record, data);
  for (const line of changes) console.log(line);
  if (!changes[0]!.startsWith('No changes')) {
    console.log('These changes are not recorded as a publication yet; `npm run publish` records them and builds.');
  }
  const started = performance.now();
  try {
    await buildSite(outDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`\nThe build failed; ${shownOut} was left as it was.`);
    process.exit(1);
  }
  console.log(`Built the site into ${shownOut} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  // Warnings, not errors: a site too big for one host may suit another (docs/deploy.md).
  const stats = siteStats(outDir);
  const warnings = limitWarnings(stats);
  const size = `${stats.files.toLocaleString('en-US')} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (warnings.length === 0) console.log(`${size}: within the published limits of Netlify, Cloudflare Pages and GitHub Pages.`);
  else
    console.warn(
      [`${size}. Warning: this output would break a host's published limits (see docs/deploy.md):`, ...warnings.map((w) => `  ${w}`)].join(
        '\n',
      ),
    );
  return outDir;
}
