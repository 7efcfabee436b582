/**
 * One engine for the page, two behind it: the engine-free engine (local.ts) answers every builder's
 * view at once, and DuckDB takes over every query once it is ready. Both give the same rows
 * (tests/sql/local.test.ts), so which one answered never shows. A query without an engine-free form
 * waits for DuckDB.
 */
import type { Engine, Query, Row } from './engine';

export interface Handover {
  engine: Engine;
  /** Whether DuckDB answers now. */
  duckdbReady(): boolean;
}

export function handoverEngine(local: Engine, duckdb: Promise<Engine>): Handover {
  let ready: Engine | null = null;
  duckdb.then(
    (e) => (ready = e),
    () => {}
  );
  return {
    duckdbReady: () => ready !== null,
    engine: {
      async query<T = Row>(query: Query): Promise<T[]> {
        if (ready) return ready.query<T>(query);
        if (!query.view) return (await duckdb).query<T>(query);
        return local.query<T>(query);
      }
    }
  };
}
