/**
 * Four projects, all run by `npm test`:
 * - unit: in-process tests of src/ (data, charts, story, site modules, client code); seconds.
 * - components: .astro components rendered with Astro's container (needs Astro's Vite setup).
 * - commands: the CLI as users run it (validate, build, the dev server), in child processes.
 * - browser: the built site in headless Chromium.
 * `npm run test:unit` runs the first two, the loop to run while changing code.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/{data,charts,story,site,client,integrations,scripts}/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'commands',
          include: ['tests/{cli,hardening,dev}/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium per worker is plenty on a two-core machine.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
