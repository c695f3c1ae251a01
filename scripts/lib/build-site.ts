/**
 * Builds the site into a staging folder and swaps it into place only when the build succeeded,
 * so a failed build (bad data, a broken page) leaves the previous dist/ exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import { build } from 'astro';

import { setting } from '../../src/settings.ts';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * What builds that were killed left in the work folder: their staging folders are removed, and
 * when one was killed between its two renames (the old site moved aside, the new one not yet in
 * place), the old site goes back where it was. Folders of builds still running are left alone.
 * Returns the folders it removed or restored, for the build to report.
 */
export function cleanKilledBuilds(work: string, outDir: string): string[] {
  if (!existsSync(work)) return [];
  const done: string[] = [];
  for (const name of readdirSync(work)) {
    const match = /^(staging|previous)-(\d+)$/.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    const folder = path.join(work, name);
    if (match[1] === 'previous' && !existsSync(outDir)) {
      renameSync(folder, outDir);
      done.push(`restored ${path.relative(process.cwd(), outDir) || outDir} from ${name}`);
    } else {
      rmSync(folder, { recursive: true, force: true });
      done.push(`removed ${name}`);
    }
  }
  return done;
}

export async function buildSite(outDir = path.resolve('dist')): Promise<void> {
  const work = path.resolve('.build');
  mkdirSync(work, { recursive: true });
  for (const line of cleanKilledBuilds(work, outDir)) console.log(`A build that was stopped half-way left files behind: ${line}.`);
  const staging = path.join(work, `staging-${process.pid}`);
  const previous = path.join(work, `previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({ outDir: staging, logLevel: setting('ASTRO_LOG_LEVEL') === 'debug' ? 'debug' : 'warn' });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // Two renames on one file system: the old site is replaced in one step, never half-written.
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
