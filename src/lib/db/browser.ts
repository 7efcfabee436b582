/**
 * DuckDB-wasm in the browser: started once, lazily, in a Web Worker, with its wasm served from the
 * app's own origin (Vite copies the files into _app/immutable). Never imported during SSR: routes
 * load it with a dynamic import from onMount.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { LAZY_TABLES, TABLE_NAMES } from '../schema';
import type { TableName } from '../schema';
import type { Manifest } from '../schema';
import { EngineFault, QueryError, assertBindable } from './engine';
import type { Engine, Query, Row } from './engine';
import { openConsole, type SqlConsole } from './console';
import { parquetToArrow } from './parquet-arrow';
import { arrowRows } from './rows';
import { verifyTableBytes, verifyTableRows } from './integrity';
import { DAMAGED_DATA, DataLoadError, NOT_LOADED, parseManifest } from '../manifest';
import { exposeCrash } from '../probe';

/** Start-up stages, in order, for the progress display. */
export type StartStage = 'manifest' | 'engine' | 'data' | 'ready';

export interface BrowserDb {
  engine: Engine;
  manifest: Manifest;
  /** Milliseconds spent per stage, for the benchmark and the status line. */
  timings: Partial<Record<StartStage, number>>;
  /** The SQL console's own session on this DuckDB (opened on first use). */
  console: () => Promise<SqlConsole>;
  /** Resolves when the worker has stopped (crashed, out of memory): it will not answer again. */
  stopped: Promise<EngineFault>;
}

let started: Promise<BrowserDb> | null = null;

/** Prepared statements kept per SQL text; the builders have far fewer distinct texts than this. */
const MAX_PREPARED = 64;

/** Starts DuckDB once; later calls return the same promise. `dataUrl` is the folder with manifest.json. */
export function startBrowserDb(
  dataUrl: URL,
  onStage: (s: StartStage) => void = () => {},
): Promise<BrowserDb> {
  started ??= boot(dataUrl, onStage).catch((e: unknown) => {
    started = null;
    throw e;
  });
  return started;
}

