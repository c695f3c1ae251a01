/**
 * Live preview of the data in `astro dev` (src/integrations/data-watch.ts): an edit to a CSV shows
 * on the page without a restart, a bad edit shows the same `file:line` messages as
 * `npm run validate` (terminal, page and overlay) without stopping the server, and the fix brings
 * the page back. Plain fetch and WebSocket, no browser: the page is server-rendered.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { escape } from 'html-escaper';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

import { FIXTURES } from '../helpers/data-dir.ts';
import { ROOT, runScript } from '../helpers/run.ts';

const STARTUP_MS = 120_000;
const CHANGE_MS = 45_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The environment without Vitest's markers: Astro skips its dev-server middleware when it sees
 * VITEST (it assumes it is being unit-tested), and every page would then be a 404.
 */
function outsideVitest(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST') delete env[name];
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

interface Page {
  status: number;
  body: string;
}

async function get(url: string): Promise<Page | undefined> {
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(20_000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined; // not listening yet, or restarting
  }
}

/** Polls until the page satisfies `ok`; fails with the last answer seen. */
async function waitFor(url: string, ok: (page: Page) => boolean, timeout: number): Promise<Page> {
  let last: Page | undefined;
  try {
    return await vi.waitFor(
      async () => {
        last = await get(url);
        if (!last || !ok(last)) throw new Error('not yet');
        return last;
      },
      { timeout, interval: 300 },
    );
  } catch {
    throw new Error(
      `${url} did not reach the expected state in ${timeout} ms; last answer: ${last ? `${last.status} ${last.body.slice(0, 400)}` : 'none'}`,
    );
  }
}

/** The first message the dev server's WebSocket sends a new client (after "connected"). */
async function overlayMessage(base: string, timeout = 10_000): Promise<{ type: string; err?: { stack?: string; message?: string } }> {
  const client = await (await fetch(`${base}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  const socket = new WebSocket(`${base.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message from the dev server')), timeout);
      socket.addEventListener('message', (event) => {
        const payload = JSON.parse(String(event.data)) as { type: string };
        if (payload.type === 'connected') return;
        clearTimeout(timer);
        resolve(payload);
      });
      socket.addEventListener('error', () => reject(new Error('WebSocket error')));
    });
  } finally {
    socket.close();
  }
}

describe('astro dev with a data folder being edited', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lawsuits-dev-data-'));
  const lawsuits = path.join(dir, 'lawsuits.csv');
  const rulings = path.join(dir, 'rulings.csv');
  let server: ChildProcess | undefined;
  let output = '';
  let base = '';
  let original = '';
  let originalRulings = '';

  beforeAll(async () => {
    cpSync(path.join(FIXTURES, 'charts'), dir, { recursive: true });
    original = readFileSync(lawsuits, 'utf8');
    originalRulings = readFileSync(rulings, 'utf8');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // --ignore-lock: a developer's own `npm run dev` may be running on this project.
    server = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
      {
        cwd: ROOT,
        env: { ...outsideVitest(), DATA_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (chunk) => (output += String(chunk)));
    server.stderr!.on('data', (chunk) => (output += String(chunk)));
    await waitFor(`${base}/cases/`, (page) => page.status === 200 && page.body.includes('Pearson v. Kemp'), STARTUP_MS);
  }, STARTUP_MS + 10_000);

  afterAll(async () => {
    const running = server;
    if (running?.pid && running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      // The server was started in its own process group, so this ends it and only it.
      process.kill(-running.pid, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-running.pid!, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 20_000);

  test(
    'a saved edit shows on the page without a restart',
    async () => {
      writeFileSync(lawsuits, original.replace('Pearson v. Kemp', 'Pearson v. Kempster'));
      const page = await waitFor(`${base}/cases/`, (p) => p.status === 200 && p.body.includes('Pearson v. Kempster'), CHANGE_MS);
      expect(page.body).not.toContain('Pearson v. Kemp<');
      // Vite reloads the dataset module itself; the data watch says so once the save has settled.
      await expect
        .poll(() => output, { timeout: 10_000 })
        .toMatch(/lawsuits\.csv changed\. The data in .* is valid \(13 cases\); reloading the pages\./);
    },
    CHANGE_MS + 10_000,
  );

  test(
    'a bad edit shows the same messages as npm run validate, and the server keeps running',
    async () => {
      // A typo in the action of Pearson v. Kemp's dismissal.
      writeFileSync(rulings, originalRulings.replace(',dismissed,defendants,', ',dismised,defendants,'));
      const validate = runScript('scripts/validate.ts', { DATA_DIR: dir });
      expect(validate.status).toBe(1);
      const messages = validate.stderr.split('\n').filter((line) => line.includes('rulings.csv:'));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        /rulings\.csv:\d+: action "dismised": is not an allowed value \(expected one of .*\); did you mean "dismissed" \(the court threw the case out\)\?$/,
      );

      const page = await waitFor(`${base}/cases/`, (p) => p.status === 500, CHANGE_MS);
      expect(page.body).toContain(escape(messages[0]!));
      expect(page.body).toContain('has 1 problem');
      expect(page.body).toContain('/@vite/client'); // so the page reloads itself once the file is fixed
      // Every page, not only the one open: the story too.
      expect((await get(`${base}/`))!.body).toContain(escape(messages[0]!));
      // The terminal shows the same line.
      await expect.poll(() => output, { timeout: 10_000 }).toContain(messages[0]!);
      // And the browser's overlay receives it.
      const overlay = await overlayMessage(base);
      expect(overlay.type).toBe('error');
      expect(overlay.err?.stack).toBe(messages[0]);
      expect(server!.exitCode).toBeNull();
    },
    CHANGE_MS + 30_000,
  );

  test(
    'fixing the file brings the pages back by themselves',
    async () => {
      writeFileSync(rulings, originalRulings);
      writeFileSync(lawsuits, original.replace('Pearson v. Kemp', 'Pearson v. Kemp (fixed)'));
      const page = await waitFor(`${base}/cases/`, (p) => p.status === 200 && p.body.includes('Pearson v. Kemp (fixed)'), CHANGE_MS);
      expect(page.body).not.toContain('dismised');
      const overlay = await overlayMessage(base, 2_000).catch(() => undefined);
      expect(overlay?.type).not.toBe('error');
    },
    CHANGE_MS + 20_000,
  );
});
