/**
 * Own regions («egne regioner») beside a ranking: each is measured like a ranked region (same period,
 * same measure, from its members' sums) and given the rank it would have among the regions ranked —
 * without entering the ranking itself, so the regions' own ranks, counts and rank changes stay exactly
 * those of the level shown. Pure: no DB, no DOM.
 */
import type { OwnRegionValueRow } from '../sql/own-ranking';
import { groupRows, measureOf, periodFigures } from './rank';
import type { PeriodFigures, Ranking } from './rank';

/** What every own region's row beside a ranking or an index shows, whatever it is ranked on. */
export interface OwnRow {
  code: string;
  name: string;
  members: readonly string[];
  /** The place it would take among the regions ranked; null without a value. */
  wouldBe: number | null;
  /** The regions ranked (the rank's «of»). */
  of: number;
}

export interface OwnRegionRank extends PeriodFigures {
  code: string;
  name: string;
  members: readonly string[];
  /** The measure's value; null when a member lacks a figure the measure needs. */
  value: number | null;
  /**
   * The competition rank it would take among the ranked regions: one more than those strictly ahead,
   * so a tie shares the rank («1, 2, 2, 4»). Null without a value.
   */
  wouldBe: number | null;
  /** The regions ranked (the rank's «of»). */
  of: number;
}

export function ownRegionRanks(
  ranking: Ranking,
  rows: readonly OwnRegionValueRow[],
  groups: readonly { code: string; name: string; members: readonly string[] }[],
): OwnRegionRank[] {
  const series = groupRows(rows.map((r) => ({ ...r, name: '', fylke_code: null })));
  return groups.map((g) => {
    const s = series.get(g.code);
    const figures: PeriodFigures = s
      ? periodFigures(s, ranking.period)
      : { start: null, end: null, change: null, growth: null, per1000: null };
    const value = measureOf(figures, ranking.measure);
    const wouldBe = value === null ? null : 1 + ranking.rows.filter((r) => r.value > value).length;
    return { code: g.code, name: g.name, members: g.members, ...figures, value, wouldBe, of: ranking.ranked };
  });
}
