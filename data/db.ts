/** The in-memory DuckDB the SQL steps run in: typed table loading and small query helpers. */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { openMemoryDuckDb } from '../src/lib/db/node-duckdb';

export type ColumnType = 'VARCHAR' | 'SMALLINT' | 'DOUBLE' | 'BOOLEAN';
/** A table's columns in order: name → type (object keys keep their insertion order). */
export type Columns = Record<string, ColumnType>;

export interface Database {
  con: DuckDBConnection;
  close: () => void;
}

export async function openDatabase(): Promise<Database> {
  // One thread: the Parquet bytes then depend only on the input rows (row groups are written in
  // order), which keeps the build deterministic; the data are small enough for it to stay fast.
  const { con, close } = await openMemoryDuckDb({ threads: '1' });
  return { con, close };
}

function append(appender: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  if (type === 'VARCHAR') return appender.appendVarchar(String(value));
  if (type === 'SMALLINT') return appender.appendSmallInt(Number(value));
  if (type === 'DOUBLE') return appender.appendDouble(Number(value));
  return appender.appendBoolean(Boolean(value));
}

/** Create `table` with `columns` and append `rows` (objects keyed by column name). */
export async function loadTable<T extends object>(
  con: DuckDBConnection,
  table: string,
  columns: Columns,
  rows: T[],
): Promise<void> {
  const list = Object.entries(columns);
  await con.run(`CREATE TABLE ${table} (${list.map(([name, type]) => `${name} ${type}`).join(', ')})`);
  const appender = await con.createAppender(table);
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (const [name, type] of list) append(appender, type, record[name]);
    appender.endRow();
  }
  appender.closeSync();
}

export async function queryRows(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await con.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** Run a named SQL step; the name goes into the error so a failing step is found at once. */
export async function runStep(con: DuckDBConnection, name: string, sql: string): Promise<void> {
  try {
    await con.run(sql);
  } catch (e) {
    throw new Error(`SQL step ${name} failed: ${(e as Error).message}`);
  }
}
