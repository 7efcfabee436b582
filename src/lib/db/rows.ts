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

/**
 * Plain rows from an Arrow table, read column by column: iterating a Table makes one proxy per row,
 * which took ~530 ms for a 100 000-row answer (bench, 10M-row data) against ~130 ms this way.
 */
export function arrowRows(table: Table): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((name) => table.getChild(name)!);
  const out: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = plain(columns[c]!.get(i));
    out[i] = row;
  }
  return out;
}
