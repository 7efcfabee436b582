/**
 * The SQL server on the real built data (static/data; `npm run data:ensure` builds it): it answers the
 * project's queries with the same rows as the Node engine, and nothing else.
 * Figures asserted are SSB's (table 07459, population 1 January): Moss 2020 = 49 273 and 2019 =
 * 48 871 (old Moss 32 726 + Rygge 16 145, harmonised to 2024 borders).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { openNodeDb } from '../../../src/lib/db/node';
import type { NodeDb } from '../../../src/lib/db/node';
import { remoteEngine } from '../../../src/lib/db/remote';
import type { Engine, Query } from '../../../src/lib/db/engine';
import { isQueryError } from '../../../src/lib/db/engine';
import { populationMembersQuery, rankingValuesQuery } from '../../../src/lib/sql/ranking';
import { sectorRegionsQuery, sectorValuesQuery } from '../../../src/lib/sql/sectors';
import { growthRankQuery, regionCoverageQuery } from '../../../src/lib/sql/region';
import { seriesQuery } from '../../../src/lib/sql/series';
import { ownRegionValuesQuery } from '../../../src/lib/sql/own-ranking';
import type { SeriesRow } from '../../../src/lib/sql/series';
import { builderQueries } from '../../../server/allowlist';
import { commutingFlowsQuery, commutingSummaryQuery } from '../../../src/lib/sql/commuting';
import type { CommutingYearRow } from '../../../src/lib/sql/commuting';
import { ARROW_STREAM, startSqlServer } from '../../../server/sql-server';
import type { SqlServer } from '../../../server/sql-server';

const DATA = 'static/data';
const ORIGIN = 'http://127.0.0.1:4173';
let server: SqlServer;
let remote: Engine;
let node: NodeDb;

beforeAll(async () => {
  server = await startSqlServer({ dataDir: DATA, port: 0, corsOrigin: ORIGIN });
  remote = remoteEngine(new URL(server.url));
  node = await openNodeDb(DATA);
}, 60_000);

afterAll(async () => {
  await server?.close();
  node?.close();
});

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL('query', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Real parameters for each builder's shape: codes and indicators that exist in the data. */
function realParams(name: string, query: Query): Query {
  const regions = ['3103', '3112', '3114', '31', '0', '3105', '3107', '3101', '39', '40'];
  const [, mode, n] = name.split(':');
  if (name === 'coverageQuery') return { sql: query.sql, params: ['befolkning'] };
  if (name === 'regionCoverageQuery') return regionCoverageQuery('3103');
  if (name === 'growthRankQuery') return growthRankQuery('befolkning', 'kommune', '', 2010, 2020);
  if (name === 'rankingValuesQuery')
    return rankingValuesQuery({
      indicator: 'sysselsatte',
      level: 'kommune',
      kind: '',
      fylke: '34',
      fromYear: 2017,
      toYear: 2022,
    });
  if (name.startsWith('rankingValuesQuery:size') || name.startsWith('populationMembersQuery')) {
    // Innlandet on 1 January 2022: 18 kommuner of 5 000–19 999, none of 50 000 and more (so Norway).
    const open = name.endsWith('open');
    const scope = { level: 'kommune', kind: '', fylke: open ? '' : '34' };
    const size = { year: 2022, min: open ? 50000 : 5000, max: open ? null : 20000 };
    return name.startsWith('populationMembersQuery')
      ? populationMembersQuery({ ...scope, size })
      : rankingValuesQuery({ ...scope, indicator: 'sysselsatte', fromYear: 2017, toYear: 2022, size });
  }
  if (name === 'ownRegionValuesQuery')
    return ownRegionValuesQuery({
      indicator: 'sysselsatte',
      fromYear: 2015,
      toYear: 2022,
      groups: [{ code: 'egen-1', members: ['3401'] }],
    });
  if (name === 'sectorRegionsQuery') return sectorRegionsQuery();
  if (name === 'sectorValuesQuery') return sectorValuesQuery({ region: '4005', from: 2015, to: 2021 });
  if (name === 'commutingSummaryQuery') return commutingSummaryQuery('kongsvingerregionen');
  if (name === 'commutingFlowsQuery') return commutingFlowsQuery('3401', 2022, 2017, 5);
  if (!mode) return query;
  const indicator = mode === 'per1000' ? 'sysselsatte' : 'befolkning';
  return seriesQuery({
    indicator,
    regions: regions.slice(0, Number(n)),
    mode: mode as 'absolute',
    base: 2010,
  });
}

