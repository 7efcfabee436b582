/**
 * DuckDB (node-api) result → Apache Arrow IPC stream. @duckdb/node-api 1.5 has no Arrow export (and
 * DuckDB's arrow extension would be downloaded from the internet), so the columns are rebuilt with
 * apache-arrow 17 from their DuckDB types.
 *
 * Types follow DuckDB's so the browser gets what DuckDB-wasm would give: SMALLINT → Int16,
 * BIGINT → Int64 (decoded to numbers by rows.ts), DOUBLE → Float64, VARCHAR[] → List<Utf8>.
 * Numbers and text are written straight into Arrow buffers: apache-arrow's generic builder
 * (`vectorFromArray`) took 170–300 ms for the 100 000 region codes of a coverage answer at 10M rows,
 * the buffers below 40–60 ms (numbers: ~40 ms → ~1 ms).
 */
import { DuckDBDecimalValue, DuckDBListValue, DuckDBTypeId } from '@duckdb/node-api';
import type { DuckDBResultReader, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import {
  Bool,
  Field,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  Int8,
  List,
  Table,
  Uint16,
  Uint32,
  Uint8,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import type { DataType, Vector } from 'apache-arrow';

type Fixed = Int8 | Int16 | Int32 | Uint8 | Uint16 | Uint32 | Float32 | Float64;
type FixedArray =
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/** Arrow's validity bitmap (bit set = value present), or null when nothing is missing. */
function validity(values: readonly unknown[]): { bitmap: Uint8Array | undefined; nulls: number } {
  let nulls = 0;
  for (const v of values) if (v === null || v === undefined) nulls++;
  if (nulls === 0) return { bitmap: undefined, nulls };
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { bitmap, nulls };
}

function fixedVector(
  type: Fixed,
  Array_: new (n: number) => FixedArray,
  values: readonly unknown[],
  toNumber: (v: unknown) => number,
): Vector {
  const data = new Array_(values.length);
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) data[i] = toNumber(v);
  });
  const { bitmap, nulls } = validity(values);
  return makeVector(
    makeData({ type, length: values.length, nullCount: nulls, data, nullBitmap: bitmap } as never),
  );
}

function int64Vector(values: readonly unknown[]): Vector {
  const data = new BigInt64Array(values.length);
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) data[i] = BigInt(v as bigint | number);
  });
  const { bitmap, nulls } = validity(values);
  return makeVector(
    makeData({ type: new Int64(), length: values.length, nullCount: nulls, data, nullBitmap: bitmap }),
  );
}

const encoder = new TextEncoder();

/** Utf8: all strings in one buffer, with offsets; one TextEncoder pass. */
function utf8Vector(values: readonly unknown[]): Vector {
  const texts = values.map((v) => (v === null || v === undefined ? '' : String(v)));
  const offsets = new Int32Array(values.length + 1);
  let bytes = new Uint8Array(Math.max(16, texts.reduce((n, t) => n + t.length, 0) * 3));
  let at = 0;
  texts.forEach((t, i) => {
    if (at + t.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + t.length * 3));
      grown.set(bytes);
      bytes = grown;
    }
    at += encoder.encodeInto(t, bytes.subarray(at)).written;
    offsets[i + 1] = at;
  });
  const { bitmap, nulls } = validity(values);
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      nullCount: nulls,
      valueOffsets: offsets,
      data: bytes.subarray(0, at),
      nullBitmap: bitmap,
    }),
  );
}

/** DuckDB values (from `getColumns`) to plain JS: lists to arrays, decimals to numbers. */
function plain(v: DuckDBValue): unknown {
  if (v instanceof DuckDBListValue) return v.items.map(plain);
  if (v instanceof DuckDBDecimalValue) return v.toDouble();
  return v;
}

const num = (v: unknown) => Number(v);

/** The Arrow column for one DuckDB column. */
export function arrowVector(type: DuckDBType, values: readonly DuckDBValue[]): Vector {
  switch (type.typeId) {
    case DuckDBTypeId.TINYINT:
      return fixedVector(new Int8(), Int8Array, values, num);
    case DuckDBTypeId.SMALLINT:
      return fixedVector(new Int16(), Int16Array, values, num);
    case DuckDBTypeId.INTEGER:
      return fixedVector(new Int32(), Int32Array, values, num);
    case DuckDBTypeId.UTINYINT:
      return fixedVector(new Uint8(), Uint8Array, values, num);
    case DuckDBTypeId.USMALLINT:
      return fixedVector(new Uint16(), Uint16Array, values, num);
    case DuckDBTypeId.UINTEGER:
      return fixedVector(new Uint32(), Uint32Array, values, num);
    case DuckDBTypeId.BIGINT:
      return int64Vector(values);
    case DuckDBTypeId.FLOAT:
      return fixedVector(new Float32(), Float32Array, values, num);
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.UHUGEINT:
      // Statistics fit a double; JS has no wider number type to hand the page anyway.
      return fixedVector(new Float64(), Float64Array, values, (v) => Number(plain(v as DuckDBValue)));
    case DuckDBTypeId.BOOLEAN:
      return vectorFromArray(values as (boolean | null)[], new Bool());
    case DuckDBTypeId.LIST:
      // Lists (a region's parents and members) are rare and short: the generic builder is fine.
      return vectorFromArray(
        values.map((v) => (v === null ? null : plain(v))),
        listType(type),
      );
    default:
      // VARCHAR, ENUM, and anything our builders do not produce: text is a faithful fallback.
      return utf8Vector(values.map((v) => (v === null ? null : String(plain(v)))));
  }
}

function listType(type: DuckDBType): DataType {
  if (type.typeId !== DuckDBTypeId.LIST) {
    switch (type.typeId) {
      case DuckDBTypeId.SMALLINT:
        return new Int16();
      case DuckDBTypeId.INTEGER:
        return new Int32();
      case DuckDBTypeId.BIGINT:
        return new Int64();
      case DuckDBTypeId.DOUBLE:
        return new Float64();
      case DuckDBTypeId.BOOLEAN:
        return new Bool();
      default:
        return new Utf8();
    }
  }
  return new List(new Field('item', listType(type.valueType), true));
}

/** Builds an Arrow table from a fully read DuckDB result. */
export function resultTable(reader: DuckDBResultReader): Table {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumns();
  if (names.length === 0) return new Table();
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    vectors[name] = arrowVector(types[i]!, columns[i] ?? []);
  });
  return new Table(vectors);
}

/** The bytes sent as `application/vnd.apache.arrow.stream`. */
export function resultIpc(reader: DuckDBResultReader): Uint8Array {
  return tableToIPC(resultTable(reader), 'stream');
}
