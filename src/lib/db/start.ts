/**
 * Starts the engine the build is configured for — the one place a page asks for an engine:
 *   VITE_REGIONPULS_ENGINE=wasm (default)  DuckDB-wasm in the browser over the site's own Parquet;
 *   VITE_REGIONPULS_ENGINE=server          the Regionpuls SQL server (server/) at VITE_REGIONPULS_SERVER,
 *                                          for data too large for a browser tab.
 * Both run the same SQL from src/lib/sql, so the UI does not change. The choice is made at build time
 * (Vite inlines import.meta.env.VITE_*), and each engine is a dynamic import, so a page loads only the
 * engine it was built for.
 */
import type { Engine, Query, Row } from './engine';
import { handoverEngine } from './handover';
import { localEngine } from './local';
import type { LocalEngine } from './local';
import { LOCAL_MAX_ROWS, fetchedSource } from './local-files';
import type { Manifest } from '../schema';
import type { StartStage } from './browser';
import type { SqlConsole } from './console';
import { markOnce, queryTimed } from '../probe';

export type { StartStage };

export interface StartedEngine {
  engine: Engine;
  manifest: Manifest;
  /** Milliseconds per start-up stage. */
  timings: Partial<Record<StartStage, number>>;
  /** The SQL console's session: DuckDB-wasm only (the SQL server runs the builders' SQL alone). */
  console?: () => Promise<SqlConsole>;
  /** Resolves if the engine stops for good (DuckDB-wasm's worker crashed). */
  stopped?: Promise<Error>;
}

export type EngineConfig = { kind: 'wasm' } | { kind: 'server'; server: string };

/** Where the SQL server is when VITE_REGIONPULS_SERVER is not set: `npm run server`'s default. */
export const DEFAULT_SERVER = 'http://127.0.0.1:8787/';

/** Spelled out member by member: Vite replaces exactly these expressions at build time. */
const BUILD_ENV: Record<string, unknown> = {
  VITE_REGIONPULS_ENGINE: import.meta.env.VITE_REGIONPULS_ENGINE,
  VITE_REGIONPULS_SERVER: import.meta.env.VITE_REGIONPULS_SERVER,
};

/** Reads the build-time configuration; `env` is a parameter so it can be tested. */
export function engineConfig(env: Record<string, unknown> = BUILD_ENV): EngineConfig {
  const kind = String(env.VITE_REGIONPULS_ENGINE ?? '').trim() || 'wasm';
  if (kind === 'wasm') return { kind };
  if (kind === 'server')
    return { kind, server: String(env.VITE_REGIONPULS_SERVER ?? '').trim() || DEFAULT_SERVER };
  throw new Error(`invalid VITE_REGIONPULS_ENGINE: ${kind} (use "wasm" or "server")`);
}

/**
 * The server's URL: absolute, or a path relative to the app's root (e.g. `sql/` behind the same
 * reverse proxy as the site — no CORS needed). `dataUrl` is `<app root>/data/`.
 */
