/**
 * The engine-free engine's files for this build (src/lib/db/local-files.ts): `rows/<version>/catalogue.json`
 * and `rows/<version>/<indicator>.json`, written at build time from the shipped Parquet in static/data
 * by the same decoder the tests use. Versioned, so a page never mixes files of two data builds.
 */
import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR } from '$lib/server/db';
import { parquetRows } from '$lib/db/parquet-rows';
import { CATALOGUE_FILE, LOCAL_MAX_ROWS, catalogueFile, indicatorFile, indicatorFileName } from '$lib/db/local-files';
import type { Row } from '$lib/db/engine';
import type { Manifest, TableName } from '$lib/schema';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

interface Shipped {
  manifest: Manifest;
  tables: Record<'indicators' | 'sources' | 'regions' | 'observations', Row[]>;
}

let shipped: Promise<Shipped> | null = null;
function load(): Promise<Shipped> {
  shipped ??= (async () => {
    const manifest = JSON.parse(await readFile(join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
    const read = async (name: TableName) => {
      const buf = await readFile(join(DATA_DIR, manifest.tables[name].file));
      return parquetRows(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    };
    const [indicators, sources, regions, observations] = await Promise.all([read('indicators'), read('sources'), read('regions'), read('observations')]);
    return { manifest, tables: { indicators: indicators!, sources: sources!, regions: regions!, observations: observations! } };
  })();
  return shipped;
}

const files = ({ tables }: Shipped) => [CATALOGUE_FILE, ...tables.indicators.map((i) => indicatorFileName(i.id as string))];

export const entries: EntryGenerator = async () => {
  const manifest = JSON.parse(await readFile(join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.tables.observations.rows > LOCAL_MAX_ROWS) return [];
  const s = await load();
  return files(s).map((file) => ({ version: s.manifest.version, file }));
};

export const GET: RequestHandler = async ({ params }) => {
  const s = await load();
  if (params.version !== s.manifest.version || !files(s).includes(params.file)) error(404, 'not built');
  const body =
    params.file === CATALOGUE_FILE
      ? catalogueFile(s.tables)
      : indicatorFile(decodeURIComponent(params.file.replace(/\.json$/, '')), s.tables.observations);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
