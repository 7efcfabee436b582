/**
 * The server engine: the same SQL as DuckDB-wasm, run by the Regionpuls SQL server (server/) over
 * HTTP, answered as Apache Arrow IPC. For data too large for a browser tab: the page downloads no
 * wasm and no Parquet, only each query's result. Chosen at build time in start.ts.
 */
import { tableFromIPC } from 'apache-arrow';
import type { Manifest } from '../schema';
import { QueryError, assertBindable } from './engine';
import type { Engine, Query, Row } from './engine';
import type { StartStage } from './browser';
import { arrowRows } from './rows';
import { parseManifest } from '../manifest';

export interface RemoteDb {
  engine: Engine;
  manifest: Manifest;
  timings: Partial<Record<StartStage, number>>;
}

type Fetch = typeof fetch;

/** The server's own error text (`{"error": …}`), else the HTTP status. */
async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string') return `server: ${body.error}`;
  } catch {
    // not JSON: fall through to the status line
  }
  return `server: HTTP ${res.status}`;
}

/** An Engine whose queries run on the SQL server at `serverUrl` (ending in `/`). */
export function remoteEngine(serverUrl: URL, fetchImpl: Fetch = fetch): Engine {
  const endpoint = new URL('query', serverUrl);
  return {
    async query<T = Row>(query: Query): Promise<T[]> {
      assertBindable(query);
      let res: Response;
      try {
        res = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sql: query.sql, params: query.params }),
        });
      } catch (e) {
        throw new QueryError(
          `server not reachable (${endpoint.origin}): ${e instanceof Error ? e.message : String(e)}`,
          query.sql,
          e,
        );
      }
      if (!res.ok) throw new QueryError(await errorMessage(res), query.sql, null);
      try {
        return arrowRows(tableFromIPC(new Uint8Array(await res.arrayBuffer()))) as T[];
      } catch (e) {
        throw new QueryError(
          `invalid answer from server: ${e instanceof Error ? e.message : String(e)}`,
          query.sql,
          e,
        );
      }
    },
  };
}

let started: Promise<RemoteDb> | null = null;

/** Connects once (manifest, health check); later calls share the connection, like startBrowserDb. */
export function startRemoteDb(
  serverUrl: URL,
  onStage: (s: StartStage) => void = () => {},
  fetchImpl: Fetch = fetch,
): Promise<RemoteDb> {
  started ??= connect(serverUrl, onStage, fetchImpl).catch((e: unknown) => {
    started = null;
    throw e;
  });
  return started;
}

async function connect(
  serverUrl: URL,
  onStage: (s: StartStage) => void,
  fetchImpl: Fetch,
): Promise<RemoteDb> {
  const timings: RemoteDb['timings'] = {};
  let t = performance.now();
  const lap = (stage: StartStage) => {
    const now = performance.now();
    timings[stage] = Math.round(now - t);
    t = now;
  };
  const get = async (path: string): Promise<unknown> => {
    const url = new URL(path, serverUrl);
    let res: Response;
    try {
      res = await fetchImpl(url);
    } catch (e) {
      throw new Error(
        `could not reach the Regionpuls SQL server at ${serverUrl.href}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (!res.ok) throw new Error(`could not load ${url.href}: HTTP ${res.status}`);
    return res.json();
  };

  onStage('manifest');
  const manifest = parseManifest(await get('manifest.json'));
  lap('manifest');
  // Nothing to compile or download: "engine" is the server saying it is up, "data" is already there.
  onStage('engine');
  await get('health');
  lap('engine');
  onStage('data');
  lap('data');
  onStage('ready');
  return { engine: remoteEngine(serverUrl, fetchImpl), manifest, timings };
}
