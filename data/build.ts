/**
 * `npm run data`: data/raw + data/regions -> static/data/{regions,observations,indicators}.parquet +
 * manifest.json. Parse in TypeScript, harmonise and aggregate in DuckDB, write atomically.
 */
import { pathToFileURL } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { MAP_FILES, type Manifest, type Region } from '../src/lib/schema';
import { OUTPUT_DIR, REGIONS_DIR } from './paths';
import { readInputs, type Inputs } from './inputs';
import { buildRegions } from './regions';
import { checkStaged, mergeStaged, type Staged } from './staging';
import { countyParts, fylkeExactness } from './counties';
import { CATALOGUE, sourcePriority, type CatalogueEntry } from './indicators';
import { buildCommuting } from './commuting';
import { buildSectors } from './sectors';
import { RAW, rawPath } from './paths';
import { loadTable, openDatabase, runStep, type Database } from './db';
import { harmoniseToBorders2024 } from './harmonise';
import { codesByYearOf } from './correspondence';
import { carryToLaterYears } from './later-years';
import { aggregateGroupings } from './aggregate';
import { writeOutputs } from './write';
import { boundariesTopology } from './boundaries';
import { centralityAt2024, parseCentrality2018, population2018 } from './centrality';
import { checkTargets, readTargetsCsv, targetsJson } from './targets';
import { readFetchedData } from './fetch/read-fetched';
import {
  catalogueWithFetched,
  FETCHED_DIR,
  mergeFetched,
  stageFetched,
  type FetchedIndicator,
} from './fetched';
import { befolkningSeries } from './series/befolkning';
import { sysselsatteSeries } from './series/sysselsatte';
import { sysselsatteNrSeries } from './series/sysselsatte-nr';
import { bruttoproduktSeries } from './series/bruttoprodukt';
import { nyetableringerSeries } from './series/nyetableringer';
import { codeHistory } from './code-history';

export interface BuildOptions {
  outputDir?: string;
  groupingsDir?: string;
  /** Fixed timestamp for the manifest (tests compare two builds). */
  builtAt?: Date;
  /** Folder of `npm run data:fetch` output (default data/raw/ssb_api); null builds from the shipped files only. */
  fetchedDir?: string | null;
  /** The shipped growth targets (default data/targets.csv). */
  targetsFile?: string;
}

