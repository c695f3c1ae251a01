/** The MDX files whose components and facts are checked: every .mdx file under src/. */
import { globSync } from 'node:fs';
import path from 'node:path';

import { setting, type SettingName } from '../settings.ts';

export function storyFiles(root: string = process.cwd()): string[] {
  return globSync('src/**/*.mdx', { cwd: root })
    .map((file) => path.join(root, file))
    .sort();
}

/** Publishing prose whose facts the data no longer supports takes this deliberate flag. */
export const ALLOW_STALE_PROSE = 'ALLOW_STALE_PROSE' satisfies SettingName;
export const staleProseAllowed = (env?: NodeJS.ProcessEnv) => setting(ALLOW_STALE_PROSE, env) === '1';
