/**
 * DuckDB in Node (@duckdb/node-api), reading the same Parquet files the browser loads. Used by the
 * tests to prove the query builders against real DuckDB, and by a server engine later. Node's DuckDB
 * reads Parquet natively, so each table is a view over its file.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBValue } from '@duckdb/node-api';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { TABLE_NAMES } from '../schema';
import type { Manifest } from '../schema';
import { QueryError, assertBindable } from './engine';
import type { Engine, Query, Row } from './engine';
import { sqlString } from '../sql/literal';
import { parseManifest } from '../manifest';

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
  const manifest = parseManifest(
    JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')),
    join(dataDir, 'manifest.json'),
  );
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const name of TABLE_NAMES) {
    // `name` is from the schema whitelist; the path is ours, quoted by the one literal function.
    const file = sqlString(join(dataDir, manifest.tables[name].file));
    await conn.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet(${file})`);
  }
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
  return { engine, manifest, close: () => conn.closeSync() };
}
