/**
 * The query builders against real DuckDB (@duckdb/node-api) on the built Parquet in static/data.
 * Expected values are SSB's published figures.
 */
import { ownRegionValuesQuery } from '../../src/lib/sql/own-ranking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { coverageQuery, indicatorsQuery, regionsQuery } from '../../src/lib/sql/catalogue';
import { seriesQuery } from '../../src/lib/sql/series';
import type { SeriesRow } from '../../src/lib/sql/series';
import type { Query } from '../../src/lib/db/engine';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

const valueAt = (rows: SeriesRow[], code: string, year: number) =>
  rows.find((r) => r.region_code === code && r.year === year);

describe('seriesQuery', () => {
  it('returns Moss at 2024 borders without a jump across the 2020 merger', async () => {
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'befolkning', regions: ['3103', '3112'], mode: 'absolute' }),
    );
    expect(valueAt(rows, '3103', 2019)?.y).toBe(32726 + 16145);
    expect(valueAt(rows, '3103', 2020)?.y).toBe(49273);
    expect(valueAt(rows, '3103', 2022)?.y).toBe(50290);
    expect(valueAt(rows, '3112', 2019)?.y).toBe(7542);
    // Sorted by region, then year.
    const keys = rows.map((r) => `${r.region_code}:${r.year}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('indexes to the base year = 100', async () => {
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'indexed', base: 2010 }),
    );
    expect(valueAt(rows, '3103', 2010)?.y).toBeCloseTo(100, 10);
    const v2010 = valueAt(rows, '3103', 2010)!.value!;
    expect(valueAt(rows, '3103', 2022)?.y).toBeCloseTo((50290 / v2010) * 100, 10);
  });

  it('divides by population for per 1 000 inhabitants, and leaves years without population empty', async () => {
    const rows = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'per1000' }),
    );
    expect(valueAt(rows, '3103', 2020)?.y).toBeCloseTo(1000, 10);
    const jobs = await db.engine.query<SeriesRow>(
      seriesQuery({ indicator: 'sysselsatte', regions: ['4001'], mode: 'per1000' }),
    );
    const withJobs = jobs.filter((r) => r.value !== null);
    expect(withJobs.length).toBeGreaterThan(0);
    for (const r of withJobs) {
      if (r.population === null) expect(r.y).toBeNull();
      else expect(r.y).toBeCloseTo((r.value! / r.population!) * 1000, 10);
    }
  });

  it('binds values, so a hostile region code is just a code that matches nothing', async () => {
    const rows = await db.engine.query(
      seriesQuery({
        indicator: "befolkning' OR 1=1 --",
        regions: ["3103'); DROP TABLE regions; --"],
        mode: 'absolute',
      }),
    );
    expect(rows).toEqual([]);
    const regions = await db.engine.query(regionsQuery());
    expect(regions.length).toBeGreaterThan(357);
  });
});

describe('catalogue queries', () => {
  it('lists indicators with their SSB table ids', async () => {
    const rows = await db.engine.query<{ id: string; table_id: string }>(indicatorsQuery());
    expect(rows.find((r) => r.id === 'befolkning')?.table_id).toContain('07459');
  });

  it('lists all 357 kommuner of 2024 and the groupings with their members', async () => {
    const rows = await db.engine.query<{ code: string; level: string; members: string[] }>(regionsQuery());
    expect(rows.filter((r) => r.level === 'kommune').length).toBe(357);
    expect(rows.filter((r) => r.level === 'fylke').length).toBe(15);
    expect(rows.find((r) => r.code === 'mosseregionen')?.members.sort()).toEqual(['3103', '3112', '3114']);
  });

  it('reports per-region coverage of an indicator', async () => {
    const rows = await db.engine.query<{ region_code: string; first_year: number; last_year: number }>(
      coverageQuery('befolkning'),
    );
    const moss = rows.find((r) => r.region_code === '3103');
    expect(moss).toMatchObject({ first_year: 1986, last_year: 2026, years: 41 });
  });

  it('every builder produces SQL that DuckDB can plan', async () => {
    const queries: Query[] = [
      indicatorsQuery(),
      regionsQuery(),
      coverageQuery('befolkning'),
      seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'absolute' }),
      seriesQuery({ indicator: 'befolkning', regions: ['3103', '31'], mode: 'per1000' }),
      seriesQuery({ indicator: 'befolkning', regions: ['3103'], mode: 'indexed', base: 2010 }),
      ownRegionValuesQuery({
        indicator: 'sysselsatte',
        fromYear: 2017,
        toYear: 2022,
        groups: [{ code: 'egen-1', members: ['3432', '3431'] }],
      }),
    ];
    for (const q of queries) {
      const plan = await db.engine.query({ sql: `EXPLAIN ${q.sql}`, params: q.params });
      expect(plan.length).toBeGreaterThan(0);
    }
  });
});
