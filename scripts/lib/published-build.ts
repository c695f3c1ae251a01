/**
 * The change report against the last published build, for `npm run validate` and the build, and
 * the two files a build leaves beside the data downloads: data/snapshot.json (what it published,
 * for the next comparison) and data/changes.json (the report, for readers and the newsroom).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type ChangeReport, changeReport, formatChanges, nextSnapshot } from '../../src/data/change-report.ts';
import { type Dataset, displayPath } from '../../src/data/load.ts';
import { CHANGES_FILE, readSnapshot, type Snapshot, SNAPSHOT_FILE } from '../../src/data/snapshot.ts';

export interface Comparison {
  report: ChangeReport;
  previous: Snapshot | undefined;
  /** What the terminal shows. */
  lines: string[];
}

/** Compares `data` with the snapshot of the site in `outDir` (dist/ or OUT_DIR). */
export function compareWithPublished(data: Dataset, outDir: string): Comparison {
  const read = readSnapshot(outDir);
  const previous = read.found ? read.snapshot : undefined;
  const report = changeReport(previous, data);
  if (read.found) return { report, previous, lines: formatChanges(report) };
  const why = read.problem ? `${displayPath(read.file)} ${read.problem}` : `no ${displayPath(read.file)}`;
  return { report, previous, lines: [`No earlier build to compare with (${why}); the next build records one.`] };
}

/** The published form of the report: when this build ran, the day the data last changed, the changes. */
export type PublishedChanges = { builtAt: string; lastChanged: string } & ChangeReport;

/**
 * Writes data/snapshot.json and data/changes.json into a freshly built site (`siteDir`, still in
 * staging) by comparing `data` with the snapshot of the site it replaces (`outDir`).
 */
export function recordBuild(siteDir: string, outDir: string, data: Dataset, builtAt: Date = new Date()): PublishedChanges {
  const read = readSnapshot(outDir);
  const previous = read.found ? read.snapshot : undefined;
  const snapshot = nextSnapshot(previous, data, builtAt);
  const published: PublishedChanges = { builtAt: snapshot.builtAt, lastChanged: snapshot.lastChanged, ...changeReport(previous, data) };
  mkdirSync(path.join(siteDir, path.dirname(SNAPSHOT_FILE)), { recursive: true });
  // Compact: the snapshot is for the next build, and holds every row of every file.
  writeFileSync(path.join(siteDir, SNAPSHOT_FILE), `${JSON.stringify(snapshot)}\n`);
  writeFileSync(path.join(siteDir, CHANGES_FILE), `${JSON.stringify(published, null, 2)}\n`);
  return published;
}
