/**
 * Loads the shipped tables for the engine-free engine (local.ts): the four small Parquet files
 * (tens of kB), decoded with hyparquet and ZSTD only (what the pipeline writes), without Arrow or
 * DuckDB, so a page can answer its first view long before DuckDB-wasm has compiled.
 */
import { parquetReadObjects } from 'hyparquet';
import type { Compressors } from 'hyparquet';
import { decompress } from 'fzstd';
import type { Manifest, TableName } from '../schema';
import type { Row } from './engine';
import { localEngine } from './local';
import type { Engine } from './engine';
import type { LocalObservation, LocalTables } from './local';

/** The pipeline writes ZSTD (data/write.ts); another codec fails loudly in hyparquet. */
const compressors: Compressors = { ZSTD: (input) => decompress(input) };

export const LOCAL_TABLES = ['indicators', 'sources', 'regions', 'observations'] as const satisfies readonly TableName[];

/** The URL of a table's file, cache-busted by the data version (the same URL DuckDB's loader fetches). */
export function tableUrl(dataUrl: URL, manifest: Manifest, name: TableName): URL {
  return new URL(`${manifest.tables[name].file}?v=${manifest.version}`, dataUrl);
}

/** Decodes one Parquet file to plain rows; nulls stay null (hyparquet gives undefined for some). */
export async function parquetRows(bytes: ArrayBuffer): Promise<Row[]> {
  const rows = (await parquetReadObjects({ file: bytes, compressors })) as Row[];
  for (const row of rows) for (const key in row) if (row[key] === undefined) row[key] = null;
  return rows;
}

async function fetchRows(url: URL): Promise<Row[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url.pathname}: HTTP ${res.status}`);
  return parquetRows(await res.arrayBuffer());
}

export interface LocalDb {
  engine: Engine;
  manifest: Manifest;
}

/** Fetches and decodes the tables in parallel; `manifest` may come with the page (no extra request). */
export async function startLocalDb(dataUrl: URL, manifest?: Manifest): Promise<LocalDb> {
  if (!manifest) {
    const res = await fetch(new URL('manifest.json', dataUrl));
    if (!res.ok) throw new Error(`could not load manifest.json: HTTP ${res.status}`);
    manifest = (await res.json()) as Manifest;
  }
  const m = manifest;
  const [indicators, sources, regions, observations] = await Promise.all(LOCAL_TABLES.map((name) => fetchRows(tableUrl(dataUrl, m, name))));
  const tables: LocalTables = { indicators: indicators!, sources: sources!, regions: regions!, observations: observations as unknown as LocalObservation[] };
  return { engine: localEngine(tables), manifest: m };
}