export function serverUrl(server: string, dataUrl: URL): URL {
  const url = new URL(server, new URL('../', dataUrl));
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** Reports every call's timing to the benchmark's hook (src/lib/probe.ts). */
function timed(engine: Engine): Engine {
  if (typeof window === 'undefined') return engine;
  return {
    async query<T = Row>(query: Query): Promise<T[]> {
      const start = performance.now();
      const rows = await engine.query<T>(query);
      queryTimed({ start, end: performance.now(), rows: rows.length });
      return rows;
    },
  };
}

/** `dataUrl` is the folder holding manifest.json and the Parquet files. */
export async function startEngine(
  dataUrl: URL,
  onStage: (s: StartStage) => void = () => {},
): Promise<StartedEngine> {
  markOnce('engine-start');
  const config = engineConfig();
  let started: StartedEngine;
  if (config.kind === 'server') {
    const { startRemoteDb } = await import('./remote');
    started = await startRemoteDb(serverUrl(config.server, dataUrl), onStage);
  } else {
    // Dynamic import keeps DuckDB-wasm out of SSR, prerendering and the first page load.
    const { startBrowserDb } = await import('./browser');
    started = await startBrowserDb(dataUrl, onStage);
  }
  markOnce('engine-ready');
  return { ...started, engine: timed(started.engine) };
}

export interface InstantEngine {
  /** Answers at once: engine-free until DuckDB is ready, DuckDB after (same rows either way). */
  engine: Engine;
  /** True when views are answered without waiting for DuckDB (shipped data small enough). */
  instant: boolean;
  /** DuckDB (or the server engine), started in the first idle moment after `after` settles. */
  duckdb: Promise<StartedEngine>;
  /** After a fault (`onFault`): start DuckDB again; the engine-free answers serve meanwhile. */
  restart?: () => Promise<StartedEngine>;
}

/** Resolves in the browser's next idle period (or after `timeout` ms at the latest). */
function idle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

/**
 * The other indicators' files, one per idle moment after the first chart: the first switch to an
 * indicator then finds its rows in memory instead of fetching and parsing them mid-interaction.
 */
async function warmUp(files: LocalEngine, indicators: readonly string[]): Promise<void> {
  for (const indicator of indicators) {
    await idle(2000);
    await files.preload(indicator);
  }
}

/**
 * Whether views are answered engine-free before DuckDB is ready: the wasm engine, data small enough
 * for the files, and the files' hashes from the prerender (without them the page waits for DuckDB).
 */
export function answersEngineFree(
  manifest: Manifest,
  hashes: Record<string, string> | undefined,
): hashes is Record<string, string> {
  return (
    engineConfig().kind === 'wasm' &&
    manifest.tables.observations.rows <= LOCAL_MAX_ROWS &&
    hashes !== undefined &&
    Object.keys(hashes).length > 0
  );
}

/** The engine-free engine over this build's files in `rowsUrl`, each used only if its hash matches. */
export function filesEngine(rowsUrl: URL, manifest: Manifest, hashes?: Record<string, string>): LocalEngine {
  const indicators = Object.keys(manifest.indicators ?? {});
  return localEngine(fetchedSource(rowsUrl, () => (indicators.length ? indicators : null), hashes));
}

/**
 * The page's engine for links that must draw at once. `rowsUrl` is `<app root>/rows/<version>/`
 * (built by src/routes/rows), `manifest` the page's own (from the prerender), `hashes` the files'
 * SHA-256 from the prerender (without them the page waits for DuckDB), and `after` the first
 * view's queries: DuckDB-wasm's 7.5 MB start only once the first chart is on screen, so it never
 * competes with it. With the server engine, or data too large for the files, pages wait for the engine.
 */
export function startInstant(
  dataUrl: URL,
  rowsUrl: URL,
  manifest: Manifest,
  options: {
    after?: Promise<unknown>;
    onStage?: (s: StartStage) => void;
    hashes?: Record<string, string>;
    onFault?: (e: Error) => void;
    /** An engine-free engine that already holds files (the first chart's, src/lib/first). */
    local?: LocalEngine;
  } = {},
): InstantEngine {
  const instant = answersEngineFree(manifest, options.hashes);
  if (!instant) {
    const duckdb = startEngine(dataUrl, options.onStage);
    return { engine: { query: async (q) => (await duckdb).engine.query(q) }, instant, duckdb };
  }
  const files = options.local ?? filesEngine(rowsUrl, manifest, options.hashes);
  const local = timed(files);
  const duckdb = (async () => {
    await Promise.resolve(options.after).catch(() => {});
    await idle(500);
    // The other indicators' files wait until DuckDB's wasm is compiled (or has failed): started with
    // DuckDB, they were fetched before the wasm and made it ready ~0.3 s later (bench, default view).
    let warming = false;
    const warm = () => {
      if (warming) return;
      warming = true;
      void warmUp(files, Object.keys(manifest.indicators ?? {}));
    };
    const started = startEngine(dataUrl, (stage) => {
      options.onStage?.(stage);
      if (stage === 'data') warm();
    });
    started.catch(warm);
    return started;
  })();
  const handover = handoverEngine(
    local,
    duckdb.then((d) => d.engine),
    (e) => options.onFault?.(e),
  );
  // Views never ask DuckDB, so a crash is told when it happens, not at the next query that needs it.
  const watch = (started: Promise<StartedEngine>) =>
    void started.then(
      (d) => d.stopped?.then((e) => handover.stopped(d.engine, e)),
      () => {},
    );
  watch(duckdb);
  return {
    engine: handover.engine,
    instant,
    duckdb,
    restart: () => {
      const next = startEngine(dataUrl, options.onStage);
      handover.replace(next.then((d) => d.engine));
      watch(next);
      return next;
    },
  };
}
