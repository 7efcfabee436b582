import type { Engine, Query, Row } from './engine';

/**
 * Identical queries share one promise (Mosaic's coordinator idea): switching back to a view costs
 * nothing, and two components asking for the same rows start one query. Failed queries are evicted
 * so a retry really retries.
 */
export function cachedEngine(engine: Engine, maxEntries = 200): Engine {
  const cache = new Map<string, Promise<Row[]>>();
  return {
    query<T = Row>(query: Query): Promise<T[]> {
      const key = JSON.stringify([query.sql, query.params]);
      let hit = cache.get(key);
      if (hit) {
        // Re-insert to keep the map in least-recently-used order.
        cache.delete(key);
        cache.set(key, hit);
      } else {
        hit = engine.query(query);
        cache.set(key, hit);
        hit.catch(() => cache.delete(key));
        if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      }
      return hit as Promise<T[]>;
    },
  };
}
