/**
 * The region report's queries and assembly on real DuckDB over the built Parquet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { growthRankQuery, regionCoverageQuery } from '../../src/lib/sql/region';
import type { GrowthRankRow } from '../../src/lib/sql/region';
import { comparators, loadRegionReport } from '../../src/lib/report/load';
import { loadCatalogue } from '../../src/lib/series/load';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

describe('region report queries', () => {
  it('lists the indicators a region has data for', async () => {
    const rows = await db.engine.query<{ indicator: string; first_year: number; last_year: number }>(
      regionCoverageQuery('4003'),
    );
    expect(rows.map((r) => r.indicator)).toEqual([
      'befolkning',
      'befolkning_15_74',
      'sysselsatte',
      'sysselsatte_bosted',
    ]);
    expect(rows.find((r) => r.indicator === 'sysselsatte')).toMatchObject({
      first_year: 2005,
      last_year: 2025,
    });
  });

  it('ranks growth among regions of the same level and kind, fastest first', async () => {
    const rows = await db.engine.query<GrowthRankRow>(
      growthRankQuery('befolkning', 'region', 'samarbeid', 2019, 2024),
    );
    expect(rows).toHaveLength(6);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.growth).toBeGreaterThanOrEqual(rows[i]!.growth);
    const mosse = rows.find((r) => r.code === 'mosseregionen')!;
    expect(mosse.growth).toBeCloseTo((mosse.to_value - mosse.from_value) / mosse.from_value, 12);
  });

  it('assembles a report: Moss against Østfold and the country, with its rank among 357 kommuner', async () => {
    const { indicators, regions } = await loadCatalogue(db.engine);
    const moss = regions.find((r) => r.code === '3103')!;
    expect(comparators(moss)).toEqual(['3103', '31', '0']);
    const report = await loadRegionReport(db.engine, moss, indicators);
    const pop = report.sections.find((s) => s.indicator.id === 'befolkning')!;
    // 1 January 2026 (SSB): Moss 53 207; five years back, 2021: 49 668.
    expect(pop.latest).toEqual({ year: 2026, value: 53207 });
    expect(pop.change).toEqual({ from: 2021, to: 2026, fromValue: 49668, toValue: 53207 });
    expect(pop.rank?.of).toBe(357);
    const ranking = await db.engine.query<GrowthRankRow>(
      growthRankQuery('befolkning', 'kommune', '', 2021, 2026),
    );
    expect(pop.rank?.position).toBe(ranking.findIndex((r) => r.code === '3103') + 1);
  });
});
