import type { QueryError } from '../db/engine';

/** What a view knows about one query: loading, failed, or ready (possibly empty). */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error | QueryError }
  | { status: 'ready'; data: T };

export const loading: QueryState<never> = { status: 'loading' };

/** A failed query's state: the error as thrown, or wrapped in one when something else was thrown. */
export function failed(e: unknown): QueryState<never> {
  return { status: 'error', error: e instanceof Error ? e : new Error(String(e)) };
}
