/**
 * The one interface every query runs through. DuckDB implements it with the SQL — DuckDB-wasm in the
 * browser (`browser.ts`), DuckDB in Node (`node.ts`, for tests and servers), the SQL server
 * (`remote.ts`) — and the engine-free evaluator (`local.ts`) with the same query's `view`: a
 * declarative description each builder in src/lib/sql writes beside its SQL, so a page can answer
 * the shipped data's views before DuckDB-wasm has started. A test runs every builder both ways on the
 * real data and asserts equal rows (tests/sql/local.test.ts). No SQL text is ever parsed.
 */

/** A value that may be bound to a `?` placeholder. */
export type Param = string | number | boolean | null;

/** A whole table of the catalogue, in the builder's order. */
export type CatalogueTable = 'indicators' | 'sources' | 'regions';

/**
 * What a builder's SQL computes, as plain values: one case per builder in src/lib/sql. The SQL is
 * the definition; `local.ts` computes the same rows from these fields without an engine.
 */
export type QueryView =
  | { kind: 'table'; table: CatalogueTable }
  | { kind: 'coverage'; indicator: string }
  | { kind: 'coverageMatrix' }
  | { kind: 'regionCoverage'; code: string }
  | { kind: 'growthRank'; indicator: string; level: string; regionKind: string; from: number; to: number }
  | {
      kind: 'series';
      indicator: string;
      regions: readonly string[];
      mode: 'absolute' | 'per1000' | 'indexed';
      base: number | null;
      /** Own regions among `regions`, summed from their member kommuner (sql/series.ts). */
      groups?: readonly { code: string; members: readonly string[] }[];
    }
  | {
      kind: 'ownRegionValues';
      indicator: string;
      from: number;
      to: number;
      /** Own regions summed from their member kommuner (sql/own-ranking.ts). */
      groups: readonly { code: string; members: readonly string[] }[];
    };

/** SQL text built only from whitelisted identifiers, plus the values bound to its `?` placeholders. */
export interface Query {
  sql: string;
  params: Param[];
  /** The same query as a declarative view, for engines without SQL; every builder sets it. */
  view?: QueryView;
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

/**
 * The engine itself stopped (its worker crashed or ran out of memory): no query will be answered until
 * it is started again. Pages keep the view and fall back to the engine-free answers where they can.
 */
export class EngineFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineFault';
  }
}

export function isEngineFault(e: unknown): e is EngineFault {
  return e instanceof EngineFault || (e instanceof QueryError && e.cause instanceof EngineFault);
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
      null,
    );
  }
}
