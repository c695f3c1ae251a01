/**
 * Debian's Chromium driven by playwright-core, for the browser tests and the screenshots. No
 * browser is downloaded: both use the one `.ci/run` installs with apt, and say how to get it
 * when it is missing.
 */
import { existsSync } from 'node:fs';

import { type Browser, chromium } from 'playwright-core';

import { setting } from '../../src/settings.ts';

export const CHROMIUM_PATH = setting('CHROMIUM_PATH')!;

/** Without the background-networking flags Chromium keeps dialling Google on a closed network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    [
      `Chromium is needed at ${CHROMIUM_PATH}, and it is not there.`,
      'On Debian or Ubuntu install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      '(.ci/run does this for CI), or point CHROMIUM_PATH at another Chromium or Chrome binary.',
    ].join('\n'),
  );
}

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
