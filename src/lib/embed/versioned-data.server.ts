/**
 * Archived embeds read their data from `embed/data/<version>/` (manifest.json and the Parquet files
 * it lists). Every build writes its own version there (src/routes/embed/data), so a chart pinned
 * today keeps its numbers as long as the host keeps the folder: deploys must add, never delete, under
 * embed/data/ (each folder is immutable and named by its content hash).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../schema';
import { TABLE_NAMES } from '../schema';
import { DATA_DIR } from '../server/db';
import { parseManifest } from '../manifest';

export async function currentManifest(dir = DATA_DIR): Promise<Manifest> {
  return parseManifest(
    JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf-8')),
    join(dir, 'manifest.json'),
  );
}

/** The files a version consists of: exactly what the browser engine loads for it. */
export function versionFiles(manifest: Manifest): string[] {
  return ['manifest.json', ...TABLE_NAMES.map((name) => manifest.tables[name].file)];
}

export const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
};
