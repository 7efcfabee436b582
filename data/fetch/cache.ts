/**
 * The resume cache of `npm run data:fetch`: every table is written here as soon as it is fetched, so a
 * run that stops (SSB down past the wait budget, Ctrl-C) resumes from the tables it already has. An entry
 * is used only for the same query against the same API, and only while it is fresh; a finished run
 * removes the entries it wrote into data/raw/ssb_api.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SsbTableSource } from '../sources/ssb-sources';
import type { FetchedTable, PxApiSettings, TableMeta } from './ssb';

/** A day: SSB publishes at most daily, so an older entry might miss a release. */
export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** What a cached table must have been fetched with to stand in for a fetch now. */
function cacheKey(entry: SsbTableSource, api: PxApiSettings): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        entry,
        baseUrl: api.baseUrl,
        lang: api.lang,
        outputFormat: api.outputFormat,
        maxCells: api.maxCellsPerRequest,
      }),
    )
    .digest('hex');
}

/** The cached table, or null when there is none, it was fetched with another query, or it is too old. */
export async function readCached(
  dir: string,
  entry: SsbTableSource,
  api: PxApiSettings,
  now: Date,
  maxAgeMs = CACHE_MAX_AGE_MS,
): Promise<FetchedTable | null> {
  try {
    const key = await readFile(join(dir, `${entry.id}.key`), 'utf-8');
    if (key.trim() !== cacheKey(entry, api)) return null;
    const meta = JSON.parse(await readFile(join(dir, `${entry.id}.meta.json`), 'utf-8')) as TableMeta;
    if (!(now.getTime() - Date.parse(meta.retrieved_at) < maxAgeMs)) return null;
    const text = await readFile(join(dir, `${entry.id}.json`), 'utf-8');
    if (createHash('sha256').update(text).digest('hex') !== meta.sha256) return null;
    return { id: entry.id, text, meta };
  } catch {
    return null;
  }
}

/** Keep a fetched table for a later run; the key file is written last, so a half-written entry is never used. */
export async function writeCached(
  dir: string,
  entry: SsbTableSource,
  api: PxApiSettings,
  table: FetchedTable,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await rm(join(dir, `${entry.id}.key`), { force: true });
  await writeFile(join(dir, `${entry.id}.json`), table.text, 'utf-8');
  await writeFile(join(dir, `${entry.id}.meta.json`), `${JSON.stringify(table.meta, null, 2)}\n`, 'utf-8');
  await writeFile(join(dir, `${entry.id}.key`), `${cacheKey(entry, api)}\n`, 'utf-8');
}

/** Remove the entries of these tables (they are in the output folder now). */
export async function clearCached(dir: string, ids: readonly string[]): Promise<void> {
  for (const id of ids)
    for (const f of [`${id}.key`, `${id}.json`, `${id}.meta.json`]) await rm(join(dir, f), { force: true });
  // An empty cache folder is no state worth leaving behind.
  if ((await readdir(dir).catch(() => ['?'])).length === 0) await rmdir(dir).catch(() => undefined);
}
