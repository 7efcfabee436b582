import type { Table } from 'apache-arrow';
import type { Row } from './engine';

/** Arrow values → plain JS: bigints to numbers (our integers are years and counts), lists to arrays. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object' && 'toArray' in v && typeof v.toArray === 'function') {
    return Array.from(v.toArray() as Iterable<unknown>, plain);
  }
  return v;
}

export function arrowRows(table: Table): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const out: Row[] = new Array(table.numRows);
  let i = 0;
  for (const r of table) {
    const row: Row = {};
    for (const name of names) row[name] = plain((r as unknown as Record<string, unknown>)[name]);
    out[i++] = row;
  }
  return out;
}
