/**
 * Live preview of the data while `astro dev` runs: saving a CSV in the data folder re-validates
 * it, drops every module that rendered from the old data and reloads the browser.
 *
 * The data folder is not imported by any module (site-data.ts reads it with fs), so Vite cannot
 * see that a CSV edit changes the pages; this integration draws that line for it. Bad data is
 * not fatal here: site-data.ts throws DataValidationError when a page asks for the data, Astro
 * shows that error in its overlay, the terminal gets the same `file:line` lines as
 * `npm run validate`, and the next save that fixes the file brings the pages back.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isRunnableDevEnvironment, type EnvironmentModuleNode, type ViteDevServer } from 'vite';
import { formatIssue, sortIssues } from '../data/issues.ts';
import { dataDir, displayPath, loadDataset } from '../data/load.ts';

const SITE_DATA = fileURLToPath(new URL('../data/site-data.ts', import.meta.url));

// A spreadsheet saves in several steps (a temporary file, a rename, a write); one reload per save.
const SETTLE_MS = 150;

export function isDataFile(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return path.extname(file).toLowerCase() === '.csv' && relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Validates the folder and logs the outcome; returns whether the data is valid. */
export function reportData(dir: string, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>, changed?: string): boolean {
  const result = loadDataset(dir);
  const what = changed ? `${displayPath(changed)} changed: ` : '';
  if (result.ok) {
    logger.info(`${what}the data in ${displayPath(dir)} is valid (${result.data.lawsuits.length} cases); reloading the pages.`);
    return true;
  }
  const lines = sortIssues(result.issues).map(formatIssue);
  const count = `${lines.length} problem${lines.length === 1 ? '' : 's'}`;
  logger.error(`${what}${count} in the data in ${displayPath(dir)}; the pages show them until the file is fixed:\n${lines.join('\n')}`);
  return false;
}

/**
 * Marks site-data.ts and everything that imports it, up to the page modules, as stale in every
 * server environment, both in Vite's module graph (so it is transformed again) and in the
 * environment's module runner (which otherwise keeps the evaluated module and its old data).
 */
export function invalidateSiteData(server: ViteDevServer): number {
  let count = 0;
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name === 'client') continue;
    const graph = environment.moduleGraph;
    const seen = new Set<EnvironmentModuleNode>();
    for (const mod of graph.getModulesByFile(SITE_DATA) ?? []) graph.invalidateModule(mod, seen, Date.now(), true);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules;
      for (const mod of seen) {
        const node = mod.id ? evaluated.getModuleById(mod.id) : undefined;
        if (node) evaluated.invalidateModule(node);
      }
    }
    count += seen.size;
  }
  return count;
}

export function dataWatch(): AstroIntegration {
  return {
    name: 'data-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDir();
        // Say at once when the server starts on bad data, rather than on the first page request.
        const result = loadDataset(dir);
        if (!result.ok) reportData(dir, logger);
        logger.info(`Watching ${displayPath(dir)} for changes to the data.`);

        // DATA_DIR may lie outside the project, where Vite does not watch by itself.
        server.watcher.add(dir);
        let timer: NodeJS.Timeout | undefined;
        let last = '';
        const onEvent = (file: string) => {
          if (!isDataFile(file, dir)) return;
          last = file;
          clearTimeout(timer);
          timer = setTimeout(() => {
            reportData(dir, logger, last);
            invalidateSiteData(server);
            server.ws.send({ type: 'full-reload', path: '*' });
          }, SETTLE_MS);
        };
        server.watcher.on('change', onEvent);
        server.watcher.on('add', onEvent);
        server.watcher.on('unlink', onEvent);
        server.httpServer?.once('close', () => clearTimeout(timer));
      },
    },
  };
}
