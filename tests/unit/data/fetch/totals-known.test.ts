/**
 * No silent wrong sums (issue 16): SSB's real 05810 v2 metadata says Kjonn and Alder may be eliminated but
 * not which value SSB would use (no eliminationValueCode), and Alder lists «All» next to its age groups —
 * so a left-out variable with a total gets that total selected by name. A fetched figure is then checked
 * against a known one (data/fetch/known-values.ts), and SSB's table list can be searched by words.
 */
import { describe, expect, it } from 'vitest';
import { checkKnownValues, KnownValueMismatch } from '../../../../data/fetch/known-values';
import { resolveQuery } from '../../../../data/fetch/resolve-query';
import type { FetchedTable } from '../../../../data/fetch/ssb';
import { describeTable, parseTableList } from '../../../../data/fetch/table-list';
import { findTotal } from '../../../../data/fetch/totals';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import type { SsbTableSource } from '../../../../data/sources/ssb-sources';
import { readFixture } from '../../../fixtures/fake-ssb-server';

const meta05810 = decodeJsonStatDataset(
  readFixture('ssb_05810_v2_metadata_lang_en_from_pxtools_user_guide.json'),
  { structureOnly: true },
);

describe('eliminable variables with a total are pinned to it (real SSB 05810 metadata)', () => {
  it('selects Kjonn 0 «Both sexes» and Alder 999B «All» instead of leaving them to SSB’s sum', () => {
    const entry = {
      id: '05810',
      query: {
        selection: [
          { variableCode: 'ContentsCode', valueCodes: ['Personer'] },
          { variableCode: 'Tid', valueCodes: ['*'] },
        ],
      },
      otherVariables: 'eliminate' as const,
      expectTitle: null,
      mapping: { region: 'Kjonn', time: 'Tid', keepLevels: ['land' as const] },
    };
    const { query, notes } = resolveQuery(entry, meta05810);
    expect(query.selection).toEqual([
      { variableCode: 'ContentsCode', valueCodes: ['Personer'] },
      { variableCode: 'Tid', valueCodes: ['*'] },
      { variableCode: 'Kjonn', valueCodes: ['0'] },
      { variableCode: 'Alder', valueCodes: ['999B'] },
    ]);
    expect(notes[0]).toBe(
      'Kjonn: not in the query, total selected explicitly → 0 (Both sexes), by its label (elimination=true, but the metadata does not say what SSB would sum)',
    );
  });

  it('never takes a single age (07459’s Alder 000 «0 år») for a total; a plain partition is left to SSB’s sum', () => {
    const ages = {
      ...meta05810.dimensions[1]!,
      categories: ['000', '001', '002'].map((code, index) => ({
        code,
        index,
        label: `${Number(code)} år`,
        note: [],
        unit: null,
        child: [],
      })),
    };
    expect(findTotal(ages)).toEqual({ candidates: [] });
    const r = resolveQuery(
      {
        id: '05810',
        query: {
          selection: [
            { variableCode: 'Kjonn', valueCodes: ['*'] },
            { variableCode: 'ContentsCode', valueCodes: ['Personer'] },
            { variableCode: 'Tid', valueCodes: ['2020'] },
          ],
        },
        otherVariables: 'eliminate',
        expectTitle: null,
        mapping: { region: 'Kjonn', time: 'Tid', keepLevels: ['land'] },
      },
      { ...meta05810, dimensions: meta05810.dimensions.map((d) => (d.id === 'Alder' ? ages : d)) },
    );
    expect(r.notes).toEqual([
      'Alder eliminated (elimination=true, no total among its 3 categories: SSB sums them)',
    ]);
  });
});

