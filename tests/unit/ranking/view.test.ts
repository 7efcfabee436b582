/** The ranking view's URL, table sorting, measure formatting and CSV. */
import { describe, expect, it } from 'vitest';
import { comparisonHref, parseRankingView, rankingViewToParams } from '../../../src/lib/ranking/view';
import type { RankingKnown } from '../../../src/lib/ranking/view';
import { sortRanked } from '../../../src/lib/ranking/table';
import { formatMeasure } from '../../../src/lib/ranking/format';
import { rankingCsv } from '../../../src/lib/export/ranking-csv';
import { groupRows, rankRegions } from '../../../src/lib/ranking/rank';

const known: RankingKnown = {
  indicators: new Map([
    ['sysselsatte', { years: [2005, 2025], perCapita: true }],
    ['befolkning', { years: [1986, 2026], perCapita: false }],
  ]),
  fylker: new Set(['31', '34']),
};

describe('ranking URL', () => {
  it('round-trips a view', () => {
    const { view, notices } = parseRankingView(
      new URLSearchParams('indicator=befolkning&level=ba&fylke=&from=2010&to=2020&measure=change'),
      known,
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      indicator: 'befolkning',
      level: 'ba',
      fylke: '',
      from: 2010,
      to: 2020,
      measure: 'change',
      size: '',
    });
    expect(parseRankingView(rankingViewToParams(view), known).view).toEqual(view);
  });

  it('drops what it cannot use, with a notice', () => {
    const { view, notices } = parseRankingView(
      new URLSearchParams('indicator=x&level=gate&fylke=99&measure=per1000&from=abc'),
      known,
    );
    expect(view).toMatchObject({
      indicator: 'sysselsatte',
      level: 'kommune',
      fylke: '34',
      measure: 'per1000',
      from: 2017,
      to: 2022,
    });
    expect(notices).toHaveLength(4);
    const pop = parseRankingView(new URLSearchParams('indicator=befolkning&measure=per1000&to=2030'), known);
    expect(pop.view).toMatchObject({ measure: 'level', to: 2026, from: 2017 });
  });

  it('links to the comparison with at most ten regions', () => {
    const codes = Array.from({ length: 12 }, (_, i) => String(3401 + i));
    expect(comparisonHref('sysselsatte', codes)).toBe(
      '/?indicator=sysselsatte&regions=3401,3402,3403,3404,3405,3406,3407,3408,3409,3410',
    );
  });
});

describe('ranking table and CSV', () => {
  const rows = [
    { code: 'a', name: 'Å', fylke_code: '34', year: 2020, value: 100, population: 1000 },
    { code: 'a', name: 'Å', fylke_code: '34', year: 2022, value: 110, population: 1000 },
    { code: 'b', name: 'Bø', fylke_code: '34', year: 2020, value: 50, population: 400 },
    { code: 'b', name: 'Bø', fylke_code: '34', year: 2022, value: 60, population: 500 },
    { code: 'c', name: 'Os', fylke_code: '34', year: 2022, value: 70, population: 200 },
  ];
  const ranking = rankRegions(groupRows(rows), { from: 2020, to: 2022 }, 'growth', 4);

  it('ranks only regions with both years and sorts by any column', () => {
    expect(ranking.rows.map((r) => [r.code, r.rank, r.growth])).toEqual([
      ['b', 1, 0.2],
      ['a', 2, 0.1],
    ]);
    expect([ranking.ranked, ranking.total]).toEqual([2, 4]);
    expect(sortRanked(ranking.rows, 'name', false).map((r) => r.name)).toEqual(['Bø', 'Å']);
    expect(sortRanked(ranking.rows, 'per1000', true).map((r) => r.per1000)).toEqual([120, 110]);
  });

  it('formats measures the Norwegian way', () => {
    expect(formatMeasure(0.10481, 'growth')).toBe('+10,5\u00a0%');
    expect(formatMeasure(-38, 'change')).toBe('−38');
    expect(formatMeasure(17550, 'level')).toBe('17\u00a0550');
    expect(formatMeasure(null, 'level')).toBe('–');
  });

  it('writes a CSV with header, ranked count and empty cells for missing values', () => {
    const csv = rankingCsv({ title: 'T', sourceLine: 'Kilde: SSB', url: 'http://x/rangering', ranking });
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[2]).toMatch(/^# Rangert: 2 av 4 med tall/);
    expect(lines[3]).toBe(
      'rang,region_kode,region,verdi_2020,verdi_2022,endring,vekst_prosent,per_1000_innbyggere,rang_forrige_periode,beste_rang,dårligste_rang,perioder',
    );
    expect(lines[4]).toBe('1,b,Bø,50,60,10,20,120,,1,1,1');
  });
});
