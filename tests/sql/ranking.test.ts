/**
 * The ranking view on real DuckDB over the built Parquet: SSB 11618/13470 jobs by place of work for
 * Innlandet's 46 kommuner. Expected values were computed by hand from the same observations
 * (e.g. Lesja 811 → 896 jobs 2017–2022 = +10.48 %).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { rankingValuesQuery } from '../../src/lib/sql/ranking';
import type { RankingValueRow } from '../../src/lib/sql/ranking';
import {
  competitionRanks,
  earliestYearNeeded,
  groupRows,
  previousPeriod,
  rankRegions,
  stabilityPeriods,
} from '../../src/lib/ranking/rank';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

async function innlandetJobs(from: number, to: number) {
  const period = { from, to };
  const rows = await db.engine.query<RankingValueRow>(
    rankingValuesQuery({
      indicator: 'sysselsatte',
      level: 'kommune',
      kind: '',
      fylke: '34',
      fromYear: earliestYearNeeded(period),
      toYear: to,
    }),
  );
  return { rows, ranking: rankRegions(groupRows(rows), period, 'growth', 46) };
}

describe('ranking periods', () => {
  it('compares with the previous period of equal length and two rolling windows', () => {
    expect(previousPeriod({ from: 2017, to: 2022 })).toEqual({ from: 2012, to: 2017 });
    expect(stabilityPeriods({ from: 2017, to: 2022 })).toEqual([
      { from: 2017, to: 2022 },
      { from: 2016, to: 2021 },
      { from: 2015, to: 2020 },
    ]);
    expect(earliestYearNeeded({ from: 2017, to: 2022 })).toBe(2012);
  });

  it('gives ties the same rank and skips regions without a value', () => {
    const ranks = competitionRanks(
      new Map<string, number | null>([
        ['a', 5],
        ['b', 9],
        ['c', 5],
        ['d', null],
        ['e', 1],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });
});

describe('ranking on real data: jobs in Innlandet', () => {
  it('Lesja grew jobs fastest 2017–2022, then Engerdal and Gjøvik', async () => {
    const { ranking } = await innlandetJobs(2017, 2022);
    expect(ranking.ranked).toBe(46);
    expect(ranking.total).toBe(46);
    expect(ranking.rows.slice(0, 3).map((r) => [r.name, r.start, r.end])).toEqual([
      ['Lesja', 811, 896],
      ['Engerdal', 517, 561],
      ['Gjøvik', 16324, 17550],
    ]);
    expect(ranking.rows[0]!.growth).toBeCloseTo(85 / 811, 12);
    expect(ranking.rows[0]!.change).toBe(85);
    const hamar = ranking.rows.find((r) => r.name === 'Hamar')!;
    expect([hamar.rank, hamar.start, hamar.end]).toEqual([10, 19652, 20781]);
  });

  it('31 grew and 14 lost jobs; Etnedal lost most (514 → 420)', async () => {
    const { ranking } = await innlandetJobs(2017, 2022);
    expect(ranking.rows.filter((r) => r.change! > 0)).toHaveLength(31);
    expect(ranking.rows.filter((r) => r.change! < 0)).toHaveLength(14);
    const last = ranking.rows.at(-1)!;
    expect([last.name, last.start, last.end, last.rank]).toEqual(['Etnedal', 514, 420, 46]);
  });

  it('has no rank change where the previous period lacks figures (2012: only Vestfold and Telemark)', async () => {
    const { ranking } = await innlandetJobs(2017, 2022);
    expect(ranking.previousRanked).toBe(0);
    expect(ranking.rows[0]!.rankChange).toBeNull();
    // Stability: 2017–2022 rank 1, 2016–2021 not ranked (no 2016 figures), 2015–2020 rank 19 (823 → 830).
    expect(ranking.rows[0]!.stability).toEqual({ best: 1, worst: 19, periods: 2 });
  });

  it('Lesja climbed from 11th (2018–2020) to 1st (2020–2022): rank change +10, ranks 1–13 over three windows', async () => {
    const { ranking } = await innlandetJobs(2020, 2022);
    const lesja = ranking.rows.find((r) => r.name === 'Lesja')!;
    expect([lesja.start, lesja.end, lesja.rank, lesja.previousRank, lesja.rankChange]).toEqual([
      830, 896, 1, 11, 10,
    ]);
    expect(lesja.stability).toEqual({ best: 1, worst: 13, periods: 3 });
    const engerdal = ranking.rows.find((r) => r.name === 'Engerdal')!;
    expect([engerdal.rank, engerdal.previousRank, engerdal.stability]).toEqual([
      20,
      14,
      { best: 14, worst: 20, periods: 3 },
    ]);
  });

  it("ranks per 1 000 inhabitants with the same year's population", async () => {
    const { rows } = await innlandetJobs(2017, 2022);
    const series = groupRows(rows);
    const ranking = rankRegions(series, { from: 2017, to: 2022 }, 'per1000', 46);
    const top = ranking.rows[0]!;
    const pop = series.get(top.code)!.population.get(2022)!;
    expect(top.per1000).toBeCloseTo((top.end! / pop) * 1000, 9);
    for (let i = 1; i < ranking.rows.length; i++)
      expect(ranking.rows[i - 1]!.value).toBeGreaterThanOrEqual(ranking.rows[i]!.value);
  });
});
