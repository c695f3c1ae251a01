/**
 * Validates the data when Astro starts, before any page is rendered or written, so even a bare
 * `astro build` stops on bad data with the same messages as `npm run validate`.
 */
import type { AstroIntegration } from 'astro';

import { formatIssue, sortIssues } from '../data/issues.ts';
import { dataDir, displayPath, loadDataset } from '../data/load.ts';

export function dataGuard(): AstroIntegration {
  return {
    name: 'data-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const dir = dataDir();
        const result = loadDataset(dir);
        if (result.ok) return;
        const lines = sortIssues(result.issues).map(formatIssue);
        logger.error(lines.join('\n'));
        throw new Error(`${result.issues.length} problem(s) in the data in ${displayPath(dir)}; nothing was built.`);
      },
    },
  };
}
