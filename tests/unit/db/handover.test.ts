/**
 * Which engine answers: a builder's view always the engine-free one (also once DuckDB is ready), a
 * query without a view DuckDB, waiting for it; a DuckDB fault (a failed query, or a worker that
 * stopped on its own) is reported once and views go on.
 * The engines here are stand-ins that name themselves in their rows (no figures).
 */
import { describe, expect, it } from 'vitest';
import { handoverEngine } from '../../../src/lib/db/handover';
import { EngineFault, type Engine, type Query } from '../../../src/lib/db/engine';
import { seriesQuery } from '../../../src/lib/sql/series';

const named = (name: string, log: string[]): Engine => ({
  async query<T>(q: Query) {
    log.push(`${name}: ${q.view ? q.view.kind : 'sql'}`);
    return [{ by: name }] as T[];
  },
});
const view: Query = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute', base: null });
const sqlOnly: Query = { sql: 'SELECT 42', params: [] };

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('handoverEngine', () => {
  it('answers views engine-free before and after DuckDB is ready, and SQL from DuckDB once it is', async () => {
    const log: string[] = [];
    const duckdb = deferred<Engine>();
    const h = handoverEngine(named('local', log), duckdb.promise);
    expect(view.view).toBeDefined();
    expect(await h.engine.query(view)).toEqual([{ by: 'local' }]);
    let answered: unknown = null;
    const waiting = h.engine.query(sqlOnly).then((rows) => (answered = rows));
    await Promise.resolve();
    expect(answered).toBeNull();
    duckdb.resolve(named('duckdb', log));
    await waiting;
    expect(answered).toEqual([{ by: 'duckdb' }]);
    expect(h.duckdbReady()).toBe(true);
    expect(await h.engine.query(view)).toEqual([{ by: 'local' }]);
    expect(log).toEqual(['local: series', 'duckdb: sql', 'local: series']);
  });

  it('reports a DuckDB fault once, keeps answering views, and uses the replacement', async () => {
    const log: string[] = [];
    const faults: Error[] = [];
    const broken: Engine = {
      query: () => Promise.reject(new EngineFault('worker crashed')),
    };
    const h = handoverEngine(named('local', log), Promise.resolve(broken), (e) => faults.push(e));
    await expect(h.engine.query(sqlOnly)).rejects.toThrow('worker crashed');
    await expect(h.engine.query(sqlOnly)).rejects.toThrow('worker crashed');
    expect(faults.map((e) => e.message)).toEqual(['worker crashed']);
    expect(h.duckdbReady()).toBe(false);
    expect(await h.engine.query(view)).toEqual([{ by: 'local' }]);
    h.replace(Promise.resolve(named('duckdb 2', log)));
    expect(await h.engine.query(sqlOnly)).toEqual([{ by: 'duckdb 2' }]);
    expect(h.duckdbReady()).toBe(true);
  });

  it('reports a worker that stopped on its own at once, and not an old one after a replacement', async () => {
    const faults: string[] = [];
    const first = named('duckdb', []);
    const h = handoverEngine(named('local', []), Promise.resolve(first), (e) => faults.push(e.message));
    await h.engine.query(sqlOnly);
    h.stopped(first, new EngineFault('worker crashed'));
    expect(faults).toEqual(['worker crashed']);
    expect(h.duckdbReady()).toBe(false);
    const second = named('duckdb 2', []);
    h.replace(Promise.resolve(second));
    expect(await h.engine.query(sqlOnly)).toEqual([{ by: 'duckdb 2' }]);
    h.stopped(first, new EngineFault('late news of the first'));
    expect(faults).toEqual(['worker crashed']);
    expect(h.duckdbReady()).toBe(true);
  });

  it('passes a query error through without calling it a fault', async () => {
    const faults: Error[] = [];
    const failing: Engine = { query: () => Promise.reject(new Error('Binder Error: no such column')) };
    const h = handoverEngine(named('local', []), Promise.resolve(failing), (e) => faults.push(e));
    await expect(h.engine.query(sqlOnly)).rejects.toThrow('Binder Error');
    expect(faults).toEqual([]);
    expect(h.duckdbReady()).toBe(true);
  });
});
