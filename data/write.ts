/**
 * Write the tables as ZSTD Parquet plus manifest.json into a temporary folder next to static/data,
 * then swap it in, so the app never sees half a build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Manifest, TableName } from '../src/lib/schema';
import { TABLES } from '../src/lib/schema';
import { queryRows, runStep } from './db';
import type { CatalogueEntry } from './indicators';
import { fetchedSourceId as fetchedSourceIdOf, type FetchedIndicator } from './fetched';

/** Sort orders are part of the contract: observations by indicator, region_code, year. */
const ORDER_BY: Record<TableName, string> = {
  regions: 'sort_key',
  observations: 'indicator, region_code, year',
  indicators: 'sort_key',
  sources: 'indicator, priority',
  commuting: 'year, work_code, home_code',
  sectors: 'region_code, sector, year',
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function copyTable(con: DuckDBConnection, table: TableName, dir: string): Promise<string> {
  const file = `${table}.parquet`;
  const path = join(dir, file).replaceAll("'", "''");
  const columns = TABLES[table].join(', ');
  await runStep(
    con,
    `${file}`,
    `COPY (SELECT ${columns} FROM ${table} ORDER BY ${ORDER_BY[table]}) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`,
  );
  return file;
}

async function indicatorSummaries(
  con: DuckDBConnection,
  catalogue: readonly CatalogueEntry[],
  fetched: ReadonlyMap<string, FetchedIndicator>,
): Promise<Manifest['indicators']> {
  const rows = await queryRows(
    con,
    `
    SELECT indicator, count(*) AS n_rows, count(DISTINCT region_code) AS n_regions,
      min(year) FILTER (WHERE value IS NOT NULL) AS first_year, max(year) FILTER (WHERE value IS NOT NULL) AS last_year
    FROM observations GROUP BY indicator`,
  );
  const byId = new Map(rows.map((r) => [String(r.indicator), r]));
  const out: Manifest['indicators'] = {};
  for (const entry of catalogue) {
    const r = byId.get(entry.id);
    const first = r?.first_year;
    const last = r?.last_year;
    const f = fetched.get(entry.id);
    out[entry.id] = {
      years:
        first === null || first === undefined || last === null || last === undefined
          ? null
          : [Number(first), Number(last)],
      rows: Number(r?.n_rows ?? 0),
      regions: Number(r?.n_regions ?? 0),
      // Fetched tables carry their provenance (updated stamp, URL, query, footnotes) in the manifest.
      sources: entry.sources.map((s) => ({
        ...s,
        ...f?.sources.find((x) => fetchedSourceIdOf(x.table_id) === s.id),
      })),
      // The app says per indicator whether it shows the shipped snapshot or data fetched on a given day.
      ...(f ? { origin: 'fetched' as const, retrieved_at: f.retrieved_at } : { origin: 'snapshot' as const }),
    };
  }
  return out;
}

/** Swap `tmp` in as `target`; the old folder is moved aside first and removed after. */
function swapIn(tmp: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}

export async function writeOutputs(
  con: DuckDBConnection,
  outputDir: string,
  catalogue: readonly CatalogueEntry[],
  builtAt = new Date(),
  fetched: ReadonlyMap<string, FetchedIndicator> = new Map(),
  /** Further files (name → text) that must appear together with this data version, e.g. targets.json. */
  extraFiles: Readonly<Record<string, string>> = {},
): Promise<Manifest> {
  const tmp = join(dirname(outputDir), `.data-build-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const tables = {} as Manifest['tables'];
    for (const table of Object.keys(TABLES) as TableName[]) {
      const file = await copyTable(con, table, tmp);
      const bytes = readFileSync(join(tmp, file));
      const [{ n }] = (await queryRows(con, `SELECT count(*) AS n FROM ${table}`)) as [{ n: unknown }];
      tables[table] = { file, rows: Number(n), sha256: sha256(bytes), bytes: statSync(join(tmp, file)).size };
    }
    const version = sha256(
      new TextEncoder().encode(
        Object.values(tables)
          .map((t) => t.sha256)
          .join(''),
      ),
    ).slice(0, 12);
    const manifest: Manifest = {
      version,
      built_at: builtAt.toISOString(),
      tables,
      indicators: await indicatorSummaries(con, catalogue, fetched),
    };
    writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(tmp, name), text);
    mkdirSync(dirname(outputDir), { recursive: true });
    swapIn(tmp, outputDir);
    return manifest;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
