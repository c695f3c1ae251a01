/**
 * What a build needs to know besides the data: where it publishes to, and which day it counts
 * as "today". Following the reproducible-builds convention, that day comes from
 * SOURCE_DATE_EPOCH, or else from the time of the last commit, so building the same commit
 * twice, on any machine, gives the same files.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { readRecord } from '../data/publication-record.ts';
import { setting } from '../settings.ts';

/** The published site's folder: OUT_DIR when set, else ./dist. */
export function publishedDir(env?: NodeJS.ProcessEnv): string {
  return path.resolve(setting('OUT_DIR', env)!);
}

function lastCommitSeconds(): number | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d+$/.test(out) ? Number(out) : undefined;
  } catch {
    return undefined; // not a git checkout (a tarball, say): fall back to the clock
  }
}

/** The build's own day, YYYY-MM-DD (UTC). */
export function buildDay(env?: NodeJS.ProcessEnv): string {
  const given = setting('SOURCE_DATE_EPOCH', env);
  const epoch = given && /^\d+$/.test(given) ? Number(given) : lastCommitSeconds();
  return new Date(epoch === undefined ? Date.now() : epoch * 1000).toISOString().slice(0, 10);
}

/**
 * The day the site was first published, from the publication record of the data folder `dir`;
 * before any publication, the build's own day. The story's links are archived as of this day.
 */
export function firstPublishedDay(dir: string, env?: NodeJS.ProcessEnv): string {
  const read = readRecord(dir);
  return (read.ok ? read.record.publications[0]?.date : undefined) ?? buildDay(env);
}
