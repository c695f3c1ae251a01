/**
 * Builds the site once from the real data into .build/test-dist and serves it, for every browser
 * test. The build runs in a child process, as `npm run build` does, so Astro's Vite and Vitest's
 * never share a process.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { ROOT, runScript } from '../helpers/run.ts';
import { assertChromium } from './chromium.ts';

// One folder per run, so two test runs on one machine never share a build.
export const TEST_DIST = path.join(ROOT, `.build/test-dist-${process.pid}`);

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  assertChromium();
  rmSync(TEST_DIST, { recursive: true, force: true });
  const build = runScript('scripts/build.ts', { OUT_DIR: TEST_DIST }, 300_000);
  if (build.status !== 0) throw new Error(`The site did not build for the browser tests:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(TEST_DIST);
  project.provide('siteUrl', server.url);
  project.provide('distDir', TEST_DIST);
}

export async function teardown() {
  await server?.close();
  rmSync(TEST_DIST, { recursive: true, force: true });
}
