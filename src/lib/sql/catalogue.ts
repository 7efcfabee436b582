/**
 * Queries for what exists: indicators, regions, and which region has data for which indicator.
 * All SQL in src/lib/sql is built from the identifiers in `TABLES` (schema.ts) and `?` parameters;
 * no value from a URL or a file is ever written into the SQL text.
 */
import type { Query, QueryView } from '../db/engine';

export function indicatorsQuery(): Query {
  return {
    sql: `SELECT id, name_nb, name_nn, name_en, unit, source, table_id, definition, per_capita, breaks, break_note
FROM indicators
ORDER BY id`,
    params: [],
    view: { kind: 'table', table: 'indicators' },
  };
}

/** Every indicator's sources in priority order, to name the source of each figure. */
export function sourcesQuery(): Query {
  return {
    sql: `SELECT indicator, id, label, publisher, table_id, priority
FROM sources
ORDER BY indicator, priority, id`,
    params: [],
    view: { kind: 'table', table: 'sources' },
  };
}

export function regionsQuery(): Query {
  return {
    sql: `SELECT code, name, level, kind, fylke_code, members, source
FROM regions
ORDER BY CASE level WHEN 'land' THEN 0 WHEN 'fylke' THEN 1 WHEN 'region' THEN 2 ELSE 3 END, name, code`,
    params: [],
    view: { kind: 'table', table: 'regions' },
  };
}

/** The two ways to read coverage: per region for one indicator, or per indicator for one region. */
const COVERAGE_KEYS = {
  region_code: 'indicator',
  indicator: 'region_code',
} as const;

/**
 * Per `key` (a region or an indicator): the first and last year with a value, and how many years have
 * one, among the observations whose other key is `value`. Both column names come from `COVERAGE_KEYS`.
 * A building block of two builders (coverageQuery here, regionCoverageQuery in region.ts), which the
 * server's allow-list names; it is not sent on its own, so its name does not end in `Query`.
 */
export function yearSpanBy(key: keyof typeof COVERAGE_KEYS, value: string, view: QueryView): Query {
  const by = COVERAGE_KEYS[key];
  if (!by) throw new Error(`invalid coverage key: ${String(key)}`);
  return {
    sql: `SELECT ${key}, min(year) AS first_year, max(year) AS last_year, count(value) AS years
FROM observations
WHERE ${by} = ? AND value IS NOT NULL
GROUP BY ${key}
ORDER BY ${key}`,
    params: [value],
    view,
  };
}

/** Per region: the first and last year with a value, and how many years have one. */
export function coverageQuery(indicator: string): Query {
  return yearSpanBy('region_code', indicator, { kind: 'coverage', indicator });
}

export interface CoverageCell {
  indicator: string;
  level: string;
  kind: string;
  year: number;
  /** Regions of this level and kind with a value this year. */
  with_value: number;
  /** Regions of this level and kind (the 2024 set). */
  regions: number;
}

/**
 * For every indicator, level (and kind of grouping) and year: how many regions have a value, out of
 * how many there are — the data-coverage heat-map. Years come from the data; a level with no
 * observation at all for an indicator has no rows.
 */
export function coverageMatrixQuery(): Query {
  return {
    sql: `WITH sizes AS (SELECT level, kind, count(*) AS regions FROM regions GROUP BY level, kind)
SELECT o.indicator, r.level, r.kind, o.year, count(o.value) AS with_value, any_value(s.regions) AS regions
FROM observations o
JOIN regions r ON r.code = o.region_code
JOIN sizes s ON s.level = r.level AND s.kind = r.kind
GROUP BY o.indicator, r.level, r.kind, o.year
ORDER BY o.indicator, r.level, r.kind, o.year`,
    params: [],
    view: { kind: 'coverageMatrix' },
  };
}
