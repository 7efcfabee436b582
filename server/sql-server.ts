/**
 * Regionpuls SQL server: the "server" engine for data too large for a browser tab. A small node:http
 * server on 127.0.0.1 that answers the project's own queries over DuckDB (@duckdb/node-api) with
 * Apache Arrow IPC, so the browser decodes the same columns DuckDB-wasm would give.
 *
 *   POST /query        {"sql": "...", "params": [...]} → application/vnd.apache.arrow.stream
 *   GET  /manifest.json  the data folder's manifest (tables, versions, sources)
 *   GET  /health         {"status":"ok", ...}
 *
 * Only SQL texts produced by src/lib/sql builders are run (allowlist.ts); values are always bound.
 * Usage: `npm run server -- --data static/data --port 8787 --cors-origin http://127.0.0.1:4173`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { tableFromIPC } from 'apache-arrow';
import { coverageQuery, indicatorsQuery, regionsQuery } from '../src/lib/sql/catalogue';
import type { Query } from '../src/lib/db/engine';
import { allowedQueries, checkQuery } from './allowlist';
import { AnswerCache } from './answer-cache';
import { resultIpc } from './arrow-ipc';
import { DEFAULTS, parseConfig } from './config';
import type { ServerConfig } from './config';
import { openServerDb, readManifest } from './db';
import { HttpError, corsHeaders, readBody, sendJson } from './http-util';

const gzipAsync = promisify(gzip);
export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';
/** Results larger than this are gzipped when the client accepts it (the region catalogue at 100k regions). */
const GZIP_OVER = 32 * 1024;

export interface SqlServer {
  url: string;
  config: ServerConfig;
  /** Counters for tests and the benchmark. */
  stats: { queries: number; cacheHits: number; rejected: number };
  close(): Promise<void>;
}

interface Answer {
  name: string;
  ipc: Uint8Array;
  gzipped?: Promise<Buffer>;
  dbMs: number;
}

export async function startSqlServer(options: Partial<ServerConfig> = {}): Promise<SqlServer> {
  const config: ServerConfig = { ...DEFAULTS, ...options };
  const db = await openServerDb(config.dataDir, config.connections);
  const manifestFile = join(db.dataDir, 'manifest.json');
  let manifest = db.manifest;
  let manifestStamp = (await stat(manifestFile)).mtimeMs;
  let checkedAt = Date.now();
  const allowed = allowedQueries();
  const stats = { queries: 0, cacheHits: 0, rejected: 0 };

  // Identical queries share one answer: the data is read-only while the server runs, and the UI
  // returns to the same views often. In flight or done, the promise is the cache entry.
  const cache = new AnswerCache<Answer>(config.cacheEntries, config.cacheBytes, (a) => a.ipc.byteLength);

  async function answer(query: Query, name: string): Promise<{ answer: Answer; hit: boolean }> {
    const key = JSON.stringify([query.sql, query.params]);
    const hit = cache.get(key);
    if (hit) return { answer: await hit, hit: true };
    const started = performance.now();
    const promise = db
      .run(query)
      .then((reader) => ({ name, ipc: resultIpc(reader), dbMs: performance.now() - started }));
    cache.set(key, promise);
    return { answer: await promise, hit: false };
  }

  /** A rebuilt data folder (new manifest.json) invalidates every cached answer. */
  async function checkData(): Promise<void> {
    if (Date.now() - checkedAt < 1000) return;
    checkedAt = Date.now();
    const stamp = (await stat(manifestFile)).mtimeMs;
    if (stamp === manifestStamp) return;
    manifestStamp = stamp;
    manifest = await readManifest(db.dataDir);
    cache.clear();
  }

  async function handleQuery(
    req: IncomingMessage,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<void> {
    const body = await readBody(req, config.maxBodyBytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
    const checked = checkQuery(parsed, allowed);
    if (!checked.ok) throw new HttpError(400, checked.error);
    await checkData();
    stats.queries++;
    const { answer: a, hit } = await answer(checked.query, checked.name);
    if (hit) stats.cacheHits++;
    const headers: Record<string, string> = {
      'content-type': ARROW_STREAM,
      'cache-control': 'no-store',
      'x-regionpuls-query': a.name,
      'x-regionpuls-cache': hit ? 'hit' : 'miss',
      'server-timing': hit ? 'cache;desc=hit' : `db;dur=${a.dbMs.toFixed(1)}`,
      ...cors,
    };
    let bytes: Uint8Array = a.ipc;
    if (a.ipc.byteLength > GZIP_OVER && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      a.gzipped ??= gzipAsync(a.ipc, { level: 4 });
      bytes = await a.gzipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(bytes.byteLength);
    res.writeHead(200, headers);
    res.end(bytes);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req, config.corsOrigin);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
      } else if (path === '/query') {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST /query with {"sql", "params"}');
        await handleQuery(req, res, cors);
      } else if (path === '/manifest.json' && (req.method === 'GET' || req.method === 'HEAD')) {
        await checkData();
        sendJson(res, 200, manifest, cors);
      } else if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
        sendJson(
          res,
          200,
          {
            status: 'ok',
            engine: 'duckdb-node',
            version: manifest.version,
            queries: stats.queries,
            cached: cache.size,
            cachedBytes: cache.bytes,
          },
          cors,
        );
      } else {
        throw new HttpError(404, 'not found: POST /query, GET /manifest.json, GET /health');
      }
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 400 || status === 413) stats.rejected++;
      // DuckDB's own error text names internals; it goes to the log, the client gets a plain sentence.
      if (status === 500) console.error(`sql-server: ${e instanceof Error ? e.message : String(e)}`);
      const message =
        e instanceof HttpError
          ? e.message
          : 'the query could not be answered (server error; see the server log)';
      // A 413 may arrive while the client is still sending: close instead of draining the rest.
      const extra: Record<string, string> = status === 413 ? { connection: 'close' } : {};
      if (!res.headersSent) sendJson(res, status, { error: message }, { ...cors, ...extra });
      else res.destroy();
    }
  }

  if (config.warm) await warm(answer);

  // Slow or stuck clients must not hold connections open. Node checks the deadlines only every
  // `connectionsCheckingInterval` (30 s by default), which held a slow client ~3× the configured time.
  const timeout = config.requestTimeoutMs;
  const server = createServer(
    {
      requestTimeout: timeout,
      headersTimeout: timeout,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeout / 10))),
    },
    (req, res) => void handle(req, res),
  );
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(config.port, config.host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`,
    config,
    stats,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          done();
        });
      }),
  };
}

/**
 * The catalogue and every indicator's coverage (one row per region: at 10M rows the slowest query,
 * ~170 ms) are the same for every user; compute them once at start instead of on a user's click.
 */
async function warm(answer: (q: Query, name: string) => Promise<{ answer: Answer }>): Promise<void> {
  await answer(regionsQuery(), 'regionsQuery');
  const indicators = tableFromIPC((await answer(indicatorsQuery(), 'indicatorsQuery')).answer.ipc);
  for (const id of indicators.getChild('id')?.toArray() ?? []) {
    await answer(coverageQuery(String(id)), 'coverageQuery');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const config = parseConfig(process.argv.slice(2));
    const started = performance.now();
    const server = await startSqlServer(config);
    console.log(
      `Regionpuls SQL server on ${server.url} (data ${resolve(config.dataDir)}, ready in ${Math.round(performance.now() - started)} ms` +
        `${config.corsOrigin ? `, CORS for ${config.corsOrigin}` : ''})`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
