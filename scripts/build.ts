/** `npm run build`: validate the data, then build the site into dist/ (or OUT_DIR) atomically. */
import path from 'node:path';
import { buildSite } from './lib/build-site.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
validateOrExit();
const outDir = path.resolve(process.env.OUT_DIR || 'dist');
const started = performance.now();
try {
  await buildSite(outDir);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed; ${path.relative(process.cwd(), outDir) || outDir} was left as it was.`);
  process.exit(1);
}
console.log(`Built the site into ${path.relative(process.cwd(), outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
