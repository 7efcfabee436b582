/**
 * Read what `npm run data:fetch` wrote (data/raw/ssb_api/) back as observations: the entry point for
 * data/build.ts. Each table is decoded and mapped with the same ssb.json entry that fetched it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeJsonStatDataset, type JsonStatDataset } from '../parse/jsonstat';
import type { SsbSources } from '../sources/ssb-sources';
import { loadSsbSources } from '../sources/ssb-sources';
import type { SsbObservation } from '../sources/to-observations';
import type { SsbFlow } from '../sources/to-flows';
import { toObservations } from '../sources/to-observations';
import { toFlows } from '../sources/to-flows';
import { readIndex } from './output';
import type { TableMeta } from './ssb';

export interface FetchedData {
  /** Every table's observations (several tables may feed one indicator; see preferByPriority). */
  observations: SsbObservation[];
  /** The provenance sidecars, by table id. */
  meta: Record<string, TableMeta>;
  /** Parsed KLASS answers by name ("klass-131-changes"). */
  klass: Record<string, unknown>;
  /** Path of each table's data file, by table id, so the manifest can name the file a figure came from. */
  files: Record<string, string>;
  /** Commuting flows of the flow tables (03321), in SSB's numbering of each year. */
  flows?: SsbFlow[];
  /** Ids of the flow tables (they feed the commuting matrix, not an indicator). */
  flowTables?: string[];
  /** Rows left out while reading, one line each («region Fylkene skipped …»), for the build's log. */
  skippedRows?: string[];
  /** SSB's footnotes per table id: the dataset's, each dimension's and each category's («Region 3103 Moss: …»). */
  notes: Record<string, string[]>;
}

/** Every footnote of a dataset, once each, prefixed with what it is attached to. */
export function footnotes(ds: JsonStatDataset): string[] {
  const out = [...ds.note];
  for (const d of ds.dimensions) {
    out.push(...d.note.map((n) => `${d.label || d.id}: ${n}`));
    for (const c of d.categories)
      out.push(...c.note.map((n) => `${d.label || d.id} ${c.code} ${c.label}: ${n}`));
  }
  return [...new Set(out.map((n) => n.trim()).filter(Boolean))];
}

/**
 * Decode and map every table listed in `<dir>/index.json`.
 * @returns null when the folder holds no fetched data (the pipeline then uses the shipped files).
 * @throws Error when a listed table is not in ssb.json or its file does not decode.
 */
export async function readFetchedData(
  dir: string,
  sources: SsbSources = loadSsbSources(),
): Promise<FetchedData | null> {
  const index = await readIndex(dir);
  if (Object.keys(index.tables).length === 0 && Object.keys(index.klass).length === 0) return null;
  const flows: SsbFlow[] = [];
  const flowTables: string[] = [];
  const skippedRows: string[] = [];
  const out: FetchedData = {
    observations: [],
    flows,
    flowTables,
    skippedRows,
    meta: {},
    klass: {},
    files: {},
    notes: {},
  };
  for (const [id, files] of Object.entries(index.tables)) {
    const entry = sources.tables.find((t) => t.id === id);
    if (!entry) throw new Error(`${dir}: table ${id} is not in data/sources/ssb.json`);
    const ds = decodeJsonStatDataset(JSON.parse(await readFile(join(dir, files.data), 'utf-8')) as unknown);
    if (entry.mapping.home) {
      flows.push(...toFlows(ds, entry));
      flowTables.push(id);
    } else out.observations.push(...toObservations(ds, entry, skippedRows));
    out.meta[id] = JSON.parse(await readFile(join(dir, files.meta), 'utf-8')) as TableMeta;
    out.files[id] = join(dir, files.data);
    out.notes[id] = footnotes(ds);
  }
  for (const [name, files] of Object.entries(index.klass)) {
    out.klass[name] = JSON.parse(await readFile(join(dir, files.data), 'utf-8')) as unknown;
  }
  return out;
}
