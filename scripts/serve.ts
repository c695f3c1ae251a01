/** `npm run serve`: serve the built dist/ locally with its production headers. */
import path from 'node:path';

import { publishedDir } from '../src/site/build-info.ts';
import { serveStatic } from './lib/static-server.ts';

const dir = publishedDir();
const port = Number(process.env.PORT || 4321);
const { url } = await serveStatic(dir, { port, host: process.env.HOST || '127.0.0.1' });
console.log(`Serving ${path.relative(process.cwd(), dir)} at ${url}/ (Ctrl+C to stop)`);