/** A one-region table: Hele landet in two years, as JSON-stat 2.0 text. */
function fetched(values: number[]): FetchedTable {
  const ds = {
    version: '2.0',
    class: 'dataset',
    label: 'test',
    id: ['Region', 'Tid'],
    size: [1, 2],
    dimension: {
      Region: { category: { index: { '0': 0 }, label: { '0': 'Hele landet' } } },
      Tid: { category: { index: { '2024': 0, '2025': 1 }, label: { '2024': '2024', '2025': '2025' } } },
    },
    value: values,
  };
  return { id: '07459', text: JSON.stringify(ds), meta: {} as FetchedTable['meta'] };
}

const entry07459 = {
  id: '07459',
  indicator: 'befolkning',
  title: 't',
  unit: 'personer',
  enabled: true,
  priority: 1,
  query: {
    selection: [
      { variableCode: 'Region', valueCodes: ['*'] },
      { variableCode: 'Tid', valueCodes: ['*'] },
    ],
  },
  otherVariables: 'eliminate',
  expectTitle: null,
  splitAlong: [],
  verified: 'public-code-v2',
  note: '',
  mapping: { region: 'Region', time: 'Tid', keepLevels: ['land'] },
  // SSB's official population 1 January (PROVENANCE section 13).
  knownValues: [
    { region: '0', year: 2024, value: 5_550_203, tolerance: 0, source: 'SSB, folketallet 1.1.2024' },
  ],
} satisfies SsbTableSource;

describe('checkKnownValues', () => {
  it('passes SSB’s own national total and notes it', () => {
    expect(checkKnownValues(fetched([5_550_203, 5_594_340]), entry07459)).toEqual([
      'kontrolltall befolkning region 0 2024: 5 550 203 stemmer med 5 550 203 (SSB, folketallet 1.1.2024)',
    ]);
  });

  it('refuses a sum inflated by an eliminated variable (both sexes counted twice)', () => {
    expect(() => checkKnownValues(fetched([2 * 5_550_203, 5_594_340]), entry07459)).toThrow(
      KnownValueMismatch,
    );
    expect(() => checkKnownValues(fetched([11_100_406, 0]), entry07459)).toThrow(
      /region 0 2024 er 11 100 406 fra SSB, men kjent tall er 5 550 203 .*avvik 100\.0 %/,
    );
  });

  it('notes a known figure the answer does not have, without refusing', () => {
    expect(
      checkKnownValues(fetched([0, 1]), {
        ...entry07459,
        knownValues: [{ ...entry07459.knownValues[0]!, year: 2019 }],
      }),
    ).toEqual(['kontrolltall befolkning region 0 2019: ikke i svaret, ikke sjekket']);
  });
});

describe('the table list', () => {
  it('reads PxWebApi v2’s /tables answer and describes each hit', () => {
    const list = parseTableList({
      language: 'no',
      tables: [
        {
          type: 'Table',
          id: '12345',
          label: 'Eksempel',
          updated: '2025-01-01T08:00:00Z',
          firstPeriod: '2008',
          lastPeriod: '2024',
          variableNames: ['region', 'år'],
        },
      ],
      page: { pageNumber: 1, pageSize: 50, totalElements: 1, totalPages: 1 },
    });
    expect(list.map(describeTable)).toEqual([
      '12345 «Eksempel» 2008–2024, oppdatert 2025-01-01, variabler region, år',
    ]);
    expect(() => parseTableList({ title: 'Not found' })).toThrow(
      'tabellisten fra SSB har ingen "tables"-liste',
    );
  });
});

describe('a table the mapping cannot read, or a value code it lacks', () => {
  it('fails that table alone, as a response or query fault', async () => {
    const { TableResponseError } = await import('../../../../data/fetch/ssb');
    const wrongMapping = { ...entry07459, mapping: { ...entry07459.mapping, region: 'Fylke' } };
    expect(() => checkKnownValues(fetched([5_550_203, 5_594_340]), wrongMapping)).toThrow(TableResponseError);
    expect(() => checkKnownValues(fetched([5_550_203, 5_594_340]), wrongMapping)).toThrow(
      /^tabell 07459: svaret kan ikke leses med mapping .*dimension Fylke not in the response/,
    );
  });
});
