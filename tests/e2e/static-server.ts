/**
 * A minimal static file server for the built site (build/), on 127.0.0.1 and a free port. It serves
 * wasm as application/wasm (needed for streaming compilation) and gzips text, wasm and Parquet like a
 * real host would, so byte counts in tests and the benchmark are realistic.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../../tools/content-types';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')];
  for (const file of candidates) {
    if (!resolve(file).startsWith(resolve(root))) continue;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

export function serveStatic(
  root: string,
  port = 0,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body: Buffer = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const out: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', ...headers };
    if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 1024) {
      body = gzipSync(body, { level: 6 });
      out['content-encoding'] = 'gzip';
    }
    out['content-length'] = String(body.length);
    res.writeHead(200, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://127.0.0.1:${p}`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}
