/**
 * One engine for the page, two behind it: the engine-free engine (local.ts) answers every query that
 * has a builder's view, before and after DuckDB is ready, and DuckDB answers the rest (the SQL console,
 * queries without an engine-free form), waiting for it to start. Both give the same rows for every
 * view (tests/sql/local.test.ts), so which one answered never shows; the engine-free one answers a
 * step of the comparison page in about half DuckDB's time (p95 59 against 107 ms, README «Every link
 * draws at once»), since a view needs no round trip to DuckDB's worker and no Arrow.
 */
import { isEngineFault, type Engine, type Query, type Row } from './engine';

export interface Handover {
  engine: Engine;
  /** Whether DuckDB answers now. */
  duckdbReady(): boolean;
  /** A new DuckDB after a fault: it answers again once ready. */
  replace(duckdb: Promise<Engine>): void;
  /** `duckdb` stopped on its own (its worker crashed): reported as a fault if it is the current one. */
  stopped(duckdb: Engine, e: Error): void;
}

/**
 * If DuckDB stops (EngineFault), `onFault` tells the page, which offers a restart; views go on being
 * answered, and the view, targets and own data are not touched.
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
  // The first fault of a DuckDB is reported once; a replacement has its own.
  const fault = (source: Promise<Engine>, e: Error) => {
    if (pending !== source) return;
    ready = null;
    pending = Promise.reject(e);
    pending.catch(() => {});
    onFault(e);
  };
  const fromDuckdb = async <T>(query: Query): Promise<T[]> => {
    const source = pending;
    const current = await source;
    try {
      return await current.query<T>(query);
    } catch (e) {
      if (isEngineFault(e)) fault(source, e as Error);
      throw e;
    }
  };
  return {
    duckdbReady: () => ready !== null,
    replace(next) {
      ready = null;
      pending = next;
      follow(next);
    },
    stopped(duckdb, e) {
      if (ready === duckdb) fault(pending, e);
    },
    engine: {
      query: <T = Row>(query: Query): Promise<T[]> =>
        query.view ? local.query<T>(query) : fromDuckdb<T>(query),
    },
  };
}
