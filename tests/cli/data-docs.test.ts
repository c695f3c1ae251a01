/** `npm run docs:data -- --check`: the guide's column reference is what the schemas generate. */
import { expect, test } from 'vitest';

import { runScript } from '../helpers/run.ts';

test('npm run docs:data -- --check agrees', () => {
  const { status, stdout } = runScript('scripts/data-docs.ts', {}, 60_000, ['--check']);
  expect(status).toBe(0);
  expect(stdout).toContain('is up to date');
});
