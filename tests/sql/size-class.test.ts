/**
 * Size classes of kommuner on the ranking, on real DuckDB over the built Parquet. Innlandet's 46
 * kommuner on 1 January 2022 (SSB 07459): 22 under 5 000 (Engerdal 1 253 … Grue 4 548), 18 from
 * 5 000 to 19 999 (Nord-Odal 5 016 … Kongsvinger 17 949), 6 from 20 000 to 49 999 (Stange 21 156 …
 * Ringsaker 35 073) and none of 50 000 or more: 22 + 18 + 6 = 46.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import { populationMembersQuery, rankingValuesQuery } from '../../src/lib/sql/ranking';
import { SIZE_CLASSES, sizeBounds } from '../../src/lib/ranking/size-class';
import { DEFAULT_RANKING, parseRankingView, rankingViewToParams } from '../../src/lib/ranking/view';
import { loadCatalogue } from '../../src/lib/series/load';
import { loadRanking, sizeFilter } from '../../src/lib/ranking/load';
import { regionLabels } from '../../src/lib/definitions/regions';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

const innlandet = { level: 'kommune', kind: '', fylke: '34' };

describe('size classes of kommuner', () => {
  it('puts Innlandet’s 46 kommuner in 22, 18, 6 and 0 by population 1 January 2022', async () => {
    const counts: number[] = [];
    for (const size of SIZE_CLASSES) {
      const members = await db.engine.query<{ code: string }>(
        populationMembersQuery({ ...innlandet, size: { year: 2022, ...sizeBounds(size) } }),
      );
      counts.push(members.length);
    }
    expect(counts).toEqual([22, 18, 6, 0]);
    // The edges: Grue (4 548) is small, Nord-Odal (5 016) medium, Kongsvinger (17 949) medium, Stange (21 156) large.
    const medium = await db.engine.query<{ code: string }>(
      populationMembersQuery({ ...innlandet, size: { year: 2022, min: 5000, max: 20000 } }),
    );
    const codes = medium.map((m) => m.code);
    expect(codes).toContain('3414');
    expect(codes).toContain('3401');
    expect(codes).not.toContain('3417');
    expect(codes).not.toContain('3413');
  });

  it('ranks only the six of 20 000–49 999 on jobs growth 2017–2022, Gjøvik first', async () => {
    const { indicators, regions } = await loadCatalogue(db.engine);
    const known = {
      indicators: new Map(
        indicators.map((i) => [i.id, { years: [2005, 2022] as [number, number], perCapita: i.per_capita }]),
      ),
      fylker: new Set(['34']),
    };
    const { view, notices } = parseRankingView(
      new URLSearchParams(
        'indicator=sysselsatte&level=kommune&fylke=34&from=2017&to=2022&measure=growth&size=20000-49999',
      ),
      known,
    );
    expect(notices).toEqual([]);
    expect(view.size).toBe('20000-49999');
    expect(rankingViewToParams(view).get('size')).toBe('20000-49999');
    expect(sizeFilter(view)).toEqual({ year: 2022, min: 20000, max: 50000 });
    const ranking = await loadRanking(db.engine, view, regions, regionLabels(regions));
    expect(ranking.total).toBe(6);
    // SSB jobs 2017 → 2022: Gjøvik 16 324 → 17 550 (+7.51 %), Ringsaker 14 440 → 15 443 (+6.95 %),
    // Hamar 19 652 → 20 781 (+5.75 %), Elverum 9 908 → 10 289 (+3.85 %), Stange 7 160 → 7 210
    // (+0.70 %), Lillehammer 16 767 → 16 687 (−0.48 %).
    expect(ranking.rows.map((r) => r.code)).toEqual(['3407', '3411', '3403', '3420', '3413', '3405']);
    expect(ranking.rows[0]!.value).toBeCloseTo(1226 / 16324, 10);
    expect(ranking.rows[5]!.value).toBeCloseTo(-80 / 16767, 10);
  });

  it('binds the bounds as parameters and drops the filter outside kommuner', () => {
    const q = rankingValuesQuery({
      indicator: 'sysselsatte',
      ...innlandet,
      fromYear: 2017,
      toYear: 2022,
      size: { year: 2022, min: 50000, max: null },
    });
    expect(q.sql).not.toMatch(/50000/);
    expect(q.params.slice(-3)).toEqual(['befolkning', 2022, 50000]);
    expect(q.sql.split('?').length - 1).toBe(q.params.length);
    const { view, notices } = parseRankingView(new URLSearchParams('level=fylke&size=under-5000'), {
      indicators: new Map([['sysselsatte', { years: [2005, 2022], perCapita: true }]]),
      fylker: new Set(),
    });
    expect(view.size).toBe('');
    expect(notices).toEqual(['Størrelsesklasser gjelder bare kommuner; filteret er utelatt.']);
    expect(rankingViewToParams(DEFAULT_RANKING).has('size')).toBe(false);
  });
});
