/**
 * Every query builder's view both ways on the real data: DuckDB (@duckdb/node-api) running the SQL,
 * and the engine-free evaluator (src/lib/db/local.ts) running the builder's declarative view over the
 * files a page fetches (src/lib/db/local-files.ts, through JSON as shipped) and over the Parquet. The
 * rows must be equal — same columns, order, numbers, and null where a figure is missing — for every
 * indicator, mode, base year and many region sets, so a page may draw with either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { localEngine, memorySource } from '../../src/lib/db/local';
import type { Engine, Query } from '../../src/lib/db/engine';
import {
  coverageMatrixQuery,
  coverageQuery,
  indicatorsQuery,
  regionsQuery,
  sourcesQuery,
} from '../../src/lib/sql/catalogue';
import { growthRankQuery, regionCoverageQuery } from '../../src/lib/sql/region';
import { commonBaseYear, seriesQuery } from '../../src/lib/sql/series';
import type { SeriesRow } from '../../src/lib/sql/series';
import { loadCatalogue, loadSeries } from '../../src/lib/series/load';
import { builderQueries } from '../../server/allowlist';
import { MODES } from '../../src/lib/config';
import { shippedLocal } from '../fixtures/shipped-local';

const DATA = 'static/data';
/**
 * Builders without an engine-free form yet: their pages (/rangering, /pendling) wait for DuckDB, as
 * every page did before issue 13. Giving one a `view` (and a case in local.ts) moves it out of here.
 */
// Pages that start DuckDB anyway (ranking, commuting, shift-share: their tables load lazily).
const WAITS_FOR_DUCKDB = [
  'rankingValuesQuery',
  'populationMembersQuery',
  'commutingSummaryQuery',
  'commutingFlowsQuery',
  'sectorRegionsQuery',
  'sectorValuesQuery',
];
let db: NodeDb;
let local: Engine;
let fromParquet: Engine;
let shippedTables: Awaited<ReturnType<typeof shippedLocal>>['tables'];
let indicators: string[];
let regions: { code: string; level: string; kind: string }[];

beforeAll(async () => {
  db = await openNodeDb(DATA);
  const { tables, shipped } = await shippedLocal(DATA);
  local = localEngine(shipped);
  fromParquet = localEngine(memorySource(tables));
  shippedTables = tables;
  indicators = tables.indicators.map((r) => r.id as string).sort();
  regions = tables.regions.map((r) => ({
    code: r.code as string,
    level: r.level as string,
    kind: r.kind as string,
  }));
}, 60_000);
afterAll(() => db?.close());

async function same(query: Query): Promise<unknown[]> {
  const [duck, free, parquet] = await Promise.all([
    db.engine.query(query),
    local.query(query),
    fromParquet.query(query),
  ]);
  expect(free, `${query.sql}\n${JSON.stringify(query.params)}`).toEqual(duck);
  expect(parquet).toEqual(duck);
  return duck;
}

/** Region sets a user can pick or a link can carry, from the real catalogue. */
function regionSets(): string[][] {
  const of = (level: string, kind = '') =>
    regions.filter((r) => r.level === level && r.kind === kind).map((r) => r.code);
  const kommuner = of('kommune');
  return [
    ['3103', '3107', '3105', '3101', '3403'], // the shared link in issue 13
    ['3103'],
    kommuner.slice(0, 8),
    kommuner.slice(-5),
    of('fylke'),
    ['0'],
    ['0', '31', '3103'],
    of('region', 'ba').slice(0, 6),
    of('region', 'okonomisk').slice(0, 6),
    of('region', 'samarbeid'),
    ['mosseregionen', '3103', '3112', '3114'],
    ['9999', 'ukjent', "3103' OR 1=1 --"], // unknown codes match nothing
    ['3103', '9999'],
    // Kommuner formed by a split before 2020: no population figures before 2020 (missing, not zero).
    ['1806', '5059', '1875', '5007', '5014'],
    ['4601', '0301', '5001', '1108'],
  ];
}

