/**
 * Builds the site into a staging folder and swaps it into place only when the build succeeded,
 * so a failed build (bad data, a broken page) leaves the previous dist/ exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import { build } from 'astro';

export async function buildSite(outDir = path.resolve('dist')): Promise<void> {
  const work = path.resolve('.build');
  mkdirSync(work, { recursive: true });
  const staging = path.join(work, `staging-${process.pid}`);
  const previous = path.join(work, `previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({ outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // Two renames on one file system: the old site is replaced in one step, never half-written.
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
