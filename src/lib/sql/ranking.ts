/**
 * Queries for the ranking, map and peer views: one indicator's values for every region of a level and
 * kind (optionally inside one fylke) over a span of years, with the population of the same year for
 * «per 1 000 inhabitants». The ranking itself is computed in TypeScript (src/lib/ranking), so the same
 * rows serve several periods (rank change, rank stability) without another round trip.
 * Identifiers are fixed here; indicator, level, kind, fylke, years and population bounds are bound
 * parameters. The size filter adds one of two fixed SQL fragments (with or without an upper bound).
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
  /** Only regions with a population in these bounds on 1 January of `year` (kommuner by size class). */
  size?: PopulationFilter;
}

/** Population from `min` (inclusive) to `max` (exclusive, null = none) on 1 January of `year`. */
export interface PopulationFilter {
  year: number;
  min: number;
  max: number | null;
}

/** `r.code` is a region whose population lies in the bounds; a missing population is in no class. */
function populationFilter(size: PopulationFilter): { sql: string; params: (string | number)[] } {
  const upper = size.max === null ? '' : ' AND s.value < ?';
  return {
    sql: `r.code IN (SELECT s.region_code FROM observations s WHERE s.indicator = ? AND s.year = ? AND s.value >= ?${upper})`,
    params: [POPULATION_INDICATOR, size.year, size.min, ...(size.max === null ? [] : [size.max])],
  };
}

/** Values (never missing ones) for every region in scope and every year from `fromYear` to `toYear`. */
export function rankingValuesQuery(scope: RankingScope): Query {
  if (scope.fromYear > scope.toYear) throw new Error(`invalid years: ${scope.fromYear}–${scope.toYear}`);
  const size = scope.size ? populationFilter(scope.size) : null;
  return {
    sql: `SELECT r.code, r.name, r.fylke_code, o.year, o.value, p.value AS population
FROM regions r
JOIN observations o ON o.region_code = r.code AND o.indicator = ? AND o.year BETWEEN ? AND ?
LEFT JOIN observations p ON p.indicator = ? AND p.region_code = r.code AND p.year = o.year
WHERE r.level = ? AND r.kind = ? AND (? = '' OR r.fylke_code = ?) AND o.value IS NOT NULL${size ? ` AND ${size.sql}` : ''}
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
      ...(size?.params ?? []),
    ],
  };
}

/** The codes of every region of a level and kind (optionally in one fylke) in the population bounds. */
export function populationMembersQuery(
  scope: Pick<RankingScope, 'level' | 'kind' | 'fylke'> & { size: PopulationFilter },
): Query {
  const size = populationFilter(scope.size);
  return {
    sql: `SELECT r.code FROM regions r
WHERE r.level = ? AND r.kind = ? AND (? = '' OR r.fylke_code = ?) AND ${size.sql}
ORDER BY r.code`,
    params: [scope.level, scope.kind, scope.fylke, scope.fylke, ...size.params],
  };
}
