/**
 * Parquet → plain rows with hyparquet and ZSTD only (what the pipeline writes), no Arrow, no DuckDB:
 * how the build turns the shipped tables into the engine-free engine's files (src/routes/rows), and
 * how the tests read the same tables.
 */
import { parquetReadObjects } from 'hyparquet';
import type { Compressors } from 'hyparquet';
import { decompress } from 'fzstd';
import type { Row } from './engine';

/** The pipeline writes ZSTD (data/write.ts); another codec fails loudly in hyparquet. */
const compressors: Compressors = { ZSTD: (input) => decompress(input) };

/** The tables the engine-free engine reads (not the commuting matrix: no builder's view needs it). */
export const LOCAL_TABLES = ['indicators', 'sources', 'regions', 'observations'] as const;

/** Decodes one Parquet file to plain rows; nulls stay null (hyparquet gives undefined for some). */
export async function parquetRows(bytes: ArrayBuffer): Promise<Row[]> {
  const rows = (await parquetReadObjects({ file: bytes, compressors })) as Row[];
  for (const row of rows) for (const key in row) if (row[key] === undefined) row[key] = null;
  return rows;
}
