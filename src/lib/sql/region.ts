/**
 * Queries for a region's report page: which indicators it has data for, and where it ranks on growth
 * among comparable regions (same level and kind). Identifiers are fixed here; values are parameters.
 */
import type { Query } from '../db/engine';
import { yearSpanBy } from './catalogue';

/** Per indicator: first and last year with a value for one region. */
export function regionCoverageQuery(code: string): Query {
  return yearSpanBy('indicator', code, { kind: 'regionCoverage', code });
}

export interface GrowthRankRow {
  code: string;
  name: string;
  from_value: number;
  to_value: number;
  growth: number;
}

/** Growth from one year to another for every region of a level and kind, fastest first. */
export function growthRankQuery(
  indicator: string,
  level: string,
  kind: string,
  from: number,
  to: number,
): Query {
  return {
    sql: `SELECT r.code, r.name, a.value AS from_value, b.value AS to_value, (b.value - a.value) / a.value AS growth
FROM regions r
JOIN observations a ON a.region_code = r.code AND a.indicator = ? AND a.year = ?
JOIN observations b ON b.region_code = r.code AND b.indicator = ? AND b.year = ?
WHERE r.level = ? AND r.kind = ? AND a.value IS NOT NULL AND b.value IS NOT NULL AND a.value <> 0
ORDER BY growth DESC, r.code`,
    params: [indicator, from, indicator, to, level, kind],
    view: { kind: 'growthRank', indicator, level, regionKind: kind, from, to },
  };
}
