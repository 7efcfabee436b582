/**
 * Starts the engine the build is configured for. Today: DuckDB-wasm in the browser. The one place a
 * page asks for an engine, so another engine (a server for data too large for a tab) plugs in here.
 */
import type { Engine } from './engine';
import type { Manifest } from '../schema';
import type { StartStage } from './browser';

export type { StartStage };

export interface StartedEngine {
  engine: Engine;
  manifest: Manifest;
  /** Milliseconds per start-up stage. */
  timings: Partial<Record<StartStage, number>>;
}

/** `dataUrl` is the folder holding manifest.json and the Parquet files. */
export async function startEngine(dataUrl: URL, onStage: (s: StartStage) => void = () => {}): Promise<StartedEngine> {
  // Dynamic import keeps DuckDB-wasm out of SSR, prerendering and the first page load.
  const { startBrowserDb } = await import('./browser');
  return startBrowserDb(dataUrl, onStage);
}
