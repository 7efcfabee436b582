/**
 * Ranking regions on one indicator over a period, from the rows of `rankingValuesQuery`. Pure: no DB,
 * no DOM. Only regions with the figures a measure needs are ranked, and the result says how many.
 *
 * Measures (all ranked highest first):
 * - level:   the value in the end year
 * - change:  end − start, in the indicator's unit
 * - growth:  (end − start) / start, as a fraction (0.1 = 10 %)
 * - per1000: the end-year value per 1 000 inhabitants of the same year (only where that makes sense)
 *
 * Ties share a rank («1, 2, 2, 4»), as in sports tables and Kommunebarometeret.
 */
import type { RankingValueRow } from '../sql/ranking';

export const RANK_MEASURES = ['level', 'change', 'growth', 'per1000'] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];

export function isRankMeasure(v: unknown): v is RankMeasure {
  return typeof v === 'string' && (RANK_MEASURES as readonly string[]).includes(v);
}

export interface Period {
  from: number;
  to: number;
}

/** Region code → year → value and population. */
export interface RegionSeries {
  code: string;
  name: string;
  fylke_code: string | null;
  values: Map<number, number>;
  population: Map<number, number>;
}

export function groupRows(rows: readonly RankingValueRow[]): Map<string, RegionSeries> {
  const out = new Map<string, RegionSeries>();
  for (const r of rows) {
    let s = out.get(r.code);
    if (!s)
      out.set(
        r.code,
        (s = {
          code: r.code,
          name: r.name,
          fylke_code: r.fylke_code,
          values: new Map(),
          population: new Map(),
        }),
      );
    s.values.set(r.year, r.value);
    if (r.population !== null && r.population !== undefined) s.population.set(r.year, r.population);
  }
  return out;
}

/** The figures of one region for one period; null where a figure is missing or undefined (growth from 0). */
export interface PeriodFigures {
  start: number | null;
  end: number | null;
  change: number | null;
  growth: number | null;
  per1000: number | null;
}

export function periodFigures(s: RegionSeries, p: Period): PeriodFigures {
  const start = s.values.get(p.from) ?? null;
  const end = s.values.get(p.to) ?? null;
  const pop = s.population.get(p.to) ?? null;
  return {
    start,
    end,
    change: start !== null && end !== null ? end - start : null,
    growth: start !== null && end !== null && start !== 0 ? (end - start) / start : null,
    per1000: end !== null && pop !== null && pop > 0 ? (end / pop) * 1000 : null,
  };
}

/** The number a measure ranks by; null = not ranked. `level` needs only the end year. */
export function measureOf(f: PeriodFigures, measure: RankMeasure): number | null {
  if (measure === 'level') return f.end;
  return f[measure];
}

/** Competition ranks, highest value first («1, 2, 2, 4»); regions without a value get none. */
export function competitionRanks(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const entries = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  entries.sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  entries.forEach(([code, v], i) => {
    const prev = i > 0 ? entries[i - 1]! : null;
    ranks.set(code, prev && prev[1] === v ? ranks.get(prev[0])! : i + 1);
  });
  return ranks;
}

/** The period of equal length just before: 2017–2022 → 2012–2017. */
export function previousPeriod(p: Period): Period {
  const len = p.to - p.from;
  return { from: p.from - len, to: p.from };
}

/**
 * The periods rank stability looks at: the chosen one and the two of equal length ending one and two
 * years earlier (2017–2022, 2016–2021, 2015–2020). Rolling windows show how much a rank depends on
 * the exact end year — small kommuner jump when a single employer moves.
 */
export function stabilityPeriods(p: Period): Period[] {
  return [0, 1, 2].map((k) => ({ from: p.from - k, to: p.to - k }));
}

/** The earliest year any of the views of a period needs (previous period and stability windows). */
export function earliestYearNeeded(p: Period): number {
  return Math.min(previousPeriod(p).from, ...stabilityPeriods(p).map((q) => q.from));
}

export interface RankedRegion extends PeriodFigures {
  code: string;
  name: string;
  fylke_code: string | null;
  /** The value ranked by (see `measure`). */
  value: number;
  rank: number;
  /** Rank in the previous period of equal length among the regions ranked there; null if not ranked. */
  previousRank: number | null;
  /** previousRank − rank: positive = climbed. */
  rankChange: number | null;
  /** Best and worst rank over the stability periods where the region was ranked, and how many those were. */
  stability: { best: number; worst: number; periods: number };
}

export interface Ranking {
  period: Period;
  measure: RankMeasure;
  rows: RankedRegion[];
  /** Regions ranked in the chosen period (those with the needed figures). */
  ranked: number;
  /** Regions in scope, with or without figures. */
  total: number;
  /** How many regions were ranked in the previous period (the rank change's «of»). */
  previousRanked: number;
}

/**
 * Ranks the regions of `series` for `period` by `measure`. `total` is the number of regions in scope
 * (including those without figures), so the page can say «nr. 7 av 17 kommuner med tall».
 */
export function rankRegions(
  series: ReadonlyMap<string, RegionSeries>,
  period: Period,
  measure: RankMeasure,
  total = series.size,
): Ranking {
  if (period.from >= period.to && measure !== 'level')
    throw new Error(`invalid period: ${period.from}–${period.to}`);
  const ranksFor = (p: Period) =>
    competitionRanks(
      new Map([...series.values()].map((s) => [s.code, measureOf(periodFigures(s, p), measure)])),
    );
  const current = ranksFor(period);
  const prev = ranksFor(previousPeriod(period));
  const windows = stabilityPeriods(period).map(ranksFor);
  const rows: RankedRegion[] = [];
  for (const [code, rank] of current) {
    const s = series.get(code)!;
    const figures = periodFigures(s, period);
    const previousRank = prev.get(code) ?? null;
    const seen = windows.map((w) => w.get(code)).filter((r): r is number => r !== undefined);
    rows.push({
      code,
      name: s.name,
      fylke_code: s.fylke_code,
      ...figures,
      value: measureOf(figures, measure)!,
      rank,
      previousRank,
      rankChange: previousRank === null ? null : previousRank - rank,
      stability: { best: Math.min(...seen), worst: Math.max(...seen), periods: seen.length },
    });
  }
  rows.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'nb'));
  return { period, measure, rows, ranked: rows.length, total, previousRanked: prev.size };
}
