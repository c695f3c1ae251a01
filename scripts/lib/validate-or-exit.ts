/**
 * Shared by the commands that must not go on with bad input: validate the data, then the
 * stories against it (props and stated facts); print every problem and exit 1.
 *
 * `--allow-stale-prose` (or ALLOW_STALE_PROSE=1) is the deliberate step that publishes a story
 * whose stated facts the data no longer supports: they are printed as warnings instead.
 */
import { formatIssue, sortIssues } from '../../src/data/issues.ts';
import { dataDir, type Dataset, displayPath, loadDataset } from '../../src/data/load.ts';
import { plural } from '../../src/data/wording.ts';
import { setSetting } from '../../src/settings.ts';
import { formatStoryProblem } from '../../src/story/check.ts';
import { checkStoryFiles, storyContext } from '../../src/story/check-files.ts';
import { checkDataProse } from '../../src/story/data-prose.ts';
import { ALLOW_STALE_PROSE, staleProseAllowed, storyFiles } from '../../src/story/story-files.ts';

async function fail(lines: string[]): Promise<never> {
  // Writes to a pipe are asynchronous: exiting at once would cut a long report short.
  await new Promise<void>((resolve) => process.stderr.write(`${lines.join('\n')}\n`, () => resolve()));
  process.exit(1);
}

export async function validateOrExit(argv: readonly string[] = process.argv.slice(2)): Promise<{ dir: string; data: Dataset }> {
  if (argv.includes('--allow-stale-prose')) setSetting(ALLOW_STALE_PROSE, '1');
  const dir = dataDir();
  const result = loadDataset(dir);
  if (!result.ok) {
    const issues = sortIssues(result.issues);
    const files = new Set(issues.map((i) => i.file)).size;
    await fail([
      ...issues.map(formatIssue),
      '',
      `${plural(issues.length, 'problem')} in ${plural(files, 'file')} of ${displayPath(dir)}; nothing was built.`,
      '',
    ]);
  }
  const data = (result as { ok: true; data: Dataset }).data;
  const notices = sortIssues(result.notices);
  if (notices.length > 0) console.log(['Notices (nothing to fix):', ...notices.map(formatIssue), ''].join('\n'));

  const problems = [...checkStoryFiles(storyFiles(), data), ...checkDataProse(dir, storyContext(data))];
  const allowed = staleProseAllowed();
  const errors = problems.filter((p) => p.kind === 'error' || !allowed);
  for (const p of problems.filter((p) => p.kind === 'stale' && allowed))
    console.warn(`Stale prose, published on purpose: ${formatStoryProblem(p)}`);
  if (errors.length > 0) {
    const stale = errors.some((p) => p.kind === 'stale');
    await fail([
      ...errors.map(formatStoryProblem),
      '',
      `${plural(errors.length, 'problem')} in the story files; nothing was built.`,
      ...(stale
        ? [
            'A stated fact no longer matches the data: reread that passage with the writer and update the <Fact>,',
            'or publish anyway with --allow-stale-prose.',
          ]
        : []),
      '',
    ]);
  }
  return { dir, data };
}
