import type { QueryError } from '../db/engine';

/** What a view knows about one query: loading, failed, or ready (possibly empty). */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error | QueryError }
  | { status: 'ready'; data: T };

export const loading: QueryState<never> = { status: 'loading' };