const byRegion = <T>(rows: T[]): T[] =>
  [...rows].sort((a, b) =>
    String((a as { region_code: string }).region_code).localeCompare(
      String((b as { region_code: string }).region_code),
    ),
  );

describe('SQL server', () => {
  it('answers the series query for Moss with SSB figures, as Arrow IPC', async () => {
    const query = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' });
    const res = await post(query);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(ARROW_STREAM);
    const table = tableFromIPC(new Uint8Array(await res.arrayBuffer()));
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      'region_code',
      'year',
      'value',
      'status',
      'source',
      'y',
    ]);
    const rows = await remote.query<SeriesRow>(query);
    const byYear = new Map(rows.map((r) => [r.year, r.value]));
    expect(byYear.get(2020)).toBe(49273);
    expect(byYear.get(2019)).toBe(48871);
  });

  it('gives rows identical to the Node engine for every builder shape', async () => {
    const shapes = builderQueries();
    expect(shapes.length).toBeGreaterThanOrEqual(40);
    for (const { name, query } of shapes) {
      const real = realParams(name, query);
      const [fromServer, fromNode] = await Promise.all([remote.query(real), node.engine.query(real)]);
      // coverageQuery has no ORDER BY: DuckDB's parallel GROUP BY returns groups in any order.
      const order = name === 'coverageQuery' ? byRegion : <T>(rows: T[]) => rows;
      expect(order(fromServer), name).toEqual(order(fromNode));
      expect(fromServer.length, name).toBeGreaterThan(0);
    }
  });

  it('sums an own region like the Node engine: Moss + Råde + Våler 2024 = 66 079 = Mosseregionen', async () => {
    const moss = { code: 'egen-1', members: ['3103', '3112', '3114'] };
    for (const mode of ['absolute', 'per1000', 'indexed'] as const) {
      const query = seriesQuery({
        indicator: mode === 'per1000' ? 'sysselsatte' : 'befolkning',
        regions: ['egen-1', 'mosseregionen'],
        mode,
        base: 2015,
        groups: [moss],
      });
      const res = await post(query);
      expect(res.status, mode).toBe(200);
      expect(res.headers.get('x-regionpuls-query')).toBe(`seriesQuery:own:${mode}:2:3`);
      const [fromServer, fromNode] = await Promise.all([
        remote.query<SeriesRow>(query),
        node.engine.query<SeriesRow>(query),
      ]);
      expect(fromServer, mode).toEqual(fromNode);
      const own = fromServer.filter((r) => r.region_code === 'egen-1');
      const shipped = fromServer.filter((r) => r.region_code === 'mosseregionen');
      // A year in which only some members have figures is a row with no value; the shipped grouping has none.
      const summed = own.filter((r) => r.value !== null);
      expect(
        summed.map((r) => [r.year, r.value, r.y]),
        mode,
      ).toEqual(shipped.map((r) => [r.year, r.value, r.y]));
      if (mode === 'absolute') expect(own.find((r) => r.year === 2024)?.value).toBe(52051 + 7883 + 6145);
    }
  });

  it('serves an own region’s commuting like the Node engine, the figures Mosseregionen has', async () => {
    const members = ['3103', '3112', '3114'];
    const summary = commutingSummaryQuery('egen-1', members);
    const res = await post(summary);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-regionpuls-query')).toBe('commutingSummaryQuery:own:3');
    const [fromServer, fromNode, shipped] = await Promise.all([
      remote.query<CommutingYearRow>(summary),
      node.engine.query<CommutingYearRow>(summary),
      node.engine.query<CommutingYearRow>(commutingSummaryQuery('mosseregionen')),
    ]);
    expect(fromServer).toEqual(fromNode);
    const figures = (rows: CommutingYearRow[]) => rows.map((r) => [r.year, r.jobs, r.inside, r.in_commuters]);
    expect(figures(fromServer)).toEqual(figures(shipped));
    expect(fromServer.some((r) => r.complete)).toBe(true);
    const flows = commutingFlowsQuery('egen-1', 2022, 2017, 5, members);
    const flowRes = await post(flows);
    expect(flowRes.status).toBe(200);
    expect(flowRes.headers.get('x-regionpuls-query')).toBe('commutingFlowsQuery:own:3');
    expect(await remote.query(flows)).toEqual(
      await node.engine.query(commutingFlowsQuery('mosseregionen', 2022, 2017, 5)),
    );
    // A member that is no kommune number, or a code that is no own region, is refused before DuckDB.
    const bad = await post(commutingSummaryQuery('egen-1', ['3103', '31']));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('invalid own region member: «31»');
    const notOwn = await post(commutingSummaryQuery('3103', ['3103']));
    expect(notOwn.status).toBe(400);
  });

  it('refuses an own region over the limits with 400 before DuckDB sees it', async () => {
    const big = { code: 'egen-1', members: Array.from({ length: 61 }, (_, i) => String(3000 + i)) };
    const res = await post(
      seriesQuery({ indicator: 'befolkning', regions: ['egen-1'], mode: 'absolute', groups: [big] }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/too many members in egen-1: at most 60/);
  });

  it.each([
    ['DROP TABLE regions'],
    ["SELECT * FROM read_csv('/etc/passwd')"],
    ['EXPLAIN ' + seriesQuery({ indicator: 'x', regions: ['a'], mode: 'absolute' }).sql],
    [seriesQuery({ indicator: 'x', regions: ['a'], mode: 'absolute' }).sql + '; DROP TABLE regions'],
  ])('rejects SQL no builder produces: %s', async (sql) => {
    const res = await post({ sql, params: [] });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await res.json()) as { error: string }).error).toMatch(/not allowed/);
  });

  it('rejects wrong parameter counts and types, and malformed bodies', async () => {
    const { sql } = seriesQuery({ indicator: 'x', regions: ['a'], mode: 'absolute' });
    for (const body of [
      { sql, params: ['befolkning'] },
      { sql, params: ['befolkning', { a: 1 }] },
      { sql, params: ['befolkning', 'x'.repeat(201)] },
      { sql },
      'not json',
      [1],
    ]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(typeof ((await res.json()) as { error: unknown }).error).toBe('string');
    }
    // A base year sent as text would reach DuckDB as a failed cast; it is refused before that.
    const indexed = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'indexed', base: 2010 });
    const yearAt = indexed.params.indexOf(2010);
    const res = await post({
      sql: indexed.sql,
      params: indexed.params.map((p, i) => (i === yearAt ? 'two thousand ten' : p)),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe(
      `invalid parameter ${yearAt + 1}: seriesQuery:indexed:1 binds a number there`,
    );
  });

  it('treats a hostile parameter as a plain value', async () => {
    for (const hostile of [
      "3103' OR '1'='1",
      "'); DROP TABLE observations; --",
      "3103') UNION SELECT * FROM read_csv('/etc/passwd') --",
    ]) {
      const rows = await remote.query(
        seriesQuery({ indicator: 'befolkning', regions: [hostile], mode: 'absolute' }),
      );
      expect(rows).toEqual([]);
    }
    // The tables are still there and intact.
    const moss = await remote.query<SeriesRow>(
      seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' }),
    );
    expect(moss.find((r) => r.year === 2020)?.value).toBe(49273);
  });

  it('rejects an oversized body with 413 before running anything', async () => {
    const before = server.stats.queries;
    const res = await post({ sql: 'SELECT 1', params: ['x'.repeat(server.config.maxBodyBytes)] });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/too large/);
    expect(server.stats.queries).toBe(before);
  });

  it('wraps server errors in a QueryError that carries the SQL', async () => {
    const bad: Query = { sql: 'SELECT 1 AS x', params: [] };
    const error = await remote.query(bad).catch((e: unknown) => e);
    expect(isQueryError(error)).toBe(true);
    expect((error as Error).message).toMatch(/not allowed/);
    expect((error as { sql: string }).sql).toBe(bad.sql);
  });

  it('serves the manifest and a health check', async () => {
    const manifest = (await (await fetch(new URL('manifest.json', server.url))).json()) as {
      version: string;
    };
    expect(manifest.version).toBe(node.manifest.version);
    const health = (await (await fetch(new URL('health', server.url))).json()) as { status: string };
    expect(health.status).toBe('ok');
    expect((await fetch(new URL('elsewhere', server.url))).status).toBe(404);
    expect((await fetch(new URL('query', server.url))).status).toBe(405);
  });

  it('allows CORS for the configured origin only', async () => {
    const query = seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' });
    const ok = await post(query, { origin: ORIGIN });
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const other = await post(query, { origin: 'http://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(new URL('query', server.url), {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/);
  });

  it('answers an identical query from its cache', async () => {
    const query = seriesQuery({
      indicator: 'befolkning',
      regions: ['3112', '3114'],
      mode: 'indexed',
      base: 2010,
    });
    await post(query);
    const again = await post(query);
    expect(again.headers.get('x-regionpuls-cache')).toBe('hit');
  });
});

