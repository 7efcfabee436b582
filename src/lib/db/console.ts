/**
 * The SQL console's session on the browser's DuckDB: its own connection (so the query builders'
 * prepared statements are untouched), every statement checked first (src/lib/sql/console-guard.ts),
 * run inside a transaction that is always rolled back, capped at CONSOLE_LIMITS.rows rows, and
 * cancellable while DuckDB works on it.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Float64, Int32, Table, Utf8 } from 'apache-arrow';
import type { Schema } from 'apache-arrow';
import { arrowTable } from './arrow-data';
import type { UserObservation } from '../userdata/read';
import { arrowRows } from './rows';
import { TABLE_NAMES } from '../schema';
import { CONSOLE_LIMITS, checkConsoleSql } from '../sql/console-guard';
import type { Row } from './engine';

export interface ConsoleColumn {
  name: string;
  type: string;
}

export interface ConsoleResult {
  columns: ConsoleColumn[];
  rows: Row[];
  /** More rows than CONSOLE_LIMITS.rows exist; only those are kept. */
  more: boolean;
  ms: number;
}

export interface ConsoleTable {
  name: string;
  columns: ConsoleColumn[];
}

/** A statement the console does not run, with the reason in Norwegian. */
export class ConsoleRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsoleRefusal';
  }
}

/** The table the user's own figures («Egne tall») are loaded into, beside the official ones. */
export const OWN_TABLE = 'egne_tall';

export interface SqlConsole {
  tables(): Promise<ConsoleTable[]>;
  /** Puts the user's own figures into OWN_TABLE (replacing what was there), or removes it for none. */
  setOwnData(rows: readonly UserObservation[] | null): Promise<void>;
  /** Runs one read; `cancel` stops it while DuckDB is still working (the result then rejects). */
  run(sql: string): { result: Promise<ConsoleResult>; cancel: () => Promise<void> };
}

/** The answer's columns as the console lists them: name and DuckDB's Arrow type, in order. */
function columnsOf(schema: Schema): ConsoleColumn[] {
  return schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
}

export async function openConsole(
  db: AsyncDuckDB,
  /** Loads any lazily loaded table the SQL names, before it runs. */
  prepare: (sql: string) => Promise<void>,
): Promise<SqlConsole> {
  const conn: AsyncDuckDBConnection = await db.connect();
  // One statement at a time on this connection: a new run waits for the one before to roll back.
  let queue: Promise<unknown> = Promise.resolve();

  async function execute(sql: string): Promise<ConsoleResult> {
    const started = performance.now();
    await prepare(sql);
    await conn.query('BEGIN TRANSACTION');
    try {
      // The user's statement as a subquery: it cannot end the wrapper, and only one row past the cap is read.
      const reader = await conn.send(`SELECT * FROM (${sql}\n) LIMIT ${CONSOLE_LIMITS.rows + 1}`, true);
      const rows: Row[] = [];
      let columns = reader.schema ? columnsOf(reader.schema) : [];
      for await (const batch of reader) {
        if (columns.length === 0) columns = columnsOf(batch.schema);
        rows.push(...arrowRows(new Table(batch)));
      }
      const more = rows.length > CONSOLE_LIMITS.rows;
      return {
        columns,
        rows: rows.slice(0, CONSOLE_LIMITS.rows),
        more,
        ms: Math.round(performance.now() - started),
      };
    } finally {
      await conn.query('ROLLBACK').catch(() => {});
    }
  }

  return {
    async setOwnData(rows) {
      await conn.query(`DROP TABLE IF EXISTS ${OWN_TABLE}`);
      if (!rows?.length) return;
      const table = arrowTable([
        { name: 'indicator', type: new Utf8(), values: rows.map((r) => r.indicator) },
        { name: 'region_code', type: new Utf8(), values: rows.map((r) => r.region_code) },
        { name: 'year', type: new Int32(), values: rows.map((r) => r.year) },
        { name: 'value', type: new Float64(), values: rows.map((r) => r.value) },
      ]);
      await conn.insertArrowTable(table, { name: OWN_TABLE, create: true });
    },
    async tables() {
      await prepare(TABLE_NAMES.join(' '));
      const rows = arrowRows(
        await conn.query(
          "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
        ),
      ) as { table_name: string; column_name: string; data_type: string }[];
      const byTable = new Map<string, ConsoleColumn[]>();
      for (const r of rows)
        byTable.set(r.table_name, [
          ...(byTable.get(r.table_name) ?? []),
          { name: r.column_name, type: r.data_type },
        ]);
      return [...byTable].map(([name, columns]) => ({ name, columns }));
    },
    run(text) {
      const checked = checkConsoleSql(text);
      if (!checked.ok)
        return { result: Promise.reject(new ConsoleRefusal(checked.message)), cancel: async () => {} };
      const result = queue.then(() => execute(checked.sql));
      queue = result.catch(() => {});
      return {
        result,
        cancel: async () => {
          await conn.cancelSent();
        },
      };
    },
  };
}
