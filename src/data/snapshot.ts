/**
 * The snapshot a build keeps of the data it published, so the next validation or build can say
 * what changed since and the site can say when its data last changed.
 *
 * It lives with the published site, as `data/snapshot.json` in dist/ (or OUT_DIR): "the last
 * published build" is whatever that folder holds, and the snapshot travels with it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { DATA_FILES, type Dataset } from './files.ts';

export const SNAPSHOT_FILE = 'data/snapshot.json';
export const CHANGES_FILE = 'data/changes.json';

export interface Snapshot {
  version: 1;
  /** When the build that published this data finished, as an ISO timestamp. */
  builtAt: string;
  /** YYYY-MM-DD: the day of the latest build whose data differed from the build before it. */
  lastChanged: string;
  data: Dataset;
}

const records = z.array(z.record(z.string(), z.unknown()));
// The records were validated when they were published; this only checks the envelope, so a
// damaged or foreign file is noticed instead of producing a nonsense comparison.
const snapshotShape = z.object({
  version: z.literal(1),
  builtAt: z.iso.datetime(),
  lastChanged: z.iso.date(),
  data: z.object(Object.fromEntries(DATA_FILES.map((f) => [f.key, records]))),
});

/** The published site's folder: OUT_DIR when set, else ./dist. */
export function publishedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.OUT_DIR || 'dist');
}

export function parseSnapshot(value: unknown): Snapshot | undefined {
  const result = snapshotShape.safeParse(value);
  return result.success ? (result.data as unknown as Snapshot) : undefined;
}

export type SnapshotRead = { found: true; file: string; snapshot: Snapshot } | { found: false; file: string; problem?: string };

/** The snapshot of the build in `outDir`; `problem` says why a file that exists was not usable. */
export function readSnapshot(outDir: string = publishedDir()): SnapshotRead {
  const file = path.join(outDir, SNAPSHOT_FILE);
  if (!existsSync(file)) return { found: false, file };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { found: false, file, problem: 'is not valid JSON' };
  }
  const snapshot = parseSnapshot(json);
  return snapshot
    ? { found: true, file, snapshot }
    : { found: false, file, problem: 'is not a snapshot this version of the site can read' };
}
