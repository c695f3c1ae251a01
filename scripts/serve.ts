/** `npm run serve`: serve the built dist/ locally with its production headers. */
import path from 'node:path';

import { setting } from '../src/settings.ts';
import { publishedDir } from '../src/site/build-info.ts';
import { serveStatic } from './lib/static-server.ts';

const dir = publishedDir();
const port = Number(setting('PORT'));
const { url } = await serveStatic(dir, { port, host: setting('HOST')! });
console.log(`Serving ${path.relative(process.cwd(), dir)} at ${url}/ (Ctrl+C to stop)`);
