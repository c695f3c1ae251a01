/**
 * A static server for the built site that also applies its `_headers` file the way Netlify and
 * Cloudflare Pages do (every matching rule adds its headers), so local runs and browser tests
 * see the same framing and security headers as production.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { type Header, parseAllHeaders } from '@netlify/headers-parser';
import compression from 'compression';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

async function headerRules(dir: string): Promise<Header[]> {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return [];
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], minimal: false, configHeaders: undefined });
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  return headers as Header[];
}

export async function serveStatic(dir: string, { port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const rules = await headerRules(dir);
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  // Every static host compresses text; without it local Lighthouse runs measure a slower site.
  const compress = compression();
  const server = createServer((req, res) => compress(req as never, res as never, () => handle(req, res)));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const combined = new Map<string, string[]>();
    for (const rule of rules) {
      if (!rule.forRegExp.test(pathname)) continue;
      for (const [name, value] of Object.entries(rule.values)) combined.set(name, [...(combined.get(name) ?? []), value]);
    }
    for (const [name, values] of combined) res.setHeader(name, values.join(', '));
    files(req, res, () => {
      const notFound = path.join(dir, '404.html');
      res.statusCode = 404;
      res.setHeader('Content-Type', existsSync(notFound) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  };
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