describe('engine-free evaluator = DuckDB on the real data', () => {
  it('gives every builder an engine-free form, or names it as waiting for DuckDB', () => {
    const missing = [
      ...new Set(
        builderQueries()
          .filter((b) => !b.query.view)
          .map((b) => b.name.split(':')[0]!),
      ),
    ].sort();
    expect(missing).toEqual([...WAITS_FOR_DUCKDB].sort());
  });

  it('the catalogue: indicators, sources, regions, coverage matrix', async () => {
    expect((await same(indicatorsQuery())).length).toBeGreaterThan(5);
    expect((await same(sourcesQuery())).length).toBeGreaterThan(5);
    const all = await same(regionsQuery());
    expect(all.length).toBeGreaterThan(357);
    expect((await same(coverageMatrixQuery())).length).toBeGreaterThan(100);
  });

  it('coverage of every indicator, and of regions with and without data', async () => {
    for (const indicator of [...indicators, 'ukjent']) await same(coverageQuery(indicator));
    for (const code of ['3103', '0', '31', 'mosseregionen', 'BA02', '9999', '5059'])
      await same(regionCoverageQuery(code));
  });

  it('growth rankings for every indicator, level and kind', async () => {
    const kinds = [...new Set(regions.map((r) => `${r.level}|${r.kind}`))];
    for (const indicator of indicators) {
      for (const lk of kinds) {
        const [level, kind] = lk.split('|') as [string, string];
        await same(growthRankQuery(indicator, level, kind, 2015, 2024));
      }
    }
    const ranked = await same(growthRankQuery('befolkning', 'kommune', '', 2005, 2024));
    expect(ranked.length).toBeGreaterThan(300);
  });

  it('series for every indicator, mode, base year and region set', async () => {
    let compared = 0;
    for (const indicator of [...indicators, 'ukjent']) {
      for (const regionsSet of regionSets()) {
        for (const mode of MODES) {
          const bases = mode === 'indexed' ? [1986, 2005, 2015, 2020, 2024, 1900, null] : [null];
          for (const base of bases) {
            await same(seriesQuery({ indicator, regions: regionsSet, mode, base }));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('the view a shared link draws: Moss population 1.1.2026 is 53 207 both ways', async () => {
    const view = {
      indicator: 'befolkning',
      regions: ['3103', '3107', '3105', '3101', '3403'],
      mode: 'absolute' as const,
      base: null,
    };
    const [duck, free] = await Promise.all([loadSeries(db.engine, view), loadSeries(local, view)]);
    expect(free).toEqual(duck);
    expect(free.rows.find((r: SeriesRow) => r.region_code === '3103' && r.year === 2026)?.value).toBe(53207);
    const indexed = await loadSeries(local, { ...view, mode: 'indexed' });
    expect(indexed).toEqual(await loadSeries(db.engine, { ...view, mode: 'indexed' }));
    expect(indexed.base).not.toBeNull();
  });

  it('the small multiples and the dumbbell of a link draw the same numbers both ways', async () => {
    const { DEFAULT_VIEW } = await import('../../src/lib/config');
    const { viewChart } = await import('../../src/lib/charts/view-chart');
    const catalogue = await loadCatalogue(db.engine);
    const indicator = catalogue.indicators.find((i) => i.id === 'befolkning')!;
    const names = new Map(catalogue.regions.map((r) => [r.code, r.name]));
    const view = {
      ...DEFAULT_VIEW,
      regions: ['3103', '3107', '3105'],
      chart: 'dumbbell' as const,
      from: 2015,
      to: 2024,
    };
    const [duck, free] = await Promise.all([loadSeries(db.engine, view), loadSeries(local, view)]);
    const bells = (series: typeof duck) =>
      viewChart(series, view, indicator, names).options.marks!.flatMap(
        (m) => (m as unknown as { data?: unknown }).data ?? [],
      );
    expect(bells(free)).toEqual(bells(duck));
    // SSB 07459, 1 January: Moss 47 044 (2015) → 52 051 (2024).
    expect(bells(free)).toContainEqual(
      expect.objectContaining({ code: '3103', start: 47044, end: 52051, change: 5007 }),
    );
    const panels = { ...view, chart: 'panels' as const, y: 'free' as const };
    expect(viewChart(free, panels, indicator, names).description).toBe(
      viewChart(duck, panels, indicator, names).description,
    );
  });

  it('indexes to the first year every region has, found by the query itself', async () => {
    // Moss has population figures from 1986, the country's sum starts in 2005.
    const regions = ['0', '50', '3103'];
    const rows = (await same(
      seriesQuery({ indicator: 'befolkning', regions, mode: 'indexed', base: null }),
    )) as SeriesRow[];
    const base = commonBaseYear(rows, regions)!;
    expect(base).toBe(2005);
    const has = (code: string, year: number) =>
      rows.some((r) => r.region_code === code && r.year === year && r.value !== null);
    // The base is 100 for every region, and each earlier year lacks a value for one of them.
    for (const code of regions)
      expect(rows.find((r) => r.region_code === code && r.year === base)?.y).toBeCloseTo(100, 10);
    const earlier = [...new Set(rows.map((r) => r.year))].filter((y) => y < base);
    expect(earlier.length).toBe(19);
    for (const year of earlier) expect(regions.every((code) => has(code, year))).toBe(false);
    // The same rows as asking for that base year.
    expect(rows).toEqual(
      await same(seriesQuery({ indicator: 'befolkning', regions, mode: 'indexed', base })),
    );
  });

  it('preloads an indicator (the idle warm-up), so its first view reads no file', async () => {
    const source = memorySource(shippedTables);
    const reads: string[] = [];
    const engine = localEngine({
      ...source,
      observations: (indicator) => (reads.push(indicator), source.observations(indicator)),
    });
    await engine.preload('sysselsatte');
    await engine.preload('sysselsatte');
    expect(reads).toEqual(['sysselsatte']);
    const q = seriesQuery({ indicator: 'sysselsatte', regions: ['3103'], mode: 'absolute' });
    expect(await engine.query(q)).toEqual(await db.engine.query(q));
    expect(reads).toEqual(['sysselsatte']);
  });

  it('keeps missing figures null, never zero', async () => {
    // New firms in Hele landet 2001-2004 have a value, but no population sum exists before 2005.
    const rows = (await same(
      seriesQuery({ indicator: 'nyetableringer', regions: ['0'], mode: 'per1000', base: null }),
    )) as SeriesRow[];
    const withoutPopulation = rows.filter((r) => r.value !== null && r.population === null);
    expect(withoutPopulation.map((r) => r.year)).toEqual([2001, 2002, 2003, 2004]);
    for (const r of withoutPopulation) expect(r.y).toBeNull();
    // Trøndelag's 2019 jobs have no sum (Rindal is missing that year): null in value and y, both ways.
    const jobs = (await same(
      seriesQuery({ indicator: 'sysselsatte', regions: ['50', '0'], mode: 'indexed', base: 2015 }),
    )) as SeriesRow[];
    for (const code of ['50', '0'])
      expect(jobs.find((r) => r.region_code === code && r.year === 2019)).toMatchObject({
        value: null,
        y: null,
      });
  });

  it('refuses a query without an engine-free form instead of guessing', async () => {
    await expect(local.query({ sql: 'SELECT 1', params: [] })).rejects.toThrow(/needs DuckDB/);
  });
});
