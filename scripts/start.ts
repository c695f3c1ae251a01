/** `npm start`: validate the data, build the site, and serve it on a local URL. */
import { setting } from '../src/settings.ts';
import { serveStatic } from './lib/static-server.ts';
import { validateAndBuild } from './lib/validate-and-build.ts';

const outDir = await validateAndBuild();
const { url } = await serveStatic(outDir, { port: Number(setting('PORT')), host: setting('HOST')! });
console.log(`\nThe site is ready at ${url}/ (Ctrl+C to stop)`);
