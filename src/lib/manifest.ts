/**
 * manifest.json, read from a file or the network, is unknown input: this is the one place that turns it
 * into a `Manifest`, checking what the readers rely on (every table with its file, row count, sha256 and
 * size; a version that can name a folder). Anything else fails with a sentence a reader can act on.
 */
import { TABLE_NAMES, type Manifest } from './schema';

/** A data file or the manifest could not be used: `message` is for readers, `detail` for the console. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** What a reader sees when the published data cannot be trusted; the technical detail goes to the console. */
export const DAMAGED_DATA =
  'Dataene som ble lastet ned, er ikke de samme som ble publisert, så tallene vises ikke. Last siden på nytt; hjelper ikke det, kan du si fra til dem som drifter nettstedet.';

/** What a reader sees when the data cannot be downloaded at all. */
export const NOT_LOADED = 'Dataene kunne ikke lastes ned. Sjekk nettforbindelsen og last siden på nytt.';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseManifest(raw: unknown, where = 'manifest.json'): Manifest {
  const fail = (detail: string): never => {
    throw new DataLoadError(DAMAGED_DATA, `${where}: ${detail}`);
  };
  if (!isObject(raw)) return fail('not a JSON object');
  // The pipeline writes a content hash, the synthetic benchmark data a readable label; neither has «/» or «.».
  if (typeof raw.version !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(raw.version))
    fail('version is not a plain label');
  if (typeof raw.built_at !== 'string') fail('built_at is missing');
  if (!isObject(raw.tables)) return fail('tables is missing');
  for (const name of TABLE_NAMES) {
    const t = raw.tables[name];
    if (!isObject(t)) return fail(`table ${name} is missing`);
    if (typeof t.file !== 'string' || !/^[a-z_]+\.parquet$/.test(t.file))
      fail(`table ${name}: file is not a parquet file name`);
    if (!Number.isInteger(t.rows) || (t.rows as number) < 0) fail(`table ${name}: rows is not a count`);
    if (!Number.isInteger(t.bytes) || (t.bytes as number) <= 0) fail(`table ${name}: bytes is not a size`);
    if (typeof t.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(t.sha256))
      fail(`table ${name}: sha256 is not a hash`);
  }
  if (!isObject(raw.indicators)) fail('indicators is missing');
  return raw as unknown as Manifest;
}
