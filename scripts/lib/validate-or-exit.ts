/** Shared by the commands that must not go on with bad data: print every problem and exit 1. */
import { formatIssue, sortIssues } from '../../src/data/issues.ts';
import { dataDir, type Dataset, displayPath, loadDataset } from '../../src/data/load.ts';

export async function validateOrExit(): Promise<{ dir: string; data: Dataset }> {
  const dir = dataDir();
  const result = loadDataset(dir);
  if (result.ok) return { dir, data: result.data };
  const issues = sortIssues(result.issues);
  const files = new Set(issues.map((i) => i.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const report = [
    ...issues.map(formatIssue),
    '',
    `${plural(issues.length, 'problem')} in ${plural(files, 'file')} of ${displayPath(dir)}; nothing was built.`,
    '',
  ].join('\n');
  // Writes to a pipe are asynchronous: exiting at once would cut a long report short.
  await new Promise<void>((resolve) => process.stderr.write(report, () => resolve()));
  process.exit(1);
}
