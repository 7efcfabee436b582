/**
 * One Node DuckDB over static/data for the whole prerender: hundreds of pages share it instead of
 * each opening its own. Build time only (src/lib/server is never bundled for the browser).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNodeDb } from '../db/node';
import type { NodeDb } from '../db/node';
import { parseTargetFile } from '../targets/target-file';
import type { Target } from '../targets/model';

export const DATA_DIR = 'static/data';

let db: Promise<NodeDb> | null = null;

export function buildDb(): Promise<NodeDb> {
  db ??= openNodeDb(DATA_DIR);
  return db;
}

/** The shipped targets as validated by the data build (static/data/targets.json). */
export async function shippedTargets(): Promise<Target[]> {
  return parseTargetFile(JSON.parse(await readFile(join(DATA_DIR, 'targets.json'), 'utf-8')));
}
