/** The parent script at a stable address (/embed.js), compiled from src/client/embed-parent.ts. */
import path from 'node:path';

import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const result = await build({
    // Builds run from the project root; import.meta.url would point into the build output instead.
    entryPoints: [path.resolve('src/client/embed-parent.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
