/**
 * A data file is used only if it is the one the manifest published: same size and SHA-256 (a valid
 * Parquet with doubled values has the right shape and would otherwise be shown as fact), then, once
 * decoded, the same number of rows.
 */
import { DAMAGED_DATA, DataLoadError } from '../manifest';
import type { Manifest, TableName } from '../schema';
import { sha256Hex } from './sha256';

export async function verifyTableBytes(
  manifest: Manifest,
  name: TableName,
  bytes: ArrayBuffer,
): Promise<void> {
  const expected = manifest.tables[name];
  if (bytes.byteLength !== expected.bytes) {
    throw new DataLoadError(
      DAMAGED_DATA,
      `${expected.file}: ${bytes.byteLength} bytes, the manifest says ${expected.bytes}`,
    );
  }
  const hash = await sha256Hex(bytes);
  if (hash !== expected.sha256)
    throw new DataLoadError(
      DAMAGED_DATA,
      `${expected.file}: sha256 ${hash}, the manifest says ${expected.sha256}`,
    );
}

export function verifyTableRows(manifest: Manifest, name: TableName, rows: number): void {
  const expected = manifest.tables[name];
  if (rows !== expected.rows)
    throw new DataLoadError(
      DAMAGED_DATA,
      `${expected.file}: ${rows} rows, the manifest says ${expected.rows}`,
    );
}
