/** Sorting the ranking table by any column; missing values always sort last. */
import type { RankedRegion } from './rank';

export const RANK_COLUMNS = [
  'rank',
  'name',
  'start',
  'end',
  'change',
  'growth',
  'per1000',
  'rankChange',
  'spread',
] as const;
export type RankColumn = (typeof RANK_COLUMNS)[number];

export function isRankColumn(v: unknown): v is RankColumn {
  return typeof v === 'string' && (RANK_COLUMNS as readonly string[]).includes(v);
}

/** The number (or name) a column sorts by; `spread` is worst − best rank over the stability windows. */
export function columnValue(row: RankedRegion, column: RankColumn): number | string | null {
  if (column === 'name') return row.name;
  if (column === 'spread') return row.stability.worst - row.stability.best;
  return row[column];
}

export function sortRanked(
  rows: readonly RankedRegion[],
  column: RankColumn,
  descending: boolean,
): RankedRegion[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = columnValue(a, column);
    const y = columnValue(b, column);
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'nb') : x - (y as number);
    return c * dir || a.rank - b.rank;
  });
}
