/**
 * Build time: the engine-free engine's files (src/lib/db/local-files.ts) as the exact text served
 * under `rows/<version>/`, and their SHA-256, which the prerendered pages carry so the browser uses a
 * file only if it is the one this build wrote (like the Parquet files against manifest.json).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR } from './db';
import { parquetRows } from '../db/parquet-rows';
import {
  CATALOGUE_FILE,
  LOCAL_MAX_ROWS,
  catalogueFile,
  indicatorFile,
  indicatorFileName,
} from '../db/local-files';
import type { TableName } from '../schema';
import { parseManifest } from '../manifest';

export interface RowsFiles {
  version: string;
  /** File name → served text; empty when the data is too large for the files. */
  files: Map<string, string>;
}

let built: Promise<RowsFiles> | null = null;

export function rowsFiles(): Promise<RowsFiles> {
  built ??= (async () => {
    const manifest = parseManifest(
      JSON.parse(await readFile(join(DATA_DIR, 'manifest.json'), 'utf8')),
      join(DATA_DIR, 'manifest.json'),
    );
    const files = new Map<string, string>();
    if (manifest.tables.observations.rows > LOCAL_MAX_ROWS) return { version: manifest.version, files };
    const read = async (name: TableName) => {
      const buf = await readFile(join(DATA_DIR, manifest.tables[name].file));
      return parquetRows(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    };
    const [indicators, sources, regions, observations] = await Promise.all([
      read('indicators'),
      read('sources'),
      read('regions'),
      read('observations'),
    ]);
    files.set(
      CATALOGUE_FILE,
      JSON.stringify(catalogueFile({ indicators: indicators!, sources: sources!, regions: regions! })),
    );
    for (const i of indicators!)
      files.set(
        indicatorFileName(i.id as string),
        JSON.stringify(indicatorFile(i.id as string, observations!)),
      );
    return { version: manifest.version, files };
  })();
  return built;
}

/** File name → SHA-256 (hex) of the served text. */
export async function rowsHashes(): Promise<Record<string, string>> {
  const { files } = await rowsFiles();
  return Object.fromEntries(
    [...files].map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]),
  );
}
