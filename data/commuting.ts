/**
 * The commuting matrix (SSB 03321: employed persons 15-74, 4th quarter, by kommune of work × kommune of
 * residence) carried to 2024 kommuner, as named SQL steps. A flow between two codes of the year is
 * spread over the 2024 kommuner each lies in; a kommune later split shares its flows by the population
 * weights of the correspondence ('estimated'), and people who lived and worked in such a kommune are
 * kept within the same part (never turned into a flow between its parts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadTable, queryRows, runStep } from './db';
import { numberingOf } from './staging';
import type { CommutingFlow } from './parse/ssb-03321-commuting-csv';

const COMMUTING_PARTS = `
CREATE TABLE commuting_parts AS
SELECT f.year, f.vintage, f.work AS work_from, f.home AS home_from, cw.to_code AS work_code, ch.to_code AS home_code,
  f.persons * cw.weight * CASE WHEN f.work = f.home THEN 1 ELSE ch.weight END AS persons,
  cw.weight < 1 OR ch.weight < 1 AS estimated
FROM staged_commuting f
JOIN correspondence cw ON cw.from_code = f.work
JOIN correspondence ch ON ch.from_code = f.home
WHERE f.work <> f.home OR cw.to_code = ch.to_code`;

/** One row per 2024 work kommune, home kommune and year; status as for observations (harmonise.ts). */
const COMMUTING = `
CREATE TABLE commuting AS
SELECT work_code, home_code, CAST(year AS SMALLINT) AS year, CAST(sum(persons) AS DOUBLE) AS persons,
  CASE
    WHEN bool_or(estimated) THEN 'estimated'
    WHEN count(*) = 1 AND bool_and(work_from = work_code AND home_from = home_code) THEN 'reported'
    ELSE 'harmonised'
  END AS status
FROM commuting_parts
GROUP BY work_code, home_code, year`;

/**
 * Loads the flows, checks every code against its year's kommune list, and builds `commuting`. Needs the
 * `correspondence` and `kommune_codes` tables of the observation build.
 */
export async function buildCommuting(
  con: DuckDBConnection,
  flows: readonly CommutingFlow[],
  codesByYear: Map<number, Set<string>>,
  source: string,
): Promise<void> {
  const years = [...new Set(flows.map((f) => f.year))];
  const vintage = new Map(
    years.map((y) => [
      y,
      numberingOf(
        flows.filter((f) => f.year === y).flatMap((f) => [f.work, f.home]),
        y,
        codesByYear,
        source,
      ),
    ]),
  );
  await loadTable(
    con,
    'staged_commuting',
    { work: 'VARCHAR', home: 'VARCHAR', year: 'SMALLINT', vintage: 'SMALLINT', persons: 'DOUBLE' },
    flows.map((f) => ({ ...f, vintage: vintage.get(f.year) })),
  );
  await runStep(con, 'commuting_parts', COMMUTING_PARTS);
  await runStep(con, 'commuting', COMMUTING);
  // Every person must arrive somewhere: weights of a split sum to 1, so totals are kept exactly.
  const [lost] = await queryRows(
    con,
    `SELECT (SELECT sum(persons) FROM staged_commuting) - (SELECT sum(persons) FROM commuting) AS diff`,
  );
  if (Math.abs(Number(lost?.diff ?? 0)) > 1e-6)
    throw new Error(`${source}: ${String(lost?.diff)} persons lost carrying flows to 2024 kommuner`);
}
