/**
 * One engine for the page, two behind it: the engine-free engine (local.ts) answers every builder's
 * view at once, and DuckDB takes over every query once it is ready. Both give the same rows
 * (tests/sql/local.test.ts), so which one answered never shows. A query without an engine-free form
 * waits for DuckDB.
 */
import { isEngineFault, type Engine, type Query, type Row } from './engine';

export interface Handover {
  engine: Engine;
  /** Whether DuckDB answers now. */
  duckdbReady(): boolean;
  /** A new DuckDB after a fault: it takes over again once ready. */
  replace(duckdb: Promise<Engine>): void;
}

/**
 * If DuckDB stops (EngineFault), views the engine-free engine can answer are answered by it again, and
 * `onFault` tells the page, which offers a restart; the view, targets and own data are not touched.
 */
export function handoverEngine(
  local: Engine,
  duckdb: Promise<Engine>,
  onFault: (e: Error) => void = () => {},
): Handover {
  let ready: Engine | null = null;
  let pending = duckdb;
  const follow = (p: Promise<Engine>) =>
    p.then(
      (e) => {
        if (pending === p) ready = e;
      },
      () => {},
    );
  follow(duckdb);
  return {
    duckdbReady: () => ready !== null,
    replace(next) {
      ready = null;
      pending = next;
      follow(next);
    },
    engine: {
      async query<T = Row>(query: Query): Promise<T[]> {
        const current = ready;
        if (current) {
          try {
            return await current.query<T>(query);
          } catch (e) {
            if (!isEngineFault(e)) throw e;
            if (ready === current) {
              ready = null;
              pending = Promise.reject(e);
              pending.catch(() => {});
              onFault(e as Error);
            }
            if (!query.view) throw e;
            return local.query<T>(query);
          }
        }
        if (!query.view) return (await pending).query<T>(query);
        return local.query<T>(query);
      },
    },
  };
}
