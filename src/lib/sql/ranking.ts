/**
 * Queries for the ranking, map and peer views: one indicator's values for every region of a level and
 * kind (optionally inside one fylke) over a span of years, with the population of the same year for
 * «per 1 000 inhabitants». The ranking itself is computed in TypeScript (src/lib/ranking), so the same
 * rows serve several periods (rank change, rank stability) without another round trip.
 * Identifiers are fixed here; indicator, level, kind, fylke and years are bound parameters.
 */
import type { Query } from '../db/engine';
import { POPULATION_INDICATOR } from '../schema';

/** One region's value in one year, with its population that year (null where missing). */
export interface RankingValueRow {
  code: string;
  name: string;
  fylke_code: string | null;
  year: number;
  value: number;
  population: number | null;
}

export interface RankingScope {
  indicator: string;
  level: string;
  /** '' for kommune and fylke; 'ba' | 'okonomisk' | 'samarbeid' for regions. */
  kind: string;
  /** A 2-digit fylke code, or '' for the whole country. */
  fylke: string;
  fromYear: number;
  toYear: number;
}

/** Values (never missing ones) for every region in scope and every year from `fromYear` to `toYear`. */
export function rankingValuesQuery(scope: RankingScope): Query {
  if (scope.fromYear > scope.toYear) throw new Error(`invalid years: ${scope.fromYear}–${scope.toYear}`);
  return {
    sql: `SELECT r.code, r.name, r.fylke_code, o.year, o.value, p.value AS population
FROM regions r
JOIN observations o ON o.region_code = r.code AND o.indicator = ? AND o.year BETWEEN ? AND ?
LEFT JOIN observations p ON p.indicator = ? AND p.region_code = r.code AND p.year = o.year
WHERE r.level = ? AND r.kind = ? AND (? = '' OR r.fylke_code = ?) AND o.value IS NOT NULL
ORDER BY r.code, o.year`,
    params: [
      scope.indicator,
      scope.fromYear,
      scope.toYear,
      POPULATION_INDICATOR,
      scope.level,
      scope.kind,
      scope.fylke,
      scope.fylke,
    ],
  };
}
