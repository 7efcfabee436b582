/**
 * An `Engine` on DuckDB in Node over the same Parquet files the browser loads: the tests prove the query
 * builders against real DuckDB with it, and prerendering draws the default views from it.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import type { Manifest } from '../schema';
import { QueryError, assertBindable } from './engine';
import type { Engine, Query, Row } from './engine';
import { openMemoryDuckDb, parquetViews } from './node-duckdb';

export interface NodeDb {
  engine: Engine;
  manifest: Manifest;
  close(): void;
}

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

/** Opens the Parquet files in `dataDir` (e.g. static/data) as tables of an in-memory DuckDB. */
export async function openNodeDb(dataDir: string): Promise<NodeDb> {
  const db = await openMemoryDuckDb();
  const conn = db.con;
  const manifest = await parquetViews(conn, dataDir);
  const engine: Engine = {
    async query<T = Row>(query: Query): Promise<T[]> {
      assertBindable(query);
      try {
        const reader = await conn.runAndReadAll(query.sql, query.params as DuckDBValue[]);
        return reader.getRowObjectsJS().map((r) => {
          const row: Row = {};
          for (const [k, v] of Object.entries(r)) row[k] = plain(v);
          return row as T;
        });
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), query.sql, e);
      }
    },
  };
  return { engine, manifest, close: db.close };
}
