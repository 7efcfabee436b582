import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openMemoryDuckDb, type NodeDuckDb } from '../../../src/lib/db/node-duckdb';
import { buildData } from '../../../data/build';
import { CATALOGUE } from '../../../data/indicators';
import {
  TABLES,
  TABLE_NAMES,
  isObservationStatus,
  isRegionLevel,
  type Manifest,
} from '../../../src/lib/schema';

const root = mkdtempSync(join(tmpdir(), 'regionpuls-data-'));
const out = join(root, 'data');
let manifest: Manifest;
let db: NodeDuckDb | undefined;
let con: DuckDBConnection;
const rows = async (sql: string) =>
  (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
const file = (table: string) => `'${join(out, `${table}.parquet`)}'`;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  manifest = await buildData({ outputDir: out, builtAt: new Date('2024-01-01T00:00:00Z') });
  db = await openMemoryDuckDb();
  con = db.con;
});
afterAll(() => {
  db?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('built Parquet files', () => {
  it('writes exactly the six tables, manifest.json, targets.json, the map and centrality files, nothing left over from the temp folder', () => {
    expect(readdirSync(out).sort()).toEqual([
      'commuting.parquet',
      'fylker.topojson',
      'indicators.parquet',
      'kommunekoder.json',
      'kommuner.topojson',
      'manifest.json',
      'observations.parquet',
      'regions.parquet',
      'sectors.parquet',
      'sentralitet.json',
      'sources.parquet',
      'targets.json',
    ]);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('has the columns and types of src/lib/schema.ts', async () => {
    const types = async (t: string) =>
      (await rows(`DESCRIBE SELECT * FROM ${file(t)}`)).map((r) => `${r.column_name} ${r.column_type}`);
    expect(await types('regions')).toEqual([
      'code VARCHAR',
      'name VARCHAR',
      'level VARCHAR',
      'kind VARCHAR',
      'valid_from SMALLINT',
      'valid_to SMALLINT',
      'fylke_code VARCHAR',
      'parents VARCHAR[]',
      'members VARCHAR[]',
      'source VARCHAR',
    ]);
    expect(await types('observations')).toEqual([
      'indicator VARCHAR',
      'region_code VARCHAR',
      'year SMALLINT',
      'value DOUBLE',
      'status VARCHAR',
      'source VARCHAR',
    ]);
    expect(await types('indicators')).toEqual([
      'id VARCHAR',
      'name_nb VARCHAR',
      'name_nn VARCHAR',
      'name_en VARCHAR',
      'unit VARCHAR',
      'source VARCHAR',
      'table_id VARCHAR',
      'definition VARCHAR',
      'per_capita BOOLEAN',
      'breaks SMALLINT[]',
      'break_note VARCHAR',
    ]);
    expect(await types('sources')).toEqual([
      'indicator VARCHAR',
      'id VARCHAR',
      'label VARCHAR',
      'publisher VARCHAR',
      'table_id VARCHAR',
      'priority SMALLINT',
    ]);
    expect(await types('commuting')).toEqual([
      'work_code VARCHAR',
      'home_code VARCHAR',
      'year SMALLINT',
      'persons DOUBLE',
      'status VARCHAR',
    ]);
    for (const t of TABLE_NAMES) expect((await types(t)).map((c) => c.split(' ')[0])).toEqual([...TABLES[t]]);
  });

  it('row counts match the manifest; every page is ZSTD-compressed', async () => {
    for (const t of TABLE_NAMES) {
      const [{ n }] = (await rows(`SELECT count(*) AS n FROM ${file(t)}`)) as [{ n: bigint }];
      expect(Number(n)).toBe(manifest.tables[t].rows);
      const codecs = await rows(`SELECT DISTINCT compression FROM parquet_metadata(${file(t)})`);
      expect(codecs.map((c) => c.compression)).toEqual(['ZSTD']);
    }
    expect(manifest.tables.regions.rows).toBe(623);
    expect(manifest.tables.indicators.rows).toBe(CATALOGUE.length);
    expect(manifest.tables.observations.rows).toBeGreaterThan(12000);
  });

  it('sorts observations by indicator, region_code, year, one row per key', async () => {
    const [{ unsorted, dupes }] = (await rows(`
      SELECT count(*) FILTER (WHERE prev > key) AS unsorted, count(*) FILTER (WHERE prev = key) AS dupes FROM (
        SELECT key, lag(key) OVER (ORDER BY rn) AS prev FROM (
          SELECT indicator || chr(1) || region_code || chr(1) || lpad(year::VARCHAR, 4, '0') AS key, row_number() OVER () AS rn
          FROM ${file('observations')}))`)) as [{ unsorted: bigint; dupes: bigint }];
    expect([Number(unsorted), Number(dupes)]).toEqual([0, 0]);
  });

  it('holds valid levels and statuses, null exactly when missing, and only known regions and indicators', async () => {
    for (const r of await rows(`SELECT DISTINCT level FROM ${file('regions')}`))
      expect(isRegionLevel(r.level)).toBe(true);
    for (const r of await rows(`SELECT DISTINCT status FROM ${file('observations')}`))
      expect(isObservationStatus(r.status)).toBe(true);
    const [{ bad }] = (await rows(`
      SELECT count(*) AS bad FROM ${file('observations')} o
      LEFT JOIN ${file('regions')} r ON r.code = o.region_code LEFT JOIN ${file('indicators')} i ON i.id = o.indicator
      WHERE r.code IS NULL OR i.id IS NULL OR (o.value IS NULL) <> (o.status = 'missing')`)) as [
      { bad: bigint },
    ];
    expect(Number(bad)).toBe(0);
  });

  it('writes a manifest with hashes of the files and per-indicator coverage', async () => {
    for (const t of TABLE_NAMES)
      expect(manifest.tables[t].sha256).toBe(sha256(join(out, manifest.tables[t].file)));
    const versionHash = createHash('sha256')
      .update(TABLE_NAMES.map((t) => manifest.tables[t].sha256).join(''))
      .digest('hex');
    expect(manifest.version).toBe(versionHash.slice(0, 12));
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf-8'))).toEqual(manifest);
    expect(manifest.built_at).toBe('2024-01-01T00:00:00.000Z');
    expect(Object.keys(manifest.indicators)).toEqual(CATALOGUE.map((c) => c.id));
    expect(manifest.indicators.befolkning).toMatchObject({ years: [1986, 2026] });
    expect(manifest.indicators.sysselsatte).toMatchObject({ years: [2005, 2025] });
    expect(manifest.indicators.befolkning?.sources[0]).toEqual({
      id: '07459',
      label: 'SSB 07459',
      publisher: 'SSB',
      table_id: '07459',
      file: 'ssb/population/raw_07459/Personer2005-2009.csv',
    });
    const perIndicator = await rows(
      `SELECT indicator, count(*) AS n, count(DISTINCT region_code) AS r FROM ${file('observations')} GROUP BY indicator`,
    );
    for (const p of perIndicator) {
      expect(manifest.indicators[String(p.indicator)]?.rows).toBe(Number(p.n));
      expect(manifest.indicators[String(p.indicator)]?.regions).toBe(Number(p.r));
    }
  });

  it('is deterministic: a second build writes the same bytes', async () => {
    const again = join(root, 'again');
    const second = await buildData({ outputDir: again, builtAt: new Date('2030-01-01T00:00:00Z') });
    for (const t of TABLE_NAMES) expect(sha256(join(again, `${t}.parquet`))).toBe(manifest.tables[t].sha256);
    expect(second.version).toBe(manifest.version);
    rmSync(again, { recursive: true, force: true });
  });
});
