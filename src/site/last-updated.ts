/**
 * The date the site shows as "data last changed": kept in the published build's snapshot and
 * moved to the build's day only when the data differs from what was published (src/data/changes.ts).
 */
import { dataLastChanged } from '../data/changes.ts';
import { data } from '../data/site-data.ts';

let cached: string | undefined;

export function lastUpdated(): string {
  cached ??= dataLastChanged(data);
  return cached;
}
