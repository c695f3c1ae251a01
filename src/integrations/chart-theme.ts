/**
 * Serves the palette of src/charts/theme.ts as CSS (`import 'virtual:chart-theme.css'`), so
 * the colours the charts refer to are defined in one TypeScript module and nowhere else.
 */
import type { Plugin } from 'vite';

import { themeDeclarations } from '../charts/theme.ts';

const ID = 'virtual:chart-theme.css';
const RESOLVED = '\0virtual:chart-theme.css';

function themeCss(): string {
  const light = themeDeclarations('light');
  const dark = themeDeclarations('dark');
  return [
    `:root { color-scheme: light; ${light} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { color-scheme: dark; ${dark} } }`,
    `:root[data-theme="dark"] { color-scheme: dark; ${dark} }`,
  ].join('\n');
}

export function chartThemePlugin(): Plugin {
  return {
    name: 'chart-theme-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? themeCss() : undefined),
  };
}
