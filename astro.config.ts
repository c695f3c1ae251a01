import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

import { chartThemePlugin } from './src/integrations/chart-theme.ts';
import { dataGuard } from './src/integrations/data-guard.ts';
import { dataWatch } from './src/integrations/data-watch.ts';
import { datasetModule } from './src/integrations/dataset-module.ts';
import { headers } from './src/integrations/headers.ts';
import { storyCheck } from './src/integrations/story-check.ts';

// The public address the site is published at; canonical URLs, embed codes and oEmbed use it.
const site = process.env.SITE_URL ?? 'https://lawsuits2020.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    dataGuard(),
    dataWatch(),
    mdx(),
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
