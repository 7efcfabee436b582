/**
 * The SQL half of the build: regions and staged rows loaded into a fresh in-memory DuckDB, then
 * harmonised to 2024 borders, summed into groupings, and commuting and sectors built beside them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Region } from '../src/lib/schema';
import type { Inputs } from './inputs';
import type { Staged } from './staging';
import { countyParts, fylkeExactness } from './counties';
import { CATALOGUE, sourcePriority, type CatalogueEntry } from './indicators';
import { buildCommuting } from './commuting';
import { buildSectors } from './sectors';
import { RAW } from './paths';
import { loadTable, openDatabase, runStep, type Database } from './db';
import { harmoniseToBorders2024 } from './harmonise';
import { aggregateGroupings } from './aggregate';

async function loadRegions(con: DuckDBConnection, regions: Region[]): Promise<void> {
  const rows = regions.map((r, i) => ({
    ...r,
    parents: r.parents.join(' '),
    members: r.members.join(' '),
    sort_key: i,
  }));
  await loadTable(
    con,
    'regions_staged',
    {
      code: 'VARCHAR',
      name: 'VARCHAR',
      level: 'VARCHAR',
      kind: 'VARCHAR',
      valid_from: 'SMALLINT',
      valid_to: 'SMALLINT',
      fylke_code: 'VARCHAR',
      parents: 'VARCHAR',
      members: 'VARCHAR',
      source: 'VARCHAR',
      sort_key: 'DOUBLE',
    },
    rows,
  );
  // Codes never contain spaces, so a space-joined list round-trips; '' is the empty list.
  const list = (col: string) =>
    `CASE WHEN ${col} = '' THEN []::VARCHAR[] ELSE string_split(${col}, ' ') END AS ${col}`;
  await runStep(
    con,
    'regions',
    `CREATE TABLE regions AS SELECT code, name, level, kind, valid_from, valid_to, fylke_code, ${list('parents')}, ${list('members')}, source, sort_key FROM regions_staged`,
  );
  await runStep(
    con,
    'region_members',
    "CREATE TABLE region_members AS SELECT code AS region_code, unnest(members) AS kommune_code FROM regions WHERE level <> 'kommune'",
  );
}

async function loadStaged(
  con: DuckDBConnection,
  inputs: Inputs,
  staged: Staged,
  catalogue: readonly CatalogueEntry[],
): Promise<void> {
  const v = 'VARCHAR' as const;
  const s = 'SMALLINT' as const;
  const d = 'DOUBLE' as const;
  await loadTable(
    con,
    'staged_kommune',
    { indicator: v, source: v, code: v, vintage: s, year: s, value: d },
    staged.kommune,
  );
  await loadTable(
    con,
    'staged_county',
    { indicator: v, source: v, county: v, vintage: s, year: s, value: d },
    staged.county,
  );
  await loadTable(
    con,
    'staged_region',
    { indicator: v, source: v, region_code: v, year: s, value: d },
    staged.region.map((r) => ({ ...r, region_code: r.region })),
  );
  await loadTable(
    con,
    'source_priority',
    { indicator: v, source: v, priority: s },
    catalogue.flatMap((c) =>
      sourcePriority(c).map((source, priority) => ({ indicator: c.id, source, priority })),
    ),
  );
  await loadTable(
    con,
    'sources_staged',
    { indicator: v, id: v, label: v, publisher: v, table_id: v, priority: s },
    catalogue.flatMap((c) =>
      sourcePriority(c).map((id, priority) => ({
        ...c.sources.find((x) => x.id === id),
        indicator: c.id,
        id,
        priority,
      })),
    ),
  );
  await runStep(con, 'sources', 'CREATE TABLE sources AS SELECT * FROM sources_staged');
  await loadTable(
    con,
    'correspondence',
    { from_code: v, to_code: v, weight: d },
    inputs.correspondence.rows.map((r) => ({ from_code: r.from, to_code: r.to, weight: r.weight })),
  );
  const codes = [...inputs.correspondence.codesByYear].flatMap(([vintage, set]) =>
    [...set].map((code) => ({ vintage, code })),
  );
  await loadTable(con, 'kommune_codes', { vintage: s, code: v }, codes);
  const vintages = [...new Set(staged.county.map((c) => c.vintage))].sort();
  await loadTable(
    con,
    'county_parts',
    { vintage: s, county: v, fylke: v },
    countyParts(vintages, inputs.klass),
  );
  const exactness = fylkeExactness(vintages, inputs.klass, inputs.correspondence.rows).map((e) => ({
    ...e,
    same_code: e.sameCode,
  }));
  await loadTable(
    con,
    'fylke_exactness',
    { vintage: s, fylke: v, exact: 'BOOLEAN', same_code: 'BOOLEAN' },
    exactness,
  );
  await loadTable(
    con,
    'indicators_staged',
    {
      id: v,
      name_nb: v,
      name_nn: v,
      name_en: v,
      unit: v,
      source: v,
      table_id: v,
      definition: v,
      per_capita: 'BOOLEAN',
      breaks: v,
      break_note: v,
      sort_key: d,
    },
    catalogue.map((c, i) => ({ ...c, breaks: c.breaks.join(' '), sort_key: i })),
  );
  await runStep(
    con,
    'indicators',
    `CREATE TABLE indicators AS SELECT * REPLACE (
    CASE WHEN breaks = '' THEN []::SMALLINT[] ELSE list_transform(string_split(breaks, ' '), y -> CAST(y AS SMALLINT)) END AS breaks) FROM indicators_staged`,
  );
}

/**
 * Load regions and staged rows into a fresh in-memory DuckDB and run the SQL steps; the caller owns
 * (and closes) the database, whose `observations`, `regions` and `indicators` tables are final.
 */
export async function computeObservations(
  inputs: Inputs,
  regions: Region[],
  staged: Staged,
  catalogue: readonly CatalogueEntry[] = CATALOGUE,
): Promise<Database> {
  const db = await openDatabase();
  try {
    await loadRegions(db.con, regions);
    await loadStaged(db.con, inputs, staged, catalogue);
    await harmoniseToBorders2024(db.con);
    await aggregateGroupings(db.con);
    await buildCommuting(db.con, inputs.commuting, inputs.correspondence.codesByYear, RAW.commuting03321);
    await buildSectors(db.con, inputs.correspondence.rows);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
