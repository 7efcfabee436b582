/**
 * Employed persons by place of work and sector (SSB 13472, 4th quarter, 15-74) for the 23 kommuner of
 * Vestfold and Telemark 2010-2021, the two fylker, and the whole country by the same five sectors:
 * the input of the shift-share page (`static/data/sectors.parquet`). Only these kommuner are in the
 * files; no other kommune gets a row, so the page can say plainly that it cannot compute them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadTable, queryRows, runStep } from './db';
import { RAW, rawPath } from './paths';
import type { CorrespondenceRow } from './correspondence';
import {
  parse13472SektorNational,
  parse13472SektorVestfoldTelemark,
  type EmploymentRow,
} from './parse/ssb-13472-employment-csv';

/** The five sectors of 13472, which add up to all employed persons. */
export const SECTORS = [
  'Statsforvaltningen',
  'Kommunal forvaltning',
  'Fylkeskommunal forvaltning',
  'Offentlige eide foretak',
  'Privat sektor',
] as const;

/**
 * A fylke row is the sum of its kommuner only where every kommune of the fylke has a value that
 * year: a missing (suppressed) cell leaves the fylke missing, never a sum that is too low.
 */
const SECTORS_TABLE = `
CREATE TABLE sectors AS
WITH kommuner AS (
  SELECT s.region_code, s.sector, s.year, s.persons, r.fylke_code
  FROM staged_sectors s JOIN regions r ON r.code = s.region_code AND r.level = 'kommune'
),
fylker AS (
  SELECT k.fylke_code AS region_code, k.sector, k.year,
    CASE WHEN count(k.persons) = (SELECT count(*) FROM regions m WHERE m.level = 'kommune' AND m.fylke_code = k.fylke_code)
      THEN sum(k.persons) END AS persons
  FROM kommuner k GROUP BY k.fylke_code, k.sector, k.year
)
SELECT region_code, sector, CAST(year AS SMALLINT) AS year, CAST(persons AS DOUBLE) AS persons, '13472' AS source FROM kommuner
UNION ALL
SELECT region_code, sector, CAST(year AS SMALLINT), CAST(persons AS DOUBLE), '13472' FROM fylker
UNION ALL
SELECT region_code, sector, CAST(year AS SMALLINT), CAST(persons AS DOUBLE), '13472' FROM staged_sectors WHERE region_code = '0'`;

function checkSectors(rows: readonly EmploymentRow[], source: string): void {
  for (const r of rows)
    if (!(SECTORS as readonly string[]).includes(r.part))
      throw new Error(`${source}: unknown sector ${JSON.stringify(r.part)}`);
}

/** Loads both files at 2024 kommune codes (every 38xx code is a 1:1 renumbering) and builds `sectors`. */
export async function buildSectors(
  con: DuckDBConnection,
  correspondence: readonly CorrespondenceRow[],
): Promise<void> {
  const kommuner = parse13472SektorVestfoldTelemark(rawPath(RAW.employmentSektorVT));
  const national = parse13472SektorNational(rawPath(RAW.employmentSektorNational));
  checkSectors(kommuner, RAW.employmentSektorVT);
  checkSectors(national, RAW.employmentSektorNational);
  const to2024 = (code: string) => {
    const to = correspondence.filter((r) => r.from === code);
    if (to.length !== 1 || to[0]?.weight !== 1)
      throw new Error(`${RAW.employmentSektorVT}: ${code} is not a 1:1 code`);
    return to[0].to;
  };
  await loadTable(
    con,
    'staged_sectors',
    { region_code: 'VARCHAR', sector: 'VARCHAR', year: 'SMALLINT', persons: 'DOUBLE' },
    [
      ...kommuner.map((r) => ({
        region_code: to2024(r.kommune),
        sector: r.part,
        year: r.year,
        persons: r.persons,
      })),
      ...national.map((r) => ({ region_code: '0', sector: r.part, year: r.year, persons: r.persons })),
    ],
  );
  await runStep(con, 'sectors', SECTORS_TABLE);
  // A code the regions table does not know would silently drop out of the join above.
  const [lost] = await queryRows(
    con,
    `SELECT (SELECT count(*) FROM staged_sectors) - (SELECT count(*) FROM sectors WHERE length(region_code) <> 2) AS n`,
  );
  if (Number(lost?.n ?? 0) !== 0)
    throw new Error(`${RAW.employmentSektorVT}: ${String(lost?.n)} rows not placed`);
}
