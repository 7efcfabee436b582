/**
 * Sums over groupings (fylke, Hele landet, BA, økonomisk region, samarbeid) and the choice of one
 * value per indicator, region and year, as named SQL steps.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, runStep } from './db';

/**
 * One value per 2024 kommune and year across the indicator's sources (kommune figures carried to 2024
 * borders, or a source's own figure for the 2024 kommune): the first source in the catalogue's order that
 * has a figure; a cell every source marks missing stays missing.
 */
const KOMMUNE_BEST = `
CREATE TABLE kommune_best AS
WITH c AS (
  SELECT indicator, source, region_code, year, value, status FROM kommune_candidates
  UNION ALL
  SELECT rc.indicator, rc.source, rc.region_code, rc.year, rc.value, rc.status
  FROM region_candidates rc JOIN regions r ON r.code = rc.region_code AND r.level = 'kommune'
)
SELECT c.indicator, c.source, c.region_code, c.year, c.value, c.status, 1 AS rank, p.priority
FROM c JOIN source_priority p USING (indicator, source)
QUALIFY row_number() OVER (PARTITION BY c.indicator, c.region_code, c.year ORDER BY c.value IS NULL, p.priority) = 1`;

/**
 * A grouping's value is the sum of its member kommuner, only in a year where every member has a row;
 * a member marked missing makes the sum missing. Never a partial sum. Its source is the members'
 * sources, in priority order, joined by '+' («07459+07459-k2024» when a gap was filled from another copy).
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
member_rows AS (
  SELECT m.region_code, k.indicator, k.year, k.value, k.source, k.priority
  FROM region_members m
  JOIN kommune_best k ON k.region_code = m.kommune_code
),
totals AS (
  SELECT region_code, indicator, year,
    CASE WHEN bool_or(value IS NULL) THEN NULL ELSE sum(value) END AS value,
    bool_or(value IS NULL) AS any_missing,
    count(*) AS present,
    min(priority) AS priority
  FROM member_rows
  GROUP BY region_code, indicator, year
),
sources AS (
  SELECT region_code, indicator, year, string_agg(source, '+' ORDER BY priority) AS source
  FROM (SELECT DISTINCT region_code, indicator, year, source, priority FROM member_rows)
  GROUP BY region_code, indicator, year
),
cut_splits AS (
  SELECT DISTINCT m.region_code, p.indicator, p.year
  FROM kommune_parts p
  JOIN kommune_best b ON b.indicator = p.indicator AND b.region_code = p.to_code AND b.year = p.year AND b.source = p.source
  JOIN region_members m ON m.kommune_code = p.to_code
  WHERE p.weight < 1
  GROUP BY m.region_code, p.indicator, p.year, p.vintage, p.source, p.from_code
  HAVING sum(p.weight) < 1 - 1e-9
)
SELECT t.indicator, s.source, t.region_code, t.year, t.value,
  CASE WHEN t.any_missing THEN 'missing' WHEN c.region_code IS NOT NULL THEN 'estimated' ELSE 'summed' END AS status,
  2 AS rank, t.priority
FROM totals t
JOIN sizes z ON z.region_code = t.region_code AND z.members = t.present
JOIN sources s ON s.region_code = t.region_code AND s.indicator = t.indicator AND s.year = t.year
LEFT JOIN cut_splits c ON c.region_code = t.region_code AND c.indicator = t.indicator AND c.year = t.year`;

const CANDIDATES = `
CREATE VIEW candidates AS
SELECT indicator, source, region_code, year, value, status, rank, priority FROM kommune_best
UNION ALL
SELECT c.indicator, c.source, c.region_code, c.year, c.value, c.status, c.rank, p.priority
FROM (
  SELECT indicator, source, region_code, year, value, status, rank FROM county_candidates
  UNION ALL
  SELECT rc.indicator, rc.source, rc.region_code, rc.year, rc.value, rc.status, rc.rank
  FROM region_candidates rc JOIN regions r ON r.code = rc.region_code AND r.level <> 'kommune'
) c JOIN source_priority p USING (indicator, source)
UNION ALL SELECT indicator, source, region_code, year, value, status, rank, priority FROM aggregate_candidates`;

/**
 * One observation per indicator, region and year, by rank: (1) a figure whose area is exactly the 2024
 * region (as published, renumbered or summed from whole merged units); (2) the sum of the 2024 member
 * kommuner; (3) a sum of old counties whose area differs slightly (kommuner that changed county).
 * So a county table is used instead of summing kommuner, except where the county's area has changed.
 * Within a rank, a figure beats a missing marker, then the catalogue's source order decides. Values are
 * rounded to 6 decimals: population-weighted parts of split kommuner otherwise leave float noise in sums
 * (5 213 984.999999999 for 5 213 985).
 */
const OBSERVATIONS = `
CREATE TABLE observations AS
SELECT indicator, region_code, CAST(year AS SMALLINT) AS year, CAST(round(value, 6) AS DOUBLE) AS value, status, source
FROM candidates
QUALIFY row_number() OVER (PARTITION BY indicator, region_code, year ORDER BY rank, value IS NULL, priority) = 1`;

export async function aggregateGroupings(con: DuckDBConnection): Promise<void> {
  // A source missing from source_priority would be dropped by the joins below without a word.
  const unranked = await queryRows(
    con,
    `
    SELECT DISTINCT indicator, source FROM (SELECT indicator, source FROM kommune_candidates UNION ALL SELECT indicator, source FROM county_candidates UNION ALL SELECT indicator, source FROM region_candidates)
    ANTI JOIN source_priority USING (indicator, source) LIMIT 5`,
  );
  if (unranked.length)
    throw new Error(
      `sources not listed for their indicator in data/indicators.ts: ${JSON.stringify(unranked)}`,
    );
  await runStep(con, 'kommune_best', KOMMUNE_BEST);
  await runStep(con, 'aggregate_candidates', AGGREGATE_CANDIDATES);
  await runStep(con, 'candidates', CANDIDATES);
  const ties = await queryRows(
    con,
    `
    SELECT indicator, region_code, year, rank, priority, count(*) AS n FROM candidates
    GROUP BY indicator, region_code, year, rank, priority HAVING count(*) > 1 LIMIT 5`,
  );
  if (ties.length)
    throw new Error(`two candidates of the same rank for ${JSON.stringify(ties)}: a source is staged twice`);
  await runStep(con, 'observations', OBSERVATIONS);
  const broken = await queryRows(
    con,
    `
    SELECT o.* FROM observations o LEFT JOIN regions r ON r.code = o.region_code
    WHERE r.code IS NULL OR (o.value IS NULL) <> (o.status = 'missing') LIMIT 5`,
  );
  if (broken.length)
    throw new Error(`observations without a region or with value/status mismatch: ${JSON.stringify(broken)}`);
}
