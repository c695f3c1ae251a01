/** `npm start`: validate the data, build the site, and serve it on a local URL. */
import path from 'node:path';
import { buildSite } from './lib/build-site.ts';
import { serveStatic } from './lib/static-server.ts';
import { validateOrExit } from './lib/validate-or-exit.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { dir } = await validateOrExit();
console.log(`The data in ${path.relative(process.cwd(), dir) || dir} is valid. Building…`);
const outDir = path.resolve(process.env.OUT_DIR || 'dist');
try {
  await buildSite(outDir);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('\nThe build failed; the previous site was left as it was.');
  process.exit(1);
}
const { url } = await serveStatic(outDir, { port: Number(process.env.PORT || 4321), host: process.env.HOST || '127.0.0.1' });
console.log(`\nThe site is ready at ${url}/ (Ctrl+C to stop)`);
