/**
 * Builds the site into a staging folder and swaps it into place only when the build succeeded,
 * so a failed build (bad data, a broken page) leaves the previous dist/ exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import { build } from 'astro';

import { DataValidationError } from '../../src/data/issues.ts';
import { dataDir, type Dataset, loadDataset } from '../../src/data/load.ts';
import { type PublishedChanges, recordBuild } from './published-build.ts';

export interface BuildOptions {
  /** The validated data the site is built from; loaded from DATA_DIR (or data/) when absent. */
  data?: Dataset;
  /** When the build counts as published, for the snapshot and the change report. */
  builtAt?: Date;
}

export async function buildSite(outDir = path.resolve('dist'), options: BuildOptions = {}): Promise<PublishedChanges> {
  const work = path.resolve('.build');
  mkdirSync(work, { recursive: true });
  const staging = path.join(work, `staging-${process.pid}`);
  const previous = path.join(work, `previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  let changes: PublishedChanges;
  try {
    await build({ outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
    // The snapshot and the report go in before the swap, so they are published with the pages.
    changes = recordBuild(staging, outDir, options.data ?? validData(), options.builtAt);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // Two renames on one file system: the old site is replaced in one step, never half-written.
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return changes;
}

function validData(): Dataset {
  const result = loadDataset(dataDir());
  if (!result.ok) throw new DataValidationError(result.issues);
  return result.data;
}
