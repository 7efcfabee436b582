import { DataType } from 'apache-arrow';
import type { Table, Vector } from 'apache-arrow';
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
 * One column's values as a plain array. Numbers without nulls are read whole (`toArray`: one typed
 * array per record batch); strings value by value, which is faster than their `toArray`; other types
 * (lists, numbers with nulls, which a typed array would turn into 0) through `plain`.
 */
function columnValues(column: Vector): ArrayLike<unknown> {
  const type = column.type;
  if ((DataType.isInt(type) || DataType.isFloat(type)) && column.nullCount === 0) {
    const values = column.toArray() as ArrayLike<unknown>;
    return values instanceof BigInt64Array || values instanceof BigUint64Array
      ? Array.from(values, Number)
      : values;
  }
  const read = DataType.isUtf8(type) ? (i: number) => column.get(i) : (i: number) => plain(column.get(i));
  return Array.from({ length: column.length }, (_, i) => read(i));
}

/**
 * Plain rows from an Arrow table, read column by column: iterating a Table makes one proxy per row,
 * which took ~530 ms for a 100 000-row answer (bench, 10M-row data) against ~90 ms value by value
 * and ~50 ms reading numbers whole (Node, 100 000 coverage rows).
 */
export function arrowRows(table: Table): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((name) => columnValues(table.getChild(name)!));
  const out: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![i];
    out[i] = row;
  }
  return out;
}
