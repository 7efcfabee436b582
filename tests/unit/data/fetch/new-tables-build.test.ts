/**
 * The new tables of ssb.json through fetch and build: 11618 (three indicators by ContentsCode) and 03321 (the
 * commuting matrix), served by the fake SSB in PxWebApi v2's shapes with real SSB figures for Kongsvinger and
 * Moss 2022 (statisticsnorway/pendling, PROVENANCE 11; the rest of each table is not served). The real ssb.json
 * entries fetch them, their known values pass, and the build takes the figures and the flows.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDuckDb } from '../../../../src/lib/db/node-duckdb';
import { fetchAndBuild, type UpdateResult } from '../../../../data/fetch/update';
import { loadSsbSources, type SsbTableSource } from '../../../../data/sources/ssb-sources';
import { metadataOf, recordingSleep } from '../../../fixtures/fake-ssb-server';
import { buildOptions, fetchWorkspace } from '../../../fixtures/fetch-workspace';

const shipped = loadSsbSources();
const byId = (id: string): SsbTableSource => shipped.tables.find((t) => t.id === id) as SsbTableSource;
const dim = (
  label: string,
  codes: [string, string][],
  extension: Record<string, unknown> = { elimination: false, show: 'value' },
) => ({ label, category: { index: codes.map(([c]) => c), label: Object.fromEntries(codes) }, extension });

const data11618 = {
  version: '2.0',
  class: 'dataset',
  label:
    '11618: Befolkning og sysselsatte per 4. kvartal, etter region, kjønn, alder, statistikkvariabel og år',
  source: 'Statistisk sentralbyrå',
  updated: '2023-02-24T07:00:00Z',
  id: ['Region', 'Kjonn', 'Alder', 'ContentsCode', 'Tid'],
  size: [3, 1, 1, 3, 1],
  dimension: {
    Region: dim('region', [
      ['0301', 'Oslo'],
      ['3002', 'Moss (2020-2023)'],
      ['3401', 'Kongsvinger'],
    ]),
    Kjonn: dim('kjønn', [['0', 'Begge kjønn']], { elimination: true }),
    Alder: dim('alder', [['15-74', '15-74 år']], { elimination: true }),
    ContentsCode: dim('statistikkvariabel', [
      ['BefolkningBosted', 'Befolkning'],
      ['SysselBosted', 'Sysselsatte etter bosted'],
      ['SysselArbsted', 'Sysselsatte etter arbeidssted'],
    ]),
    Tid: dim('år', [['2022', '2022']]),
  },
  // Oslo: only its jobs are known from the shipped file; its other two cells are left without a figure.
  value: [null, null, 528_121, 38_088, 24_447, 21_232, 13_301, 8_046, 8_663],
  status: { '0': '..', '1': '..' },
  extension: { px: { tableid: '11618' } },
};
const data03321 = {
  version: '2.0',
  class: 'dataset',
  label:
    '03321: Sysselsatte (15-74 år) per 4. kvartal. Pendlingsstrømmer, etter arbeidsstedskommune, bostedskommune og år',
  source: 'Statistisk sentralbyrå',
  updated: '2023-02-24T07:00:00Z',
  id: ['ArbstedKomm', 'Bokommuen', 'Tid'],
  size: [2, 2, 2],
  // 2015 (the first year ssb.json asks for, from(2015)) is served without figures.
  dimension: {
    ArbstedKomm: dim('arbeidsstedskommune', [
      ['3401', 'Kongsvinger'],
      ['0301', 'Oslo'],
    ]),
    Bokommuen: dim('bostedskommune', [
      ['3401', 'Kongsvinger'],
      ['0301', 'Oslo'],
    ]),
    Tid: dim('år', [
      ['2015', '2015'],
      ['2022', '2022'],
    ]),
  },
  value: [null, 5_672, null, 175, null, 600, null, 0],
  status: { '0': '..', '2': '..', '4': '..', '6': '..' },
  extension: { px: { tableid: '03321' } },
};

const env = fetchWorkspace('newtables', {
  once: true,
  ssb: {
    tables: {
      '11618': { metadata: metadataOf(data11618), data: data11618 },
      '03321': { metadata: metadataOf(data03321), data: data03321 },
    },
  },
});
let result: UpdateResult;

beforeAll(async () => {
  result = await fetchAndBuild({
    ...buildOptions(env),
    sources: { ...shipped, tables: [byId('11618'), byId('03321')] },
    http: { sleep: recordingSleep().sleep },
  });
}, 120_000);

describe('11618 and 03321 fetched and built', () => {
  it('fetches both with the real ssb.json entries and passes 11618’s known values', () => {
    expect(result.summary.skipped).toEqual([]);
    expect(result.summary.tables.map((t) => t.id)).toEqual(['11618', '03321']);
    expect(env.logs).toContain(
      '  kontrolltall sysselsatte region 0301 2022: 528 121 stemmer med 528 121 (SSB 11618 Oslo 2022 i statisticsnorway/pendling (PROVENANCE 11); 2 % for senere revisjoner)',
    );
    const posted = env.ssb.requests
      .filter((r) => r.method === 'POST' && r.path.includes('11618'))
      .map((r) => JSON.parse(r.body) as unknown);
    expect(posted).toEqual([
      {
        selection: [
          { variableCode: 'Region', valueCodes: ['*'] },
          { variableCode: 'Kjonn', valueCodes: ['0'] },
          { variableCode: 'Alder', valueCodes: ['15-74'] },
          { variableCode: 'ContentsCode', valueCodes: ['SysselArbsted', 'SysselBosted', 'BefolkningBosted'] },
          { variableCode: 'Tid', valueCodes: ['*'] },
        ],
      },
    ]);
  });

  it('marks the three 11618 indicators as fetched; sysselsatte keeps 07984/13470 first by priority', () => {
    for (const id of ['sysselsatte', 'sysselsatte_bosted', 'befolkning_15_74'])
      expect(result.manifest.indicators[id]?.origin, id).toBe('fetched');
    expect(result.manifest.indicators.sysselsatte_bosted?.sources[0]).toMatchObject({ table_id: '11618' });
  });

  it('puts the fetched figures and the 03321 flows into the Parquet files', async () => {
    const { con, close } = await openMemoryDuckDb();
    try {
      const q = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();
      const file = (t: string) => `'${join(env.outputDir, `${t}.parquet`)}'`;
      expect(
        await q(
          `SELECT indicator, value, source FROM ${file('observations')} WHERE region_code = '3401' AND year = 2022 AND indicator IN ('sysselsatte', 'sysselsatte_bosted', 'befolkning_15_74') ORDER BY indicator`,
        ),
      ).toEqual([
        { indicator: 'befolkning_15_74', value: 13_301, source: 'ssb:11618' },
        { indicator: 'sysselsatte', value: 8_663, source: 'ssb:11618' },
        { indicator: 'sysselsatte_bosted', value: 8_046, source: 'ssb:11618' },
      ]);
      expect(
        await q(
          `SELECT work_code, home_code, year, persons FROM ${file('commuting')} ORDER BY work_code, home_code`,
        ),
      ).toEqual([
        { work_code: '0301', home_code: '3401', year: 2022, persons: 600 },
        { work_code: '3401', home_code: '0301', year: 2022, persons: 175 },
        { work_code: '3401', home_code: '3401', year: 2022, persons: 5_672 },
      ]);
    } finally {
      close();
    }
  });
});