async function boot(dataUrl: URL, onStage: (s: StartStage) => void): Promise<BrowserDb> {
  const timings: BrowserDb['timings'] = {};
  let t = performance.now();
  const lap = (stage: StartStage) => {
    const now = performance.now();
    timings[stage] = Math.round(now - t);
    t = now;
  };

  onStage('manifest');
  const manifest = parseManifest(await fetchJson(new URL('manifest.json', dataUrl)));
  // Start fetching the data while the engine compiles: they do not depend on each other. Each file is
  // checked against the manifest before anything from it can be shown.
  const fetchTable = (name: TableName) =>
    fetchBytes(new URL(`${manifest.tables[name].file}?v=${manifest.version}`, dataUrl)).then(
      async (bytes) => {
        await verifyTableBytes(manifest, name, bytes);
        return { name, bytes };
      },
    );
  const decode = async (name: TableName, bytes: ArrayBuffer) => {
    const table = await parquetToArrow(bytes);
    verifyTableRows(manifest, name, table.numRows);
    return table;
  };
  // Decoding runs on this thread while the wasm compiles on the worker's, so it is off the path to
  // ready (~300 ms for the observations in a cold tab); the engine is not needed until the insert.
  const tables = TABLE_NAMES.filter((name) => !LAZY_TABLES.includes(name)).map((name) =>
    fetchTable(name).then(async ({ bytes }) => ({ name, table: await decode(name, bytes) })),
  );
  // A failed start must not leave the other files' failures unhandled.
  for (const t of tables) t.catch(() => {});
  lap('manifest');

  onStage('engine');
  const bundle = await duckdb.selectBundle({
    mvp: {
      mainModule: new URL(mvpWasm, location.href).href,
      mainWorker: new URL(mvpWorker, location.href).href,
    },
    eh: {
      mainModule: new URL(ehWasm, location.href).href,
      mainWorker: new URL(ehWorker, location.href).href,
    },
  });
  const worker = new Worker(bundle.mainWorker!);
  // A crashed worker never answers again (messages to it are dropped, so queries would wait for ever):
  // after an error event or an out-of-memory answer every query fails at once as an EngineFault, and
  // the next start boots a new worker.
  let fault: EngineFault | null = null;
  let announceStop!: (e: EngineFault) => void;
  const stopped = new Promise<EngineFault>((resolve) => (announceStop = resolve));
  const stop = (why: string) => {
    fault ??= new EngineFault(why);
    started = null;
    worker.terminate();
    announceStop(fault);
  };
  worker.addEventListener('error', (e) => stop(e.message || 'worker error'));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // A missing extension must fail fast against our own origin, never reach out to a CDN.
  const extRepo = new URL('duckdb-ext', dataUrl).href.replace(/'/g, "''");
  await conn.query(`SET custom_extension_repository = '${extRepo}'`);
  await conn.query('SET autoinstall_known_extensions = false');
  lap('engine');

  onStage('data');
  for (const { name, table } of await Promise.all(tables)) {
    await conn.insertArrowTable(table, { name, create: true });
  }
  lap('data');

  // Large tables few views need load after the engine is ready; a query naming one waits for it.
  const lazy = new Map<TableName, Promise<void>>();
  const lazyTable = (name: TableName): Promise<void> => {
    let loading = lazy.get(name);
    if (!loading) {
      loading = fetchTable(name).then(async ({ bytes }) => {
        await conn.insertArrowTable(await decode(name, bytes), { name, create: true });
      });
      loading.catch(() => lazy.delete(name));
      lazy.set(name, loading);
    }
    return loading;
  };
  const tablesIn = (sql: string) => LAZY_TABLES.filter((name) => new RegExp(`\\b${name}\\b`).test(sql));

  // The query builders produce a small, fixed set of SQL texts, so each is prepared once and kept:
  // a step then costs one round trip to the worker instead of three (prepare, run, close).
  const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const statement = (sql: string): Promise<duckdb.AsyncPreparedStatement> => {
    let stmt = prepared.get(sql);
    if (stmt) {
      prepared.delete(sql); // re-inserted below: the Map's order is least recently used first
    } else {
      stmt = conn.prepare(sql);
      if (prepared.size >= MAX_PREPARED) {
        const [oldest, old] = prepared.entries().next().value as [
          string,
          Promise<duckdb.AsyncPreparedStatement>,
        ];
        prepared.delete(oldest);
        void old.then((s) => s.close()).catch(() => {});
      }
    }
    prepared.set(sql, stmt);
    return stmt;
  };
  const engine: Engine = {
    async query<T = Row>(query: Query): Promise<T[]> {
      assertBindable(query);
      if (fault) throw fault;
      try {
        await Promise.all(tablesIn(query.sql).map(lazyTable));
        const stmt = await statement(query.sql);
        return arrowRows(await stmt.query(...query.params)) as T[];
      } catch (e) {
        // A statement that failed to prepare must not be handed out again.
        prepared.delete(query.sql);
        const message = e instanceof Error ? e.message : String(e);
        if (fault || /out of memory|memory access out of bounds|unreachable/i.test(message)) {
          stop(message);
          throw fault!;
        }
        throw new QueryError(message, query.sql, e);
      }
    },
  };
  // A test may simulate a crashed worker (src/lib/probe.ts).
  exposeCrash(() => worker.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' })));
  let sqlConsole: Promise<SqlConsole> | undefined;
  const consoleSession = () =>
    (sqlConsole ??= openConsole(db, async (sql) => {
      await Promise.all(tablesIn(sql).map(lazyTable));
    }));
  onStage('ready');
  return { engine, manifest, timings, console: consoleSession, stopped };
}

async function fetchOk(url: URL): Promise<Response> {
  const res = await fetch(url).catch((e: unknown) => {
    throw new DataLoadError(NOT_LOADED, `${url.pathname}: ${e instanceof Error ? e.message : String(e)}`);
  });
  if (!res.ok) throw new DataLoadError(NOT_LOADED, `${url.pathname}: HTTP ${res.status}`);
  return res;
}

async function fetchBytes(url: URL): Promise<ArrayBuffer> {
  return (await fetchOk(url)).arrayBuffer();
}

async function fetchJson(url: URL): Promise<unknown> {
  const res = await fetchOk(url);
  try {
    return await res.json();
  } catch {
    throw new DataLoadError(DAMAGED_DATA, `${url.pathname}: not JSON`);
  }
}
