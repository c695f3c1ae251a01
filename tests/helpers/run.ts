/** Runs one of the project's scripts the way npm does, on the Node that runs the tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function runScript(script: string, env: Record<string, string> = {}, timeout = 120_000, args: readonly string[] = []) {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The environment for building or validating the site from a fixture folder. The story's stated
 * facts are about the real data, so on other data they are stale by design; this is the flag
 * that publishes them anyway (see src/story/facts.ts).
 */
export const FIXTURE_STORY = { ALLOW_STALE_PROSE: '1' } as const;
