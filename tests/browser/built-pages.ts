import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The URL path of every HTML page in a built site, `/` first. */
export function builtPages(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        found.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return found.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}

/** The file a page path is served from: /cases/ → <dist>/cases/index.html. */
export function pageFile(dist: string, pathname: string): string {
  return path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}
