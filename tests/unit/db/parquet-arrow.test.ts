/**
 * The browser's Parquet route (hyparquet → Arrow), checked against DuckDB's own Parquet reader on
 * the same built files: same rows, same types, same values, nulls kept as nulls.
 */
import { describe, expect, it } from 'vitest';
import { Int32, vectorFromArray } from 'apache-arrow';
import { readFile } from 'node:fs/promises';
import { parquetToArrow } from '../../../src/lib/db/parquet-arrow';
import { arrowRows } from '../../../src/lib/db/rows';
import { openNodeDb } from '../../../src/lib/db/node';
import { TABLE_NAMES, TABLES } from '../../../src/lib/schema';

async function decode(table: string) {
  const bytes = await readFile(`static/data/${table}.parquet`);
  return parquetToArrow(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
}

describe('parquetToArrow', () => {
  it.each(TABLE_NAMES)('decodes %s with every schema column and the row count DuckDB reads', async (name) => {
    const table = await decode(name);
    expect(table.schema.fields.map((f) => f.name).sort()).toEqual([...TABLES[name]].sort());
    const db = await openNodeDb('static/data');
    const [{ n }] = (await db.engine.query<{ n: number }>({
      sql: `SELECT count(*) AS n FROM ${name}`,
      params: [],
    })) as [{ n: number }];
    db.close();
    expect(table.numRows).toBe(n);
  });

  it('keeps values, list columns and nulls exactly', async () => {
    const rows = arrowRows(await decode('observations'));
    const moss2020 = rows.find(
      (r) => r.indicator === 'befolkning' && r.region_code === '3103' && r.year === 2020,
    );
    expect(moss2020?.value).toBe(49273);
    const db = await openNodeDb('static/data');
    const [{ n }] = (await db.engine.query<{ n: number }>({
      sql: 'SELECT count(*) AS n FROM observations WHERE value IS NULL',
      params: [],
    })) as [{ n: number }];
    db.close();
    expect(rows.filter((r) => r.value === null).length).toBe(n);
    const regions = arrowRows(await decode('regions'));
    const moss = regions.find((r) => r.code === '3103');
    expect(Array.isArray(moss?.parents)).toBe(true);
    expect(moss?.parents).toContain('31');
  });

  it('never compiles code from a string, which the Content-Security-Policy forbids', async () => {
    const original = globalThis.Function;
    const blocked = () => {
      throw new EvalError('blocked by the test');
    };
    globalThis.Function = new Proxy(original, { construct: blocked, apply: blocked });
    try {
      // The control: Arrow's own builders do compile code, so the trap is live.
      expect(() => vectorFromArray([1, null], new Int32())).toThrow('blocked by the test');
      const rows = arrowRows(await decode('regions'));
      expect(rows.find((r) => r.code === '3103')?.parents).toContain('31');
    } finally {
      globalThis.Function = original;
    }
  });
});
