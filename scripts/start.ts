/** `npm start`: validate the data, build the site, and serve it on a local URL. */
import { serveStatic } from './lib/static-server.ts';
import { validateAndBuild } from './lib/validate-and-build.ts';

const outDir = await validateAndBuild();
const { url } = await serveStatic(outDir, { port: Number(process.env.PORT || 4321), host: process.env.HOST || '127.0.0.1' });
console.log(`\nThe site is ready at ${url}/ (Ctrl+C to stop)`);