export function stageAllSeries(inputs: Inputs): Staged {
  const { klass, correspondence } = inputs;
  const staged = mergeStaged([
    befolkningSeries(
      inputs.population,
      inputs.kommuner2024,
      correspondence.codesByYear,
      inputs.population2024Kommuner,
    ),
    sysselsatteSeries(klass, correspondence.rows, correspondence.codesByYear),
    sysselsatteNrSeries(),
    bruttoproduktSeries(),
    nyetableringerSeries(klass, correspondence.rows),
  ]);
  checkStaged(staged, correspondence.codesByYear);
  const known = new Set(CATALOGUE.map((c) => c.id));
  const unknown = [...staged.kommune, ...staged.county, ...staged.region].find(
    (r) => !known.has(r.indicator),
  );
  if (unknown) throw new Error(`indicator ${unknown.indicator} is not in the catalogue (data/indicators.ts)`);
  return staged;
}

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
    [
      { name: 'code', type: 'VARCHAR' },
      { name: 'name', type: 'VARCHAR' },
      { name: 'level', type: 'VARCHAR' },
      { name: 'kind', type: 'VARCHAR' },
      { name: 'valid_from', type: 'SMALLINT' },
      { name: 'valid_to', type: 'SMALLINT' },
      { name: 'fylke_code', type: 'VARCHAR' },
      { name: 'parents', type: 'VARCHAR' },
      { name: 'members', type: 'VARCHAR' },
      { name: 'source', type: 'VARCHAR' },
      { name: 'sort_key', type: 'DOUBLE' },
    ],
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
  const src = { name: 'source', type: v };
  await loadTable(
    con,
    'staged_kommune',
    [
      { name: 'indicator', type: v },
      src,
      { name: 'code', type: v },
      { name: 'vintage', type: s },
      { name: 'year', type: s },
      { name: 'value', type: d },
    ],
    staged.kommune,
  );
  await loadTable(
    con,
    'staged_county',
    [
      { name: 'indicator', type: v },
      src,
      { name: 'county', type: v },
      { name: 'vintage', type: s },
      { name: 'year', type: s },
      { name: 'value', type: d },
    ],
    staged.county,
  );
  await loadTable(
    con,
    'staged_region',
    [
      { name: 'indicator', type: v },
      src,
      { name: 'region_code', type: v },
      { name: 'year', type: s },
      { name: 'value', type: d },
    ],
    staged.region.map((r) => ({ ...r, region_code: r.region })),
  );
  await loadTable(
    con,
    'source_priority',
    [{ name: 'indicator', type: v }, src, { name: 'priority', type: s }],
    catalogue.flatMap((c) =>
      sourcePriority(c).map((source, priority) => ({ indicator: c.id, source, priority })),
    ),
  );
  await loadTable(
    con,
    'sources_staged',
    [
      { name: 'indicator', type: v },
      { name: 'id', type: v },
      { name: 'label', type: v },
      { name: 'publisher', type: v },
      { name: 'table_id', type: v },
      { name: 'priority', type: s },
    ],
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
    [
      { name: 'from_code', type: v },
      { name: 'to_code', type: v },
      { name: 'weight', type: d },
    ],
    inputs.correspondence.rows.map((r) => ({ from_code: r.from, to_code: r.to, weight: r.weight })),
  );
  const codes = [...inputs.correspondence.codesByYear].flatMap(([vintage, set]) =>
    [...set].map((code) => ({ vintage, code })),
  );
  await loadTable(
    con,
    'kommune_codes',
    [
      { name: 'vintage', type: s },
      { name: 'code', type: v },
    ],
    codes,
  );
  const vintages = [...new Set(staged.county.map((c) => c.vintage))].sort();
  await loadTable(
    con,
    'county_parts',
    [
      { name: 'vintage', type: s },
      { name: 'county', type: v },
      { name: 'fylke', type: v },
    ],
    countyParts(vintages, inputs.klass),
  );
  const exactness = fylkeExactness(vintages, inputs.klass, inputs.correspondence.rows).map((e) => ({
    ...e,
    same_code: e.sameCode,
  }));
  await loadTable(
    con,
    'fylke_exactness',
    [
      { name: 'vintage', type: s },
      { name: 'fylke', type: v },
      { name: 'exact', type: 'BOOLEAN' },
      { name: 'same_code', type: 'BOOLEAN' },
    ],
    exactness,
  );
  await loadTable(
    con,
    'indicators_staged',
    [
      { name: 'id', type: v },
      { name: 'name_nb', type: v },
      { name: 'name_nn', type: v },
      { name: 'name_en', type: v },
      { name: 'unit', type: v },
      { name: 'source', type: v },
      { name: 'table_id', type: v },
      { name: 'definition', type: v },
      { name: 'per_capita', type: 'BOOLEAN' },
      { name: 'breaks', type: v },
      { name: 'break_note', type: v },
      { name: 'sort_key', type: d },
    ],
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

export function regionsOf(inputs: Inputs): Region[] {
  return buildRegions({
    ...inputs,
    kommuner: inputs.kommuner2024,
    fylker: inputs.fylker2024,
    correspondence: inputs.correspondence.rows,
  });
}

export interface StagedWithOrigin {
  /** The inputs, with the classification carried to the later years fetched data are numbered in. */
  inputs: Inputs;
  staged: Staged;
  catalogue: CatalogueEntry[];
  /** Indicators built from fetched tables (empty when nothing was fetched). */
  fetched: Map<string, FetchedIndicator>;
}

/**
 * The shipped series, with every indicator that `fetchedDir` has data for replaced by the fetched rows.
 * @throws Error when a fetched code cannot be placed (see stageFetched), before any SQL runs.
 */
export async function stageWithFetched(inputs: Inputs, fetchedDir: string | null): Promise<StagedWithOrigin> {
  const shipped = stageAllSeries(inputs);
  const data = fetchedDir === null ? null : await readFetchedData(fetchedDir);
  if (!data) return { inputs, staged: shipped, catalogue: CATALOGUE, fetched: new Map() };
  const flows = data.flows ?? [];
  const later = carryToLaterYears(inputs.klass, data.klass, [
    ...data.observations.map((o) => o.code_year),
    ...flows.map((f) => f.year),
  ]);
  const classified: Inputs = later.added.length
    ? {
        ...inputs,
        klass: later.klass,
        correspondence: { ...inputs.correspondence, codesByYear: codesByYearOf(later.klass) },
      }
    : inputs;
  // A fetched commuting matrix replaces the shipped one whole, like a fetched indicator its series.
  const extended: Inputs = flows.length ? { ...classified, commuting: flows } : classified;
  if (flows.length)
    console.log(
      `data: commuting flows from fetched table(s) ${(data.flowTables ?? []).join(', ')} (${flows.length} flows, ${[...new Set(flows.map((f) => f.year))].sort().join(', ')})`,
    );
  const fetched = stageFetched(data, extended.correspondence.codesByYear, extended.klass, CATALOGUE);
  for (const s of fetched.skipped) console.warn(`data: ignored fetched ${s}`);
  const staged = mergeFetched(shipped, fetched);
  checkStaged(staged, extended.correspondence.codesByYear);
  return {
    inputs: extended,
    staged,
    catalogue: catalogueWithFetched(CATALOGUE, fetched.indicators),
    fetched: fetched.indicators,
  };
}

/**
 * The map's boundaries as TopoJSON (static/data/kommuner.topojson, fylker.topojson) and SSB's
 * centrality classes at 2024 kommuner (static/data/sentralitet.json), in the same data version.
 */
export function mapAndCentralityFiles(
  inputs: Inputs,
  regions: readonly { code: string; level: string }[],
): Record<string, string> {
  const codes = (level: string) => new Set(regions.filter((r) => r.level === level).map((r) => r.code));
  const kommuner = codes('kommune');
  const centrality = centralityAt2024(
    parseCentrality2018(rawPath(RAW.centrality2018)),
    inputs.correspondence.rows,
    population2018(rawPath(RAW.populationDerived)),
    kommuner,
  );
  return {
    [MAP_FILES.kommuner]: boundariesTopology(
      { name: 'kommuner', file: rawPath(RAW.kommuneBoundaries2024), codeProperty: 'kommunenummer' },
      kommuner,
    ).text,
    [MAP_FILES.fylker]: boundariesTopology(
      { name: 'fylker', file: rawPath(RAW.fylkeBoundaries2024), codeProperty: 'fylkesnummer' },
      codes('fylke'),
    ).text,
    [MAP_FILES.codeHistory]: JSON.stringify(codeHistory(inputs.klass, inputs.correspondence)),
    [MAP_FILES.centrality]: JSON.stringify({
      source:
        'SSB sentralitetsindeks 2018 (pre-2020 kommuner), carried to 2024 kommuner: class of the most populous 2018 part, population-weighted mean index.',
      kommuner: Object.fromEntries(
        centrality.map((c) => [c.code, { index: c.index, class: c.class, parts: c.parts }]),
      ),
    }),
  };
}

/** Build everything; returns the manifest written. */
export async function buildData(options: BuildOptions = {}): Promise<Manifest> {
  const shippedInputs = readInputs(options.groupingsDir ?? REGIONS_DIR);
  const { inputs, staged, catalogue, fetched } = await stageWithFetched(
    shippedInputs,
    options.fetchedDir === undefined ? FETCHED_DIR : options.fetchedDir,
  );
  const regions = regionsOf(shippedInputs);
  // Targets are checked against this build's regions and indicators and ship in the same data version.
  const targets = checkTargets(
    readTargetsCsv(options.targetsFile),
    new Set(regions.map((r) => r.code)),
    new Set(catalogue.map((c) => c.id)),
  );
  const db = await computeObservations(inputs, regions, staged, catalogue);
  try {
    return await writeOutputs(db.con, options.outputDir ?? OUTPUT_DIR, catalogue, options.builtAt, fetched, {
      'targets.json': targetsJson(targets),
      ...mapAndCentralityFiles(shippedInputs, regions),
    });
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const manifest = await buildData();
  const t = manifest.tables;
  console.log(
    `data: wrote static/data (version ${manifest.version}): ${t.regions.rows} regions, ${t.observations.rows} observations, ${t.indicators.rows} indicators in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const fetched = Object.entries(manifest.indicators).filter(([, i]) => i.origin === 'fetched');
  for (const [id, i] of fetched)
    console.log(
      `data: ${id} from SSB ${i.sources.map((s) => s.table_id).join(', ')} (fetched ${i.retrieved_at ?? '?'}), not the shipped snapshot`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`data: build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
