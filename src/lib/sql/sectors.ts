/**
 * Queries on the `sectors` table (SSB 13472, employed persons by place of work and sector; Vestfold
 * and Telemark kommuner and fylker, and Hele landet): the regions it covers and one region's and the
 * benchmark's figures for two years, for the shift-share page. Identifiers are fixed here; region
 * codes and years are bound parameters.
 */
import type { Query } from '../db/engine';

/** The code of Hele landet in `regions` and `sectors`: the benchmark. */
export const BENCHMARK_CODE = '0';

export interface SectorRegionRow {
  code: string;
  name: string;
  level: string;
  first_year: number;
  last_year: number;
}

/** Every region with sector figures except the benchmark, fylker first, then kommuner by code. */
export function sectorRegionsQuery(): Query {
  return {
    sql: `SELECT s.region_code AS code, r.name, r.level, min(s.year) AS first_year, max(s.year) AS last_year
FROM sectors s JOIN regions r ON r.code = s.region_code
WHERE s.region_code <> ?
GROUP BY s.region_code, r.name, r.level
ORDER BY r.level = 'kommune', s.region_code`,
    params: [BENCHMARK_CODE],
  };
}

export interface SectorValueRow {
  region_code: string;
  sector: string;
  year: number;
  persons: number | null;
}

/** The region's and the benchmark's persons by sector in the two years (missing figures as null). */
export function sectorValuesQuery(scope: { region: string; from: number; to: number }): Query {
  if (!(scope.from < scope.to)) throw new Error(`invalid years: ${scope.from}–${scope.to}`);
  return {
    sql: `SELECT region_code, sector, year, persons FROM sectors
WHERE region_code IN (?, ?) AND year IN (?, ?)
ORDER BY region_code, sector, year`,
    params: [scope.region, BENCHMARK_CODE, scope.from, scope.to],
  };
}
