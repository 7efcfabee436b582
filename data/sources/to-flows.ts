/**
 * Decoded SSB JSON-stat cells of a flow table (03321, `mapping.home` set) → commuting flows between
 * kommuner, in SSB's numbering of their year; to-observations.ts does the same for indicator tables.
 */
import type { JsonStatDataset } from '../parse/jsonstat';
import { jsonStatRows } from '../parse/jsonstat-cells';
import type { SsbTableSource } from './ssb-sources';
import { checkDimensions, normaliseRegionCode } from './to-observations';

/** One commuting flow of a fetched flow table, in SSB's numbering of its year. */
export interface SsbFlow {
  work: string;
  home: string;
  year: number;
  persons: number;
}

/**
 * The cells of a flow table (`mapping.home` set; 03321) as flows between kommuner: empty and zero cells are
 * dropped (a matrix of every pair is mostly zeros, and codes of other years are filled with 0 or a symbol),
 * as are codes that are no kommune (Svalbard, sokkel, uoppgitt, totals).
 * @throws Error when a dimension is missing, another dimension has several codes, or a time code is no year.
 */
export function toFlows(ds: JsonStatDataset, entry: SsbTableSource): SsbFlow[] {
  const m = entry.mapping;
  if (!m.home) throw new Error(`table ${entry.id}: not a flow table (mapping.home is not set)`);
  checkDimensions(ds, entry);
  if (!ds.ids.includes(m.home))
    throw new Error(`table ${entry.id}: dimension ${m.home} not in the response (has ${ds.ids.join(', ')})`);
  const out: SsbFlow[] = [];
  for (const row of jsonStatRows(ds)) {
    if (row.value === null || row.value === 0) continue;
    const work = normaliseRegionCode(row.codes[m.region] ?? '');
    const home = normaliseRegionCode(row.codes[m.home] ?? '');
    if (work.level !== 'kommune' || home.level !== 'kommune') continue;
    const time = row.codes[m.time] ?? '';
    if (!/^\d{4}$/.test(time)) throw new Error(`table ${entry.id}: time code ${time} is not a year`);
    out.push({ work: work.code, home: home.code, year: Number(time), persons: row.value });
  }
  return out;
}
