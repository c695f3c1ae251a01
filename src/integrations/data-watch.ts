/**
 * Live preview of the data while `astro dev` runs. Vite already reloads the dataset module when a
 * data file changes (src/integrations/dataset-module.ts watches them); this integration makes
 * sure the data desk sees what happened where they are looking.
 *
 * Bad data must not stop the server: the terminal gets the same `file:line` lines as
 * `npm run validate`, every page answers with those lines (status 500) instead of a stack trace
 * through the dataset module, and the browser shows them in Vite's error overlay. The save that
 * fixes the file brings the pages back by itself.
 */
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { escape } from 'html-escaper';

import { formatIssue, sortIssues } from '../data/issues.ts';
import { dataDir, displayPath, loadDataset } from '../data/load.ts';

// A spreadsheet saves in several steps (a temporary file, a rename, a write): one reload per save.
const SETTLE_MS = 150;

type Logger = Pick<AstroIntegrationLogger, 'info' | 'error'>;

/** The state of the data folder as the dev server last saw it: valid, or these printed problems. */
export type DataState = { ok: true; cases: number } | { ok: false; lines: string[] };

export function checkData(dir: string): DataState {
  const result = loadDataset(dir);
  return result.ok ? { ok: true, cases: result.data.lawsuits.length } : { ok: false, lines: sortIssues(result.issues).map(formatIssue) };
}

export function isDataFile(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return path.extname(file).toLowerCase() === '.csv' && relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

const folder = (dir: string) => `${displayPath(dir)}${path.sep}`;
const problems = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/** The headline of a bad-data report, the same in the terminal, the page and the overlay. */
function problemHeadline(dir: string, lines: readonly string[]): string {
  return `The data in ${folder(dir)} has ${problems(lines.length)}; every page shows the list until the file is fixed and saved.`;
}

function logState(state: DataState, dir: string, logger: Logger, changed?: string): void {
  const prefix = changed ? `${displayPath(changed)} changed. ` : '';
  if (state.ok) logger.info(`${prefix}The data in ${folder(dir)} is valid (${state.cases} cases); reloading the pages.`);
  else logger.error(`${prefix}${problemHeadline(dir, state.lines)}\n${state.lines.join('\n')}`);
}

/** The page every route answers with while the data is invalid; Vite's client reloads it after a fix. */
export function problemPage(dir: string, lines: readonly string[]): string {
  const items = lines.map((line) => `<li><code>${escape(line)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data problem: ${escape(problems(lines.length))}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.4rem; }
li { margin: .5rem 0; }
code { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main role="alert">
<h1>${escape(problemHeadline(dir, lines))}</h1>
<ol>
${items}
</ol>
<p>Each line reads <code>file:line: column "value": what is wrong (expected …)</code>, as <code>npm run validate</code> prints it.
Fix the cell in the spreadsheet and save the CSV: this page reloads by itself.</p>
</main>
<script type="module" src="/@vite/client"></script>
</body>
</html>
`;
}

/**
 * The error Vite's client shows in its overlay (Astro's version of it in `astro dev`). Astro's
 * overlay inserts `message` and `hint` as HTML, so they are escaped; `stack` is shown as text and
 * is what its copy button copies, so it carries the plain lines.
 */
export function overlayError(dir: string, lines: readonly string[]) {
  return {
    name: 'DataValidationError',
    title: 'The data has a problem',
    message: escape(`${problemHeadline(dir, lines)}\n\n${lines.join('\n')}`),
    hint: escape('Fix each cell named above in the spreadsheet and save the CSV; this page reloads by itself.'),
    stack: lines.join('\n'),
    plugin: 'data-watch',
    id: dir,
  };
}

/**
 * Whether a request would render from the data: anything but Vite's and Astro's own endpoints,
 * source modules and files in public/. Those keep working so the problem page and the overlay can
 * load; everything else (pages, endpoints, the 404 page) would only throw from the dataset module.
 */
export function rendersFromData(req: Pick<IncomingMessage, 'method' | 'url'>, publicDir: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return true; // a malformed address is no file of ours; Astro would answer it from the data
  }
  if (/^\/(?:@|__|_astro\/|_image\b|node_modules\/|src\/)/.test(pathname)) return false;
  if (!publicDir || pathname.endsWith('/')) return true;
  const file = path.join(publicDir, pathname);
  return !(file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile());
}

const wantsHtml = (req: Pick<IncomingMessage, 'url' | 'headers'>) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  return String(req.headers.accept ?? '').includes('text/html') || pathname.endsWith('/') || pathname.endsWith('.html');
};

export function dataWatch(): AstroIntegration {
  return {
    name: 'data-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDir();
        let state = checkData(dir);
        // Say at once when the server starts on bad data, rather than on the first page request.
        if (!state.ok) logState(state, dir, logger);
        logger.info(`Watching ${folder(dir)} for changes to the data.`);

        const refresh = (changed?: string) => {
          state = checkData(dir);
          logState(state, dir, logger, changed);
          // The reloaded page gets the overlay when its client connects (below).
          server.ws.send({ type: 'full-reload', path: '*' });
        };

        // DATA_DIR may lie outside the project, where Vite does not watch by itself.
        server.watcher.add(dir);
        let timer: NodeJS.Timeout | undefined;
        let last = '';
        const onEvent = (file: string) => {
          if (!isDataFile(file, dir)) return;
          last = file;
          clearTimeout(timer);
          timer = setTimeout(() => refresh(last), SETTLE_MS);
        };
        server.watcher.on('change', onEvent);
        server.watcher.on('add', onEvent);
        server.watcher.on('unlink', onEvent);
        server.httpServer?.once('close', () => clearTimeout(timer));

        server.ws.on('vite:client:connect', (_data, client) => {
          if (!state.ok) client.send({ type: 'error', err: overlayError(dir, state.lines) });
        });

        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (state.ok || !rendersFromData(req, server.config.publicDir)) return next();
          // A save the watcher missed (a network drive, an editor that swaps files) still counts.
          const now = checkData(dir);
          if (now.ok) {
            refresh();
            return next();
          }
          state = now;
          const html = wantsHtml(req);
          const body = html ? problemPage(dir, now.lines) : `${problemHeadline(dir, now.lines)}\n${now.lines.join('\n')}\n`;
          res.writeHead(500, { 'Content-Type': `${html ? 'text/html' : 'text/plain'}; charset=utf-8`, 'Cache-Control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    },
  };
}
