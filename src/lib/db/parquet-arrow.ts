/**
 * Parquet → Apache Arrow, in plain JS. DuckDB-wasm 1.32 has no built-in Parquet reader (it would
 * download an extension from the internet), so the browser decodes the files with hyparquet and
 * hands DuckDB an Arrow table instead. The Arrow types follow the Parquet schema, so the table in
 * DuckDB has the same column types as the file.
 *
 * The columns are assembled as Arrow buffers directly rather than through Arrow's builders
 * (`vectorFromArray`): the builders compile their null test with `new Function`, which the site's
 * Content-Security-Policy (no 'unsafe-eval') refuses, and would leave the engine without data.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import type { SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import {
  Bool,
  Field,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  List,
  Table,
  Utf8,
  makeData,
  makeVector,
} from 'apache-arrow';
import type { Data, DataType, Vector } from 'apache-arrow';

function arrowType(node: SchemaTree): DataType {
  const el = node.element;
  const isList = el.converted_type === 'LIST' || el.logical_type?.type === 'LIST';
  if (isList) {
    // Parquet's 3-level list: <name> (LIST) → repeated group "list" → "element".
    const leaf = node.children[0]?.children[0] ?? node.children[0];
    if (!leaf) throw new Error(`invalid parquet list column: ${el.name}`);
    return new List(new Field('item', arrowType(leaf), true));
  }
  switch (el.type) {
    case 'BYTE_ARRAY':
      return new Utf8();
    case 'INT32':
      return el.converted_type === 'INT_16' ? new Int16() : new Int32();
    case 'INT64':
      return new Int64();
    case 'DOUBLE':
      return new Float64();
    case 'FLOAT':
      return new Float32();
    case 'BOOLEAN':
      return new Bool();
    default:
      throw new Error(`unsupported parquet column type: ${el.name} (${String(el.type)})`);
  }
}

/** Arrow's validity bitmap (bit set = value present), or none when nothing is missing. */
function validity(values: unknown[]): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v == null) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap: nullCount > 0 ? bitmap : undefined, nullCount };
}

/** One column's values (null for missing) as Arrow data of `type`; missing stays missing. */
function columnData(type: DataType, values: unknown[]): Data {
  const length = values.length;
  const { nullBitmap, nullCount } = validity(values);
  if (type instanceof Utf8 || type instanceof List) {
    const valueOffsets = new Int32Array(length + 1);
    if (type instanceof List) {
      const items: unknown[] = [];
      values.forEach((v, i) => {
        if (Array.isArray(v)) items.push(...v);
        valueOffsets[i + 1] = items.length;
      });
      const child = columnData((type as List).children[0]!.type, items);
      return makeData({ type, length, nullCount, nullBitmap, valueOffsets, child });
    }
    const encoder = new TextEncoder();
    const parts = values.map((v) => encoder.encode(v == null ? '' : String(v)));
    parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i]! + p.length));
    const data = new Uint8Array(valueOffsets[length]!);
    parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
    return makeData({ type, length, nullCount, nullBitmap, valueOffsets, data });
  }
  if (type instanceof Bool) {
    const data = new Uint8Array((length + 7) >> 3);
    values.forEach((v, i) => {
      if (v) data[i >> 3]! |= 1 << (i & 7);
    });
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  if (type instanceof Int64) {
    const data = new BigInt64Array(length);
    values.forEach((v, i) => {
      if (v != null) data[i] = typeof v === 'bigint' ? v : BigInt(v as number);
    });
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  const numeric = type as Int16 | Int32 | Float32 | Float64;
  const data = new numeric.ArrayType(length);
  values.forEach((v, i) => {
    if (v != null) data[i] = Number(v);
  });
  return makeData({ type: numeric, length, nullCount, nullBitmap, data } as Parameters<typeof makeData>[0]);
}

/** Plain columns as an Arrow table (missing values as nulls), without Arrow's builders. */
export function arrowTable(columns: { name: string; type: DataType; values: unknown[] }[]): Table {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) vectors[c.name] = makeVector(columnData(c.type, c.values));
  return new Table(vectors);
}

/** Decodes a whole Parquet file (ZSTD, Snappy, …) into an Arrow table with matching column types. */
export async function parquetToArrow(bytes: ArrayBuffer): Promise<Table> {
  const metadata = parquetMetadata(bytes);
  const columns = parquetSchema(metadata).children;
  const rows = await parquetReadObjects({ file: bytes, metadata, compressors });
  return arrowTable(
    columns.map((column) => ({
      name: column.element.name,
      type: arrowType(column),
      values: rows.map((r) => r[column.element.name] ?? null),
    })),
  );
}
