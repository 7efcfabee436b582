/**
 * The one way Node opens DuckDB (@duckdb/node-api): an in-memory database and a connection, for the
 * pipeline, the SQL server, the tests and the benchmark; and the data folder's Parquet files as views
 * named by the schema. Node's DuckDB reads Parquet natively, so each table is a view over its file.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLE_NAMES, type Manifest } from '../schema';
import { parseManifest } from '../manifest';
import { sqlString } from '../sql/literal';

export interface NodeDuckDb {
  instance: DuckDBInstance;
  con: DuckDBConnection;
  /** Closes the connection and the database. */
  close(): void;
}

/** An in-memory DuckDB with one connection; `options` are DuckDB settings (e.g. `{ threads: '1' }`). */
export async function openMemoryDuckDb(options?: Record<string, string>): Promise<NodeDuckDb> {
  const instance = await DuckDBInstance.create(':memory:', options);
  const con = await instance.connect();
  return {
    instance,
    con,
    close: () => {
      con.closeSync();
      instance.closeSync();
    },
  };
}

/** The data folder's manifest.json, checked (not cast). */
export async function readManifest(dataDir: string): Promise<Manifest> {
  const file = join(dataDir, 'manifest.json');
  return parseManifest(JSON.parse(await readFile(file, 'utf8')), file);
}

/** Creates a view per schema table over its Parquet file in `dataDir`; returns the manifest naming them. */
export async function parquetViews(con: DuckDBConnection, dataDir: string): Promise<Manifest> {
  const manifest = await readManifest(dataDir);
  for (const name of TABLE_NAMES) {
    // `name` is from the schema whitelist; the path is ours, quoted by the one literal function.
    const file = sqlString(join(dataDir, manifest.tables[name].file));
    await con.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet(${file})`);
  }
  return manifest;
}
