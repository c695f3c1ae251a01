import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { chartThemePlugin } from './src/integrations/chart-theme.ts';
import { dataGuard } from './src/integrations/data-guard.ts';

// The public address the site is published at; canonical URLs, embed codes and oEmbed use it.
const site = process.env.SITE_URL ?? 'https://lawsuits2020.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [dataGuard(), mdx()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: { csp: true },
  // The story has no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [chartThemePlugin()] },
});
