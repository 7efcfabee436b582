/** The real pipeline run in memory once per test file: inputs, regions and the final observations. */
import { readInputs, type Inputs } from '../../../data/inputs';
import { computeObservations } from '../../../data/compute';
import { regionsOf, stageAllSeries } from '../../../data/stage';
import { queryRows, type Database } from '../../../data/db';
import type { Region } from '../../../src/lib/schema';

export interface BuiltData {
  inputs: Inputs;
  regions: Region[];
  db: Database;
  /** Observation value and status of one indicator, region and year (undefined when there is no row). */
  obs: (
    indicator: string,
    region: string,
    year: number,
  ) => Promise<{ value: number | null; status: string } | undefined>;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
}

export async function buildInMemory(): Promise<BuiltData> {
  const inputs = readInputs();
  const regions = regionsOf(inputs);
  const db = await computeObservations(inputs, regions, stageAllSeries(inputs));
  const query = (sql: string) => queryRows(db.con, sql);
  const obs = async (indicator: string, region: string, year: number) => {
    const rows = await query(
      `SELECT value, status FROM observations WHERE indicator = '${indicator}' AND region_code = '${region}' AND year = ${year}`,
    );
    const row = rows[0];
    return row ? { value: row.value as number | null, status: String(row.status) } : undefined;
  };
  return { inputs, regions, db, obs, query };
}
