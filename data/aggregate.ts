/**
 * Sums over groupings (fylke, Hele landet, BA, økonomisk region, samarbeid) and the choice of one
 * value per indicator, region and year, as named SQL steps.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, runStep } from './db';

/**
 * A grouping's value is the sum of its member kommuner, only in a year where every member has a row;
 * a member marked missing makes the sum missing. Never a partial sum.
 *
 * Status: a split kommune's parts are estimates, but a grouping that holds every part of it (Nordland
 * holds both halves of Tysfjord) receives its whole, reported value. Only a grouping that cuts through
 * a split unit is itself 'estimated'; otherwise 'summed'.
 */
const AGGREGATE_CANDIDATES = `
CREATE TABLE aggregate_candidates AS
WITH sizes AS (
  SELECT region_code, count(*) AS members FROM region_members GROUP BY region_code
),
totals AS (
  SELECT m.region_code, k.indicator, k.year,
    CASE WHEN bool_or(k.value IS NULL) THEN NULL ELSE sum(k.value) END AS value,
    bool_or(k.value IS NULL) AS any_missing,
    count(*) AS present
  FROM region_members m
  JOIN kommune_candidates k ON k.region_code = m.kommune_code
  GROUP BY m.region_code, k.indicator, k.year
),
cut_splits AS (
  SELECT DISTINCT m.region_code, p.indicator, p.year
  FROM kommune_parts p
  JOIN region_members m ON m.kommune_code = p.to_code
  WHERE p.weight < 1
  GROUP BY m.region_code, p.indicator, p.year, p.vintage, p.from_code
  HAVING sum(p.weight) < 1 - 1e-9
)
SELECT t.indicator, t.region_code, t.year, t.value,
  CASE WHEN t.any_missing THEN 'missing' WHEN c.region_code IS NOT NULL THEN 'estimated' ELSE 'summed' END AS status,
  2 AS rank
FROM totals t
JOIN sizes s ON s.region_code = t.region_code AND s.members = t.present
LEFT JOIN cut_splits c ON c.region_code = t.region_code AND c.indicator = t.indicator AND c.year = t.year`;

const CANDIDATES = `
CREATE VIEW candidates AS
SELECT indicator, region_code, year, value, status, rank FROM kommune_candidates
UNION ALL SELECT indicator, region_code, year, value, status, rank FROM county_candidates
UNION ALL SELECT indicator, region_code, year, value, status, rank FROM region_candidates
UNION ALL SELECT indicator, region_code, year, value, status, rank FROM aggregate_candidates`;

/**
 * One observation per indicator, region and year, by rank: (1) a figure whose area is exactly the 2024
 * region (as published, renumbered or summed from whole merged units); (2) the sum of the 2024 member
 * kommuner; (3) a sum of old counties whose area differs slightly (kommuner that changed county).
 * So a county table is used instead of summing kommuner, except where the county's area has changed.
 */
const OBSERVATIONS = `
CREATE TABLE observations AS
SELECT indicator, region_code, CAST(year AS SMALLINT) AS year, CAST(value AS DOUBLE) AS value, status
FROM candidates
QUALIFY row_number() OVER (PARTITION BY indicator, region_code, year ORDER BY rank) = 1`;

export async function aggregateGroupings(con: DuckDBConnection): Promise<void> {
  await runStep(con, 'aggregate_candidates', AGGREGATE_CANDIDATES);
  await runStep(con, 'candidates', CANDIDATES);
  const ties = await queryRows(con, `
    SELECT indicator, region_code, year, rank, count(*) AS n FROM candidates
    GROUP BY indicator, region_code, year, rank HAVING count(*) > 1 LIMIT 5`);
  if (ties.length) throw new Error(`two candidates of the same rank for ${JSON.stringify(ties)}: a source is staged twice`);
  await runStep(con, 'observations', OBSERVATIONS);
  const broken = await queryRows(con, `
    SELECT o.* FROM observations o LEFT JOIN regions r ON r.code = o.region_code
    WHERE r.code IS NULL OR (o.value IS NULL) <> (o.status = 'missing') LIMIT 5`);
  if (broken.length) throw new Error(`observations without a region or with value/status mismatch: ${JSON.stringify(broken)}`);
}
