/** Tests that render .astro components need Astro's own Vite setup. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
