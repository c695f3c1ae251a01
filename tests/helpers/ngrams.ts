/** Runs of eight words, normalised the way the seed-article check compares them, and their hashes. */
import { createHash } from 'node:crypto';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function eightWordRuns(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + 8 <= w.length; i++) runs.push(w.slice(i, i + 8).join(' '));
  return runs;
}

export const hashRun = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);
