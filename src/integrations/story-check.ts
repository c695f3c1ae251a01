/**
 * Checks every MDX story as it is compiled, in `astro build` and `astro dev` alike: a prop that
 * does not fit the data contract, or a stated fact the data no longer supports, stops the page
 * with `file:line:column` messages before any of it is rendered.
 *
 * The data files are registered as watched files of each story, because a fact goes stale when
 * the data changes, not only when the prose does.
 */
import path from 'node:path';

import type { Plugin } from 'vite';

import { DATA_FILES } from '../data/files.ts';
import { dataDir, displayPath, loadDataset } from '../data/load.ts';
import { checkStory, formatStoryProblem } from '../story/check.ts';
import { storyContext } from '../story/check-files.ts';
import { ALLOW_STALE_PROSE, staleProseAllowed } from '../story/story-files.ts';

export function storyCheck(dir: () => string = () => dataDir()): Plugin {
  return {
    name: 'story-check',
    enforce: 'pre',
    transform(source, id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.mdx')) return undefined;
      const folder = dir();
      for (const data of DATA_FILES) this.addWatchFile(path.join(folder, data.file));
      const loaded = loadDataset(folder);
      // Bad data is the dataset module's to report, with every problem; facts wait for good data.
      if (!loaded.ok) return undefined;
      const problems = checkStory(displayPath(file), source, storyContext(loaded.data));
      const stale = problems.filter((p) => p.kind === 'stale');
      const errors = staleProseAllowed() ? problems.filter((p) => p.kind === 'error') : problems;
      if (staleProseAllowed()) for (const p of stale) this.warn(`stale prose published on purpose: ${formatStoryProblem(p)}`);
      if (errors.length === 0) return undefined;
      const hint = errors.some((p) => p.kind === 'stale')
        ? `\nTo publish anyway after telling the writer, build with ${ALLOW_STALE_PROSE}=1 (npm run build -- --allow-stale-prose).`
        : '';
      throw new Error(
        `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${displayPath(file)}:\n${errors.map(formatStoryProblem).join('\n')}${hint}`,
      );
    },
  };
}
