/**
 * The browser uses a data file only if it is the one manifest.json published: size, SHA-256 (Web Crypto,
 * or the pure fallback for plain-http origins) and row count. The manifest itself is validated.
 */
import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sha256Hex, sha256Pure } from '../../../src/lib/db/sha256';
import { verifyTableBytes, verifyTableRows } from '../../../src/lib/db/integrity';
import { DAMAGED_DATA, DataLoadError, parseManifest } from '../../../src/lib/manifest';

const manifestJson = () =>
  JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Record<string, unknown>;
const observations = () => {
  const b = readFileSync('static/data/observations.parquet');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('sha256', () => {
  it('the pure fallback equals node:crypto on edge lengths, random bytes and the real Parquet', () => {
    const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha256Pure(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const b = new Uint8Array(randomBytes(n));
      expect(sha256Pure(b), `${n} bytes`).toBe(node(b));
    }
    const real = new Uint8Array(observations());
    expect(sha256Pure(real)).toBe(node(real));
  });

  it('Web Crypto gives the same hash', async () => {
    expect(await sha256Hex(observations())).toBe(
      createHash('sha256').update(new Uint8Array(observations())).digest('hex'),
    );
  });
});

describe('verifying a table against the manifest', () => {
  const manifest = parseManifest(manifestJson());

  it('accepts the published file', async () => {
    await expect(verifyTableBytes(manifest, 'observations', observations())).resolves.toBeUndefined();
    expect(() => verifyTableRows(manifest, 'observations', manifest.tables.observations.rows)).not.toThrow();
  });

  it('refuses one changed byte (same size), a truncated file and a wrong row count, in words for readers', async () => {
    const changed = new Uint8Array(observations().slice(0));
    changed[5000] = changed[5000]! ^ 0xff;
    const error = await verifyTableBytes(manifest, 'observations', changed.buffer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toBe(DAMAGED_DATA);
    expect((error as DataLoadError).detail).toMatch(
      /^observations\.parquet: sha256 [0-9a-f]{64}, the manifest says /,
    );
    await expect(verifyTableBytes(manifest, 'observations', observations().slice(0, 1000))).rejects.toThrow(
      DAMAGED_DATA,
    );
    expect(() => verifyTableRows(manifest, 'observations', manifest.tables.observations.rows * 2)).toThrow(
      DAMAGED_DATA,
    );
  });
});

describe('parseManifest', () => {
  it('reads the built manifest', () => {
    expect(parseManifest(manifestJson()).tables.regions.rows).toBe(623);
  });

  it.each([
    ['not an object', () => 'x'],
    ['a version that cannot name a folder', (m: Record<string, unknown>) => ({ ...m, version: '../../x' })],
    [
      'a table missing',
      (m: Record<string, unknown>) => ({ ...m, tables: { ...(m.tables as object), commuting: undefined } }),
    ],
    [
      'a file outside the folder',
      (m: Record<string, unknown>) => ({
        ...m,
        tables: {
          ...(m.tables as object),
          regions: { file: '../secret.parquet', rows: 1, bytes: 1, sha256: 'a'.repeat(64) },
        },
      }),
    ],
    [
      'rows that are not a count',
      (m: Record<string, unknown>) => ({
        ...m,
        tables: {
          ...(m.tables as object),
          regions: { file: 'regions.parquet', rows: -1, bytes: 1, sha256: 'a'.repeat(64) },
        },
      }),
    ],
    [
      'a hash that is not one',
      (m: Record<string, unknown>) => ({
        ...m,
        tables: {
          ...(m.tables as object),
          regions: { file: 'regions.parquet', rows: 1, bytes: 1, sha256: 'xyz' },
        },
      }),
    ],
  ])('refuses %s', (_, mutate) => {
    expect(() => parseManifest(mutate(manifestJson()))).toThrow(DAMAGED_DATA);
  });
});
