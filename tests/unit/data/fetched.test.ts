/**
 * Fetched SSB data in the build (data/fetched.ts): a SYNTHETIC 07459-shaped folder ranks before the shipped
 * befolkning sources, goes through the same harmonisation, every figure keeps its source, and the manifest
 * says where each indicator is from.
 * Fixture: tests/fixtures/fetched/ssb_api.SYNTHETIC (invented numbers, see its README).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openMemoryDuckDb, type NodeDuckDb } from '../../../src/lib/db/node-duckdb';
import { buildData } from '../../../data/build';
import { CATALOGUE } from '../../../data/indicators';
import { stageFetched } from '../../../data/fetched';
import type { FetchedData } from '../../../data/fetch/read-fetched';
import type { KlassKommuneRow } from '../../../data/parse/klass108-csv';
import type { SsbObservation } from '../../../data/sources/to-observations';
import type { Manifest } from '../../../src/lib/schema';

const FIXTURE = join(import.meta.dirname, '../../fixtures/fetched/ssb_api.SYNTHETIC');
const builtAt = new Date('2025-03-05T00:00:00Z');
const root = mkdtempSync(join(tmpdir(), 'regionpuls-fetched-'));
let fetched: Manifest;
let snapshot: Manifest;
let disabled: Manifest;
let db: NodeDuckDb | undefined;
let con: DuckDBConnection;

const rows = async (sql: string) =>
  (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
const parquet = (build: string, table: string) => `'${join(root, build, `${table}.parquet`)}'`;
const series = async (build: string, indicator: string, where = 'true') =>
  (
    await rows(
      `SELECT region_code, year, value, status, source FROM ${parquet(build, 'observations')} WHERE indicator = '${indicator}' AND (${where}) ORDER BY region_code, year`,
    )
  ).map(
    (r) =>
      `${String(r.region_code)} ${Number(r.year)} ${r.value === null ? 'null' : Number(r.value)} ${String(r.status)} ${String(r.source)}`,
  );

beforeAll(async () => {
  fetched = await buildData({ outputDir: join(root, 'fetched'), builtAt, fetchedDir: FIXTURE });
  snapshot = await buildData({
    outputDir: join(root, 'snapshot'),
    builtAt,
    fetchedDir: join(root, 'no-such-folder'),
  });
  disabled = await buildData({ outputDir: join(root, 'disabled'), builtAt, fetchedDir: null });
  db = await openMemoryDuckDb();
  con = db.con;
}, 120_000);
afterAll(() => {
  db?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('build with a fetched ssb_api folder', () => {
  it('puts the fetched figures first, harmonised to 2024 borders, each marked with its table', async () => {
    expect(
      await series(
        'fetched',
        'befolkning',
        `region_code IN ('0', '3103') AND year IN (2019, 2020, 2022, 2023, 2024)`,
      ),
    ).toEqual([
      '0 2019 5000001 reported ssb:07459',
      '0 2020 5100002 reported ssb:07459',
      // The fetched table has no national 2022: the sum of the snapshot's kommuner fills the year.
      '0 2022 5425270 summed 07459',
      '0 2023 5200003 reported ssb:07459',
      '0 2024 5300004 reported ssb:07459',
      // Moss 2019 = 0104 Moss 30 001 + 0136 Rygge 15 002 across the 2020 merger; 2020 = 3002 renumbered.
      '3103 2019 45003 harmonised ssb:07459',
      '3103 2020 46003 harmonised ssb:07459',
      '3103 2022 50290 harmonised 07459',
      // SSB's '..' for 3002 in 2023: the snapshot has a figure for that cell, and a figure beats a missing marker.
      '3103 2023 51240 harmonised 07459',
      '3103 2024 49004 reported ssb:07459',
    ]);
  });

  it('fills what the fetched tables lack from the snapshot, never by zero', async () => {
    expect(await series('snapshot', 'befolkning', `region_code = '3103' AND year = 2019`)).toEqual([
      '3103 2019 48871 harmonised 07459',
    ]);
    expect(await series('fetched', 'befolkning', `region_code = '3112' AND year = 2005`)).toEqual([
      '3112 2005 6465 harmonised 07459',
    ]);
    // Østfold 2019: the fetched old county 01 differs in area (rank 3); the sum of 2024 kommuner wins, mixing both
    // sources: the snapshot's 296 847 with Moss 48 871 replaced by the fetched 45 003.
    expect(await series('fetched', 'befolkning', `region_code = '31' AND year = 2019`)).toEqual([
      '31 2019 292979 summed ssb:07459+07459',
    ]);
  });

  it('marks befolkning as fetched in the manifest, with table, SSB updated stamp, URL and retrieval time', () => {
    const entry = fetched.indicators.befolkning;
    expect(entry?.origin).toBe('fetched');
    expect(entry?.retrieved_at).toBe('2025-03-04T09:15:00.000Z');
    expect(entry?.years).toEqual([1986, 2026]);
    expect(entry?.sources).toHaveLength(1 + (snapshot.indicators.befolkning?.sources.length ?? 0));
    expect(entry?.sources[0]).toEqual({
      id: 'ssb:07459',
      label: 'SSB 07459 (hentet 2025-03-04)',
      publisher: 'SYNTETISK testkilde (ikke SSB)',
      table_id: '07459',
      file: 'ssb_api.SYNTHETIC/07459.SYNTHETIC.json',
      updated: '2025-02-20T07:00:00Z',
      url: 'https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2',
      retrieved_at: '2025-03-04T09:15:00.000Z',
      title:
        'SYNTETISK testdatasett formet som SSB 07459 (befolkning 1. januar, etter region og år) – oppdiktede tall, IKKE SSB-statistikk',
      query: {
        selection: [
          { variableCode: 'Region', valueCodes: ['*'] },
          { variableCode: 'ContentsCode', valueCodes: ['Personer1'] },
          { variableCode: 'Tid', valueCodes: ['*'] },
        ],
      },
      // SSB's footnotes travel with the figures: the dataset's, and a category's with what it is attached to.
      notes: [
        'SYNTETISKE TALL for byggtestene av hentede data (tests/unit/pipeline/fetched.test.ts). Formen etterligner et PxWebApi v2 json-stat2-svar for tabell 07459 med Kjonn og Alder eliminert; ingen verdi er ekte.',
        'region 3002 Moss (2020-2023): SYNTETISK fotnote: Moss og Rygge slått sammen 1.1.2020.',
      ],
    });
    expect(entry?.sources.slice(1)).toEqual(snapshot.indicators.befolkning?.sources);
    const written = JSON.parse(readFileSync(join(root, 'fetched', 'manifest.json'), 'utf-8')) as Manifest;
    expect(written.indicators.befolkning?.origin).toBe('fetched');
  });

  it('keeps every other indicator on the snapshot, row for row', async () => {
    const others = CATALOGUE.map((c) => c.id).filter((id) => id !== 'befolkning');
    expect(others).toHaveLength(7);
    for (const id of others) {
      expect(fetched.indicators[id]).toEqual(snapshot.indicators[id]);
      expect(fetched.indicators[id]?.origin).toBe('snapshot');
      expect(fetched.indicators[id]).not.toHaveProperty('retrieved_at');
      expect(await series('fetched', id)).toEqual(await series('snapshot', id));
    }
  });

  it("names the fetched table in indicators.parquet, and defines it by what was fetched, not by the snapshot's coverage", async () => {
    const ids = await rows(
      `SELECT id, table_id, definition FROM ${parquet('fetched', 'indicators')} WHERE id IN ('befolkning', 'sysselsatte') ORDER BY id`,
    );
    expect(ids.map(({ id, table_id }) => ({ id, table_id }))).toEqual([
      { id: 'befolkning', table_id: '07459' },
      { id: 'sysselsatte', table_id: '11618, 13472, 11616' },
    ]);
    expect(ids[0]?.definition).toBe(
      'Folkemengde 1. januar, alle aldre. Hentet fra SSB-tabell 07459 «SYNTETISK testdatasett formet som SSB 07459 (befolkning 1. januar, etter region og år) – oppdiktede tall, IKKE SSB-statistikk» 2025-03-04: ' +
        'kommuner 2019-2024, fylker 2019-2024, Hele landet 2019-2024. ' +
        'Kommuner og fylker er ført til 2024-grenser: sammenslåtte er summen av de gamle (harmonisert), deler av delte kommuner er anslått med befolkningsandeler (estimert). ' +
        'Celler SSB har prikket eller mangler («..», «.», «:») er manglende, ikke null. ' +
        'År og regioner tabellene ikke har, kommer fra det leverte datasettet (SSB 07459, SSB 07459 (1.1.2024), SSB 07459, tidsserie for 2024-kommuner).',
    );
    expect(String(ids[1]?.definition)).toBe(CATALOGUE.find((c) => c.id === 'sysselsatte')?.definition);
  });
});

describe('build without fetched data', () => {
  it('is the shipped snapshot everywhere, identical to a build that ignores fetched data', () => {
    for (const id of CATALOGUE.map((c) => c.id)) {
      expect(snapshot.indicators[id]?.origin).toBe('snapshot');
      expect(snapshot.indicators[id]).not.toHaveProperty('retrieved_at');
    }
    expect(snapshot.indicators.befolkning?.sources[0]).toEqual({
      id: '07459',
      label: 'SSB 07459',
      publisher: 'SSB',
      table_id: '07459',
      file: 'ssb/population/raw_07459/Personer2005-2009.csv',
    });
    expect(snapshot.tables).toEqual(disabled.tables);
    expect(snapshot.version).toBe(disabled.version);
  });
});

describe('fetched codes the classification cannot place', () => {
  it("fails for data numbered as of 2026 when no KLASS list confirms that year's codes, instead of dropping them", async () => {
    const dir = join(root, 'ssb_api_2026');
    mkdirSync(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const file = join(dir, '07459.SYNTHETIC.json');
    // Relabel the 2024 column as 2026: the codes stay, their numbering year is one KLASS 131 here lacks.
    writeFileSync(file, readFileSync(file, 'utf-8').replaceAll('"2024"', '"2026"'));
    await expect(buildData({ outputDir: join(root, 'never'), builtAt, fetchedDir: dir })).rejects.toThrow(
      'fetched data are numbered as of 2026, after the shipped classification (last version 1 January 2025), and the KLASS lists klass-131-codes and klass-104-codes ' +
        "that would confirm that year's codes were not fetched. Run `npm run data:fetch` without --table (or with --klass), or delete data/raw/ssb_api to build from the shipped snapshot.",
    );
  });

  const obs = (o: Partial<SsbObservation>): SsbObservation => ({
    indicator: 'befolkning',
    region_code: '3103',
    year: 2024,
    value: 1,
    status: 'reported',
    code_year: 2024,
    region_level: 'kommune',
    source_code: o.region_code ?? '3103',
    region_label: 'X',
    code_valid_from: null,
    code_valid_to: null,
    ssb_status: null,
    table_id: '07459',
    priority: 1,
    ...o,
  });
  const data = (observations: SsbObservation[]): FetchedData => ({
    observations,
    meta: {},
    klass: {},
    files: {},
    notes: {},
  });
  const codes = new Map([[2024, new Set(['3103'])]]);
  const klass: KlassKommuneRow[] = [
    {
      year: 2024,
      code: '3103',
      name: 'Moss',
      fylke: '31',
      fylkeName: 'Østfold',
      regionCode: '31001',
      regionName: 'Moss',
    },
  ];

  it('fails on a county of an unknown year and on a figure for a code that did not exist; drops 0 and symbols there', () => {
    expect(() =>
      stageFetched(
        data([obs({ region_code: '31', region_level: 'fylke', year: 2026, code_year: 2026 })]),
        codes,
        klass,
        CATALOGUE,
      ),
    ).toThrow(
      'county 31 (X) is numbered as of 2026, a year the county lists do not know (they have 2024-2024)',
    );
    expect(() =>
      stageFetched(data([obs({ region_code: '3002', value: 5 })]), codes, klass, CATALOGUE),
    ).toThrow('kommune 3002 (X) has 5 in 2024, but is not a kommune code on 1 January 2024');
    const s = stageFetched(
      data([
        obs({ region_code: '3002', value: 0 }),
        obs({ region_code: '3002', year: 2024, value: null, status: 'missing' }),
        obs({}),
      ]),
      codes,
      klass,
      CATALOGUE,
    );
    expect(s.staged.kommune).toEqual([
      { indicator: 'befolkning', code: '3103', vintage: 2024, year: 2024, value: 1, source: 'ssb:07459' },
    ]);
  });

  it('skips kommune rows numbered before the correspondence’s first year, with one note per year', () => {
    const s = stageFetched(
      data([
        obs({ region_code: '0104', year: 1986, code_year: 1986, value: 25_000 }),
        obs({ region_code: '0136', year: 1986, code_year: 1986, value: 10_000 }),
        obs({}),
      ]),
      codes,
      klass,
      CATALOGUE,
    );
    expect(s.staged.kommune).toHaveLength(1);
    expect(s.skipped).toEqual([
      'fetched table 07459 (befolkning): kommune rows of 1986 skipped: numbered before the first year the kommune correspondence knows (2024)',
    ]);
  });

  it('skips, with a note, a county-table row whose county-like code is no county that year («Fastlands-Norge»)', () => {
    const county = (o: Partial<SsbObservation>) =>
      obs({ indicator: 'bruttoprodukt_11713', region_level: 'fylke', table_id: '11713', ...o });
    const s = stageFetched(
      data([
        county({ region_code: '31', value: 68_524 }),
        county({ region_code: '25', region_label: 'Fastlands-Norge', value: 3_500_000 }),
      ]),
      codes,
      klass,
      CATALOGUE,
    );
    expect(s.staged.county).toEqual([
      {
        indicator: 'bruttoprodukt_11713',
        county: '31',
        vintage: 2024,
        year: 2024,
        value: 68_524,
        source: 'ssb:11713',
      },
    ]);
    expect(s.skipped).toEqual([
      'fetched table 11713 (bruttoprodukt_11713): 25 (Fastlands-Norge) skipped in 2024: not a county on 1 January 2024',
    ]);
  });
});
