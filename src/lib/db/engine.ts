/**
 * The one interface every query runs through. Two engines implement it with the same SQL:
 * DuckDB-wasm in the browser (`browser.ts`) and DuckDB in Node (`node.ts`, for tests and servers).
 */

/** A value that may be bound to a `?` placeholder. */
export type Param = string | number | boolean | null;

/** SQL text built only from whitelisted identifiers, plus the values bound to its `?` placeholders. */
export interface Query {
  sql: string;
  params: Param[];
}

/** A plain row: column name → JS value (numbers as `number`, lists as arrays). */
export type Row = Record<string, unknown>;

export interface Engine {
  /** Runs a query with bound parameters; rejects with a `QueryError`. */
  query<T = Row>(query: Query): Promise<T[]>;
}

/** A failed query, with the SQL that failed so the UI can show it in a details box. */
export class QueryError extends Error {
  readonly sql: string;
  override readonly cause: unknown;
  constructor(message: string, sql: string, cause: unknown) {
    super(message);
    this.name = 'QueryError';
    this.sql = sql;
    this.cause = cause;
  }
}

export function isQueryError(e: unknown): e is QueryError {
  return e instanceof QueryError;
}

/** Counts the `?` placeholders outside string literals, so a mismatch fails before DuckDB sees it. */
export function placeholderCount(sql: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    else if (ch === '?' && !quoted) n++;
  }
  return n;
}

export function assertBindable(query: Query): void {
  const expected = placeholderCount(query.sql);
  if (expected !== query.params.length) {
    throw new QueryError(
      `invalid query: ${expected} placeholders but ${query.params.length} parameters`,
      query.sql,
      null
    );
  }
}
