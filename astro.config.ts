import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

import { dataDir } from './src/data/load.ts';
import { chartThemePlugin } from './src/integrations/chart-theme.ts';
import { dataGuard } from './src/integrations/data-guard.ts';
import { dataWatch } from './src/integrations/data-watch.ts';
import { datasetModule } from './src/integrations/dataset-module.ts';
import { headers } from './src/integrations/headers.ts';
import { robustLinks } from './src/integrations/robust-links.ts';
import { storyCheck } from './src/integrations/story-check.ts';
import { setting } from './src/settings.ts';
import { firstPublishedDay } from './src/site/build-info.ts';

// The public address the site is published at; canonical URLs, embed codes and oEmbed use it.
const site = setting('SITE_URL')!;

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    dataGuard(),
    dataWatch(),
    // Outside links in the prose get an archived copy beside them, as of the story's first publication.
    mdx({ processor: satteri({ hastPlugins: [() => robustLinks(firstPublishedDay(dataDir()))] }) }),
    // Embed pages are parts of other sites' pages, not pages of ours to list.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
    headers(),
  ],
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    csp: {
      // Astro adds script-src and style-src with the hash of every script and style it emits.
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // The story has no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [chartThemePlugin(), datasetModule(), storyCheck()],
    // A build run beside `astro dev` writes thousands of files into these; none is a source.
    server: { watch: { ignored: ['**/.build/**', '**/dist/**'] } },
  },
});
