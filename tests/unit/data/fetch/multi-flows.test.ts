/**
 * The two new table kinds of ssb.json, with real SSB figures from the shipped files (PROVENANCE 11) put into
 * JSON-stat 2.0 the way PxWebApi v2 answers (dense `value`, `status` object): 11618 feeds three indicators by
 * ContentsCode (mapping.indicatorBy), and 03321's commuting matrix becomes flows (mapping.home).
 */
import { describe, expect, it } from 'vitest';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import { loadSsbSources, type SsbTableSource } from '../../../../data/sources/ssb-sources';
import { toObservations } from '../../../../data/sources/to-observations';
import { toFlows } from '../../../../data/sources/to-flows';

const shipped = loadSsbSources();
const entry = (id: string): SsbTableSource => shipped.tables.find((t) => t.id === id) as SsbTableSource;

// `index` as an array: an object's integer-like keys ("3401") would be reordered by JavaScript itself.
const cat = (codes: [string, string][]) => ({
  category: { index: codes.map(([c]) => c), label: Object.fromEntries(codes) },
});

describe('11618: one table, three indicators', () => {
  // Kongsvinger and Moss, 4th quarter 2022, both sexes, 15-74 (statisticsnorway/pendling data_kommune2022.rds).
  const ds = decodeJsonStatDataset({
    version: '2.0',
    class: 'dataset',
    label: '11618',
    id: ['Region', 'Kjonn', 'Alder', 'ContentsCode', 'Tid'],
    size: [3, 1, 1, 3, 1],
    dimension: {
      Region: cat([
        ['3401', 'Kongsvinger'],
        ['3002', 'Moss (2020-2023)'],
        ['Rest', 'Uoppgitt'],
      ]),
      Kjonn: cat([['0', 'Begge kjønn']]),
      Alder: cat([['15-74', '15-74 år']]),
      ContentsCode: cat([
        ['BefolkningBosted', 'Befolkning'],
        ['SysselBosted', 'Sysselsatte etter bosted'],
        ['SysselArbsted', 'Sysselsatte etter arbeidssted'],
      ]),
      Tid: cat([['2022', '2022']]),
    },
    value: [13_301, 8_046, 8_663, 38_088, 24_447, 21_232, null, null, null],
    status: { '6': '..', '7': '..', '8': '..' },
  });

  it('gives sysselsatte, sysselsatte_bosted and befolkning_15_74 per kommune, and drops the unknown region', () => {
    const notes: string[] = [];
    const obs = toObservations(ds, entry('11618'), notes);
    expect(notes).toEqual([]);
    expect(obs.map((o) => [o.indicator, o.region_code, o.year, o.value])).toEqual([
      ['befolkning_15_74', '3002', 2022, 38_088],
      ['befolkning_15_74', '3401', 2022, 13_301],
      ['sysselsatte', '3002', 2022, 21_232],
      ['sysselsatte', '3401', 2022, 8_663],
      ['sysselsatte_bosted', '3002', 2022, 24_447],
      ['sysselsatte_bosted', '3401', 2022, 8_046],
    ]);
    expect(obs.every((o) => o.table_id === '11618' && o.priority === 3)).toBe(true);
  });
});

describe('rows of no dashboard level', () => {
  it('are left out with one note each («Fylkene» in a county table)', () => {
    const ds = decodeJsonStatDataset({
      version: '2.0',
      class: 'dataset',
      label: '09391',
      id: ['Region', 'ContentsCode', 'Tid'],
      size: [3, 1, 1],
      dimension: {
        Region: cat([
          ['0', 'Hele landet'],
          ['Fylkene', 'Fylkene'],
          ['08', 'Telemark (-2019)'],
        ]),
        ContentsCode: cat([['BNPB', 'Bruttoprodukt']]),
        Tid: cat([['2017', '2017']]),
      },
      // Telemark 2017 as in the shipped 09391 file (PROVENANCE 3); the other two cells are left without a figure.
      value: [null, null, 65_409],
      status: { '0': '..', '1': '..' },
    });
    const notes: string[] = [];
    expect(toObservations(ds, entry('09391'), notes).map((o) => [o.region_code, o.value])).toEqual([
      ['0', null],
      ['08', 65_409],
    ]);
    expect(notes).toEqual([]);
    const withFigure = { ...ds, values: [2_000_000, 2_500_000, 65_409] };
    expect(toObservations(withFigure, entry('09391'), notes).map((o) => o.region_code)).toEqual(['0', '08']);
    expect(notes).toEqual([
      'table 09391: region Fylkene «Fylkene» skipped (not a kommune, county or Hele landet)',
    ]);
  });
});

describe('03321: the commuting matrix as flows', () => {
  // Kongsvinger's flows 2022 (statisticsnorway/pendling data_pendling2022.rds); one zero cell and one non-kommune.
  const ds = decodeJsonStatDataset({
    version: '2.0',
    class: 'dataset',
    label: '03321',
    id: ['ArbstedKomm', 'Bokommuen', 'Tid'],
    size: [3, 3, 1],
    dimension: {
      ArbstedKomm: cat([
        ['3401', 'Kongsvinger'],
        ['0301', 'Oslo'],
        ['3403', 'Hamar'],
      ]),
      Bokommuen: cat([
        ['3401', 'Kongsvinger'],
        ['0301', 'Oslo'],
        ['2111', 'Svalbard'],
      ]),
      Tid: cat([['2022', '2022']]),
    },
    value: [5_672, 175, 4, 600, 0, 1, 63, 0, null],
    status: { '8': '.' },
  });

  it('keeps the non-zero kommune-to-kommune cells, work × home', () => {
    expect(toFlows(ds, entry('03321'))).toEqual([
      { work: '3401', home: '3401', year: 2022, persons: 5_672 },
      { work: '3401', home: '0301', year: 2022, persons: 175 },
      { work: '0301', home: '3401', year: 2022, persons: 600 },
      { work: '3403', home: '3401', year: 2022, persons: 63 },
    ]);
    expect(() => toFlows(ds, entry('07459'))).toThrow(
      'table 07459: not a flow table (mapping.home is not set)',
    );
  });
});
