/**
 * The server's DuckDB: the tables of a data folder (static/data, or a synthetic set from bench/data)
 * as views over their Parquet files — the approach of src/lib/db/node.ts, with typed results kept for
 * Arrow. Views read Parquet natively with row-group pruning: the files are sorted by indicator,
 * region and year, so a query for a few regions reads a few row groups, even at 10M rows. (Loading
 * the tables into memory was measured slower: DuckDB's in-memory row groups are coarser than ours.)
 *
 * A small pool of connections lets requests run in parallel; each keeps its prepared statements,
 * because the allowed SQL texts are few and fixed.
 */
import type {
  DuckDBConnection,
  DuckDBPreparedStatement,
  DuckDBResultReader,
  DuckDBValue,
} from '@duckdb/node-api';
import { resolve } from 'node:path';
import type { Manifest } from '../src/lib/schema';
import type { Query } from '../src/lib/db/engine';
import { sqlString } from '../src/lib/sql/literal';
import { openMemoryDuckDb, parquetViews } from '../src/lib/db/node-duckdb';

export { readManifest } from '../src/lib/db/node-duckdb';

export interface ServerDb {
  manifest: Manifest;
  dataDir: string;
  /** Runs an already allowed query and returns the fully read result. */
  run(query: Query): Promise<DuckDBResultReader>;
  close(): void;
}

interface PooledConnection {
  conn: DuckDBConnection;
  statements: Map<string, DuckDBPreparedStatement>;
  busy: Promise<unknown>;
}

export async function openServerDb(dataDir: string, connections = 2): Promise<ServerDb> {
  const dir = resolve(dataDir);
  const { instance, con: setup } = await openMemoryDuckDb();
  // Parquet footers are parsed once, not on every query (≈20 ms per query on the 10M file).
  await setup.run('SET parquet_metadata_cache = true');
  // The server reads its data folder only: no extension downloads.
  await setup.run('SET autoinstall_known_extensions = false');
  await setup.run('SET autoload_known_extensions = false');
  const manifest = await parquetViews(setup, dir);
  // Defence in depth: requests only run allowed builder SQL, and even if that check were bypassed,
  // DuckDB may read nothing outside the data folder and no setting can be changed back.
  await setup.run(`SET allowed_directories = [${sqlString(`${dir}/`)}]`);
  await setup.run('SET enable_external_access = false');
  await setup.run('SET lock_configuration = true');
  setup.closeSync();

  const pool: PooledConnection[] = [];
  for (let i = 0; i < Math.max(1, connections); i++) {
    pool.push({ conn: await instance.connect(), statements: new Map(), busy: Promise.resolve() });
  }
  let next = 0;

  async function runOn(slot: PooledConnection, query: Query): Promise<DuckDBResultReader> {
    let stmt = slot.statements.get(query.sql);
    if (!stmt) {
      stmt = await slot.conn.prepare(query.sql);
      slot.statements.set(query.sql, stmt);
    }
    stmt.bind(query.params as DuckDBValue[]);
    return stmt.runAndReadAll();
  }

  return {
    manifest,
    dataDir: dir,
    run(query) {
      // Round-robin; a connection runs one statement at a time (bind + run must not interleave).
      const slot = pool[next++ % pool.length]!;
      const result = slot.busy.then(() => runOn(slot, query));
      slot.busy = result.catch(() => undefined);
      return result;
    },
    close() {
      for (const slot of pool) slot.conn.closeSync();
      instance.closeSync();
    },
  };
}
