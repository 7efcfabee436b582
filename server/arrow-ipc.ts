/**
 * DuckDB (node-api) result → Apache Arrow IPC stream. @duckdb/node-api 1.5 has no Arrow export (and
 * DuckDB's arrow extension would be downloaded from the internet), so the columns are rebuilt with
 * apache-arrow 17 from their DuckDB types.
 *
 * Types follow DuckDB's so the browser gets what DuckDB-wasm would give: SMALLINT → Int16,
 * BIGINT → Int64 (decoded to numbers by rows.ts), DOUBLE → Float64, VARCHAR[] → List<Utf8>.
 * The columns are written straight into Arrow buffers by src/lib/db/arrow-data.ts, as in the browser.
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
  tableToIPC,
} from 'apache-arrow';
import type { DataType } from 'apache-arrow';
import { arrowTable } from '../src/lib/db/arrow-data';

/** DuckDB values (from `getColumns`) to plain JS: lists to arrays, decimals to numbers, the rest as text. */
function plain(v: DuckDBValue): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  if (v instanceof DuckDBListValue) return v.items.map(plain);
  if (v instanceof DuckDBDecimalValue) return v.toDouble();
  return String(v);
}

/** The Arrow type for one DuckDB column type. */
export function arrowType(type: DuckDBType): DataType {
  switch (type.typeId) {
    case DuckDBTypeId.TINYINT:
      return new Int8();
    case DuckDBTypeId.SMALLINT:
      return new Int16();
    case DuckDBTypeId.INTEGER:
      return new Int32();
    case DuckDBTypeId.UTINYINT:
      return new Uint8();
    case DuckDBTypeId.USMALLINT:
      return new Uint16();
    case DuckDBTypeId.UINTEGER:
      return new Uint32();
    case DuckDBTypeId.BIGINT:
      return new Int64();
    case DuckDBTypeId.FLOAT:
      return new Float32();
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.UHUGEINT:
      // Statistics fit a double; JS has no wider number type to hand the page anyway.
      return new Float64();
    case DuckDBTypeId.BOOLEAN:
      return new Bool();
    case DuckDBTypeId.LIST:
      return new List(new Field('item', arrowType(type.valueType), true));
    default:
      // VARCHAR, ENUM, and anything else: text is a faithful fallback.
      return new Utf8();
  }
}

/** Builds an Arrow table from a fully read DuckDB result. */
export function resultTable(reader: DuckDBResultReader): Table {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumns();
  if (names.length === 0) return new Table();
  return arrowTable(
    names.map((name, i) => ({
      name,
      type: arrowType(types[i]!),
      values: (columns[i] ?? []).map(plain),
    })),
  );
}

/** The bytes sent as `application/vnd.apache.arrow.stream`. */
export function resultIpc(reader: DuckDBResultReader): Uint8Array {
  return tableToIPC(resultTable(reader), 'stream');
}