describe('the cache and slow clients', () => {
  it('stays within its byte budget under sustained distinct queries, and /health keeps answering', async () => {
    // A budget of 50 kB: three growth-rank answers of 357 rows (16 kB of Arrow each). Before the fix, the first
    // answer over the budget made the eviction loop spin for ever (100 % CPU, /health dead).
    const small = await startSqlServer({
      dataDir: DATA,
      port: 0,
      warm: false,
      cacheBytes: 50_000,
      cacheEntries: 500,
    });
    try {
      const engine = remoteEngine(new URL(small.url));
      for (let from = 2005; from < 2025; from++) {
        const rows = await engine.query<{ code: string }>(
          growthRankQuery('befolkning', 'kommune', '', from, from + 1),
        );
        expect(rows).toHaveLength(357);
      }
      const health = (await (await fetch(new URL('health', small.url))).json()) as {
        status: string;
        cached: number;
        cachedBytes: number;
        queries: number;
      };
      expect(health.status).toBe('ok');
      expect(health.queries).toBe(20);
      expect(health.cachedBytes).toBeLessThanOrEqual(50_000);
      expect(health.cached).toBe(3);
      expect(health.cached).toBeLessThan(20);
    } finally {
      await small.close();
    }
  });

  it('closes a client that sends its request too slowly, at about the configured deadline', async () => {
    const { connect } = await import('node:net');
    const slow = await startSqlServer({ dataDir: DATA, port: 0, warm: false, requestTimeoutMs: 300 });
    try {
      const url = new URL(slow.url);
      const socket = connect(Number(url.port), url.hostname);
      let reply = '';
      socket.on('data', (d) => (reply += d.toString()));
      const closed = new Promise<void>((done) => socket.on('close', () => done()));
      socket.write(
        'POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n',
      );
      // One byte every 50 ms would take 20 s for the whole body; the server must not wait that long.
      let sent = 0;
      const drip = setInterval(() => {
        if (socket.writable && sent++ < 400) socket.write('{');
      }, 50);
      await closed;
      clearInterval(drip);
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(sent).toBeLessThan(100);
    } finally {
      await slow.close();
    }
  });
});
