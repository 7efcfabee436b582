/**
 * harmoniseToBorders2024: carry every staged value onto 2024 borders, as named SQL steps.
 * - kommune cells via the kommune correspondence (renumberings followed, mergers summed, splits weighted);
 * - county cells by summing whole counties into 2024 fylker;
 * - region cells (Hele landet, an unchanged økonomisk region) are already at 2024 borders.
 * Each step produces candidates (indicator, source, region_code, year, value, status, rank), one per
 * source; aggregate.ts picks one per kommune by source priority, adds the sums over groupings and picks
 * one candidate per region and year.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { runStep } from './db';

/** Every source cell spread over the 2024 kommuner it lies in (weight 1 unless its kommune was later split). */
const KOMMUNE_PARTS = `
CREATE TABLE kommune_parts AS
SELECT s.indicator, s.source, s.year, s.vintage, s.code AS from_code, c.to_code, c.weight, s.value
FROM staged_kommune s
JOIN correspondence c ON c.from_code = s.code`;

/**
 * What a 2024 kommune needs from a source of a given vintage: every code valid on that 1 January that
 * lies (partly) in it. Moss 3103 in 2019 needs 0104 Moss and 0136 Rygge; in 2020 only 3002.
 */
const KOMMUNE_NEEDS = `
CREATE TABLE kommune_needs AS
SELECT DISTINCT t.indicator, t.source, t.year, t.vintage, c.to_code, c.from_code, c.weight
FROM (SELECT DISTINCT indicator, source, year, vintage, to_code FROM kommune_parts) t
JOIN correspondence c ON c.to_code = t.to_code
JOIN kommune_codes k ON k.vintage = t.vintage AND k.code = c.from_code`;

/**
 * One value per 2024 kommune and year, only when every needed part is in the source: a merged kommune
 * with a part absent gets no value rather than a partial sum. A part the source marks missing makes the
 * whole 'missing'. Status: a weighted part makes an estimate; one part with the same code is as reported;
 * anything else (renumbered, merged) is harmonised.
 */
const KOMMUNE_CANDIDATES = `
CREATE TABLE kommune_candidates AS
SELECT n.indicator, n.source, n.to_code AS region_code, n.year,
  CASE WHEN bool_or(p.value IS NULL) THEN NULL ELSE sum(p.value * n.weight) END AS value,
  CASE
    WHEN bool_or(p.value IS NULL) THEN 'missing'
    WHEN bool_or(n.weight < 1) THEN 'estimated'
    WHEN count(*) = 1 AND bool_and(n.from_code = n.to_code) THEN 'reported'
    ELSE 'harmonised'
  END AS status,
  1 AS rank
FROM kommune_needs n
LEFT JOIN kommune_parts p USING (indicator, source, year, vintage, from_code, to_code)
GROUP BY n.indicator, n.source, n.to_code, n.year, n.vintage
HAVING count(p.from_code) = count(*)`;

/**
 * 2024 fylker from the counties of the time, summed only when every county that goes into the fylke
 * has a value (Innlandet needs Hedmark and Oppland). Counties split in 2024 (Viken, Vestfold og
 * Telemark, Troms og Finnmark) have no county_parts row and are dropped here. An exact area match ranks
 * first; an approximate one (kommuner that changed county) ranks below a sum of the 2024 kommuner.
 */
const COUNTY_CANDIDATES = `
CREATE TABLE county_candidates AS
WITH needs AS (
  SELECT DISTINCT s.indicator, s.source, s.year, s.vintage, mine.fylke, other.county
  FROM staged_county s
  JOIN county_parts mine ON mine.vintage = s.vintage AND mine.county = s.county
  JOIN county_parts other ON other.vintage = s.vintage AND other.fylke = mine.fylke
)
SELECT n.indicator, n.source, n.fylke AS region_code, n.year,
  CASE WHEN bool_or(s.value IS NULL) THEN NULL ELSE sum(s.value) END AS value,
  CASE WHEN bool_or(s.value IS NULL) THEN 'missing' WHEN bool_and(e.same_code) THEN 'reported' ELSE 'harmonised' END AS status,
  CASE WHEN bool_and(e.exact) THEN 1 ELSE 3 END AS rank
FROM needs n
LEFT JOIN staged_county s USING (indicator, source, year, vintage, county)
JOIN fylke_exactness e ON e.vintage = n.vintage AND e.fylke = n.fylke
GROUP BY n.indicator, n.source, n.fylke, n.year, n.vintage
HAVING count(s.county) = count(*)`;

/** Figures the source prints for a region that has the same area today (Hele landet, økonomisk region 34001). */
const REGION_CANDIDATES = `
CREATE TABLE region_candidates AS
SELECT indicator, source, region_code, year, value,
  CASE WHEN value IS NULL THEN 'missing' ELSE 'reported' END AS status,
  1 AS rank
FROM staged_region`;

export async function harmoniseToBorders2024(con: DuckDBConnection): Promise<void> {
  await runStep(con, 'kommune_parts', KOMMUNE_PARTS);
  await runStep(con, 'kommune_needs', KOMMUNE_NEEDS);
  await runStep(con, 'kommune_candidates', KOMMUNE_CANDIDATES);
  await runStep(con, 'county_candidates', COUNTY_CANDIDATES);
  await runStep(con, 'region_candidates', REGION_CANDIDATES);
}
