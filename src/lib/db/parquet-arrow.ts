/**
 * Parquet → Apache Arrow, in plain JS. DuckDB-wasm 1.32 has no built-in Parquet reader (it would
 * download an extension from the internet), so the browser decodes the files with hyparquet and
 * hands DuckDB an Arrow table instead. The Arrow types follow the Parquet schema, so the table in
 * DuckDB has the same column types as the file.
 * The columns are assembled as Arrow buffers directly (arrow-data.ts), never by Arrow's builders.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import type { SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Bool, Field, Float32, Float64, Int16, Int32, Int64, List, Utf8 } from 'apache-arrow';
import type { DataType, Table } from 'apache-arrow';
import { arrowTable } from './arrow-data';

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
