/**
 * Own regions beside the ranking and on the map (sql/own-ranking.ts, ranking/own-regions.ts): summed by
 * DuckDB and by the engine-free evaluator with equal rows, only in years where every member has a value,
 * and placed among Innlandet's kommuner by hand from SSB's employed persons by place of work (11618):
 * Glåmdalen's six kommuner had 1 635 + 8 465 + 2 447 + 1 870 + 1 848 + 2 732 = 18 997 jobs in 2017 and
 * 1 593 + 8 663 + 2 574 + 1 949 + 1 840 + 2 748 = 19 367 in 2022, +370 or +1,948 % — between Kongsvinger
 * (21st, +2,339 %) and Skjåk (22nd, +1,827 %), so it would be 22nd of 46.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { localEngine } from '../../src/lib/db/local';
import type { Engine, Query } from '../../src/lib/db/engine';
import { ownRegionValuesQuery } from '../../src/lib/sql/own-ranking';
import type { OwnRegionValueRow } from '../../src/lib/sql/own-ranking';
import { loadOwnRegionRanks, loadRanking } from '../../src/lib/ranking/load';
import { loadCatalogue } from '../../src/lib/series/load';
import type { RegionInfo } from '../../src/lib/series/load';
import { DEFAULT_RANKING } from '../../src/lib/ranking/view';
import { shippedLocal } from '../fixtures/shipped-local';

const DATA = 'static/data';
let db: NodeDb;
let local: Engine;
let regions: RegionInfo[];
let indicators: string[];

beforeAll(async () => {
  db = await openNodeDb(DATA);
  local = localEngine((await shippedLocal(DATA)).shipped);
  const catalogue = await loadCatalogue(db.engine);
  regions = catalogue.regions;
  indicators = catalogue.indicators.map((i) => i.id);
}, 60_000);
afterAll(() => db?.close());

async function both(query: Query): Promise<OwnRegionValueRow[]> {
  const [duck, free] = await Promise.all([
    db.engine.query<OwnRegionValueRow>(query),
    local.query<OwnRegionValueRow>(query),
  ]);
  expect(free, `${query.sql}\n${JSON.stringify(query.params)}`).toEqual(duck);
  return duck;
}

const GLAMDALEN = ['3401', '3414', '3415', '3416', '3417', '3418'];
const glamdalen = { slot: 1, name: 'Glåmdalen', members: GLAMDALEN };
const lesjaDovre = { slot: 2, name: 'Lesja og Dovre', members: ['3432', '3431'] };
const orklandRindal = { slot: 3, name: 'Orkland og Rindal', members: ['5059', '5061'] };
const at = (rows: OwnRegionValueRow[], code: string, year: number) =>
  rows.find((r) => r.code === code && r.year === year);

describe('own regions in the ranking and on the map', () => {
  it('are summed equally by DuckDB and the engine-free evaluator, for every indicator', async () => {
    const groups = [glamdalen, lesjaDovre, orklandRindal].map((g) => ({
      code: `egen-${g.slot}`,
      members: g.members,
    }));
    for (const indicator of indicators) {
      const rows = await both(ownRegionValuesQuery({ indicator, fromYear: 2000, toYear: 2026, groups }));
      expect(rows.every((r) => r.value !== null)).toBe(true);
    }
  });

  it('Glåmdalen sums to 18 997 → 19 367 jobs, the shipped Kongsvingerregionen, with its population', async () => {
    const rows = await both(
      ownRegionValuesQuery({
        indicator: 'sysselsatte',
        fromYear: 2017,
        toYear: 2022,
        groups: [{ code: 'egen-1', members: GLAMDALEN }],
      }),
    );
    expect(at(rows, 'egen-1', 2017)?.value).toBe(1635 + 8465 + 2447 + 1870 + 1848 + 2732);
    expect(at(rows, 'egen-1', 2022)?.value).toBe(19367);
    const shipped = await db.engine.query<{ year: number; value: number }>({
      sql: 'SELECT year, value FROM observations WHERE indicator = ? AND region_code = ? AND year BETWEEN 2017 AND 2022 ORDER BY year',
      params: ['sysselsatte', 'kongsvingerregionen'],
    });
    expect(rows.map((r) => [r.year, r.value])).toEqual(shipped.map((r) => [r.year, r.value]));
    const population = await db.engine.query<{ value: number }>({
      sql: "SELECT value FROM observations WHERE indicator = 'befolkning' AND region_code = 'kongsvingerregionen' AND year = 2022",
      params: [],
    });
    expect(at(rows, 'egen-1', 2022)?.population).toBe(population[0]!.value);
  });

  it('leaves out a year in which a member has no figure: Orkland + Rindal has no jobs value in 2019', async () => {
    const rows = await both(
      ownRegionValuesQuery({
        indicator: 'sysselsatte',
        fromYear: 2017,
        toYear: 2022,
        groups: [{ code: 'egen-3', members: orklandRindal.members }],
      }),
    );
    expect(rows.map((r) => r.year)).toEqual([2017, 2018, 2020, 2021, 2022]);
  });

  it('would rank Glåmdalen 22nd and Lesja og Dovre 16th of Innlandet’s 46 kommuner on jobs growth 2017–2022', async () => {
    const view = { ...DEFAULT_RANKING };
    const names = new Map(regions.map((r) => [r.code, r.name]));
    for (const engine of [db.engine, local]) {
      const ranking = await loadRanking(db.engine, view, regions, names);
      const own = await loadOwnRegionRanks(engine, view, [glamdalen, lesjaDovre, orklandRindal], ranking);
      expect(own.map((o) => [o.name, o.start, o.end, o.wouldBe, o.of])).toEqual([
        ['Glåmdalen', 18997, 19367, 22, 46],
        // 811 + 1 224 = 2 035 → 896 + 1 228 = 2 124, +4,373 %: behind Øystre Slidre (+4,595 %), ahead of Eidskog (+4,225 %).
        ['Lesja og Dovre', 2035, 2124, 16, 46],
        // Not in Innlandet, but measured all the same: 7 974 + 870 = 8 844 → 9 012 + 819 = 9 831, +11,160 %,
        // ahead of Lesja's +10,481 %.
        ['Orkland og Rindal', 8844, 9831, 1, 46],
      ]);
      expect(own[0]!.growth).toBeCloseTo(370 / 18997, 12);
      // The ranking itself is untouched: still 46 ranked, Lesja first.
      expect(ranking.ranked).toBe(46);
      expect(ranking.rows[0]!.name).toBe('Lesja');
    }
  });

  it('has no value or rank for a period ending in a year a member lacks (Orkland + Rindal, 2017–2019)', async () => {
    const view = { ...DEFAULT_RANKING, fylke: '50', from: 2017, to: 2019 };
    const names = new Map(regions.map((r) => [r.code, r.name]));
    const ranking = await loadRanking(db.engine, view, regions, names);
    const [own] = await loadOwnRegionRanks(local, view, [orklandRindal], ranking);
    expect(own).toMatchObject({ end: null, growth: null, value: null, wouldBe: null });
  });
});
