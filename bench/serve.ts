/**
 * The benchmark's web host for a built site, on 127.0.0.1. Unlike tests/e2e/static-server.ts it
 * compresses each file once, ahead of the runs, as a real host or CDN would: gzipping the 30 MB wasm
 * on every request would put seconds of the server's CPU into "DuckDB ready" on a 2-core machine.
 * Parquet is sent as is (already ZSTD inside). `/sql/*` is proxied to the SQL server when one is
 * given, so a server-engine build talks to its engine same-origin (no CORS preflight), the way a
 * reverse proxy would deploy it.
 */
import { createServer, request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../tools/content-types';

const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.wasm', '.svg', '.txt']);

interface Entry {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
}

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file of the site, read and (where it helps) gzipped once. */
function loadSite(root: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const file of walk(root)) {
    const raw = readFileSync(file);
    const ext = extname(file);
    const zipped = COMPRESS.has(ext) && raw.length > 1024 ? gzipSync(raw, { level: 6 }) : null;
    const key = `/${relative(root, file).split(sep).join('/')}`;
    files.set(key, {
      type: TYPES[ext] ?? 'application/octet-stream',
      raw,
      gzip: zipped && zipped.length < raw.length ? zipped : null,
    });
  }
  return files;
}

function lookup(files: Map<string, Entry>, pathname: string): Entry | undefined {
  const p = decodeURIComponent(pathname).replace(/\/+$/, '') || '';
  return files.get(p) ?? files.get(`${p}.html`) ?? files.get(`${p}/index.html`);
}

function proxy(req: IncomingMessage, res: ServerResponse, target: URL, path: string): void {
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (e) =>
    res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${e.message}`),
  );
  req.pipe(upstream);
}

export function serveSite(root: string, options: { sqlServer?: string } = {}): Promise<BenchServer> {
  const files = loadSite(resolve(root));
  const sql = options.sqlServer ? new URL(options.sqlServer) : null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (sql && url.pathname.startsWith('/sql/')) {
      proxy(req, res, sql, url.pathname.slice(4) + url.search);
      return;
    }
    const entry = lookup(files, url.pathname);
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gz =
      entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? entry.gzip : null;
    const body = gz ?? entry.raw;
    res.writeHead(200, {
      'content-type': entry.type,
      'cache-control': 'no-cache',
      'content-length': String(body.length),
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
