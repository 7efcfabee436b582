import { describe, expect, it } from 'vitest';
import { decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import type { SsbTableSource } from '../../../../data/sources/ssb-sources';
import { loadSsbSources, parseSsbSources } from '../../../../data/sources/ssb-sources';
import type { SsbObservation } from '../../../../data/sources/to-observations';
import {
  labelValidity,
  normaliseRegionCode,
  preferByPriority,
  toObservations,
} from '../../../../data/sources/to-observations';
import { readFixture } from '../../../fixtures/fake-ssb-server';

// SYNTHETIC numbers shaped like SSB 13470 — see tests/fixtures/fetch/README.md.
const synthetic = decodeJsonStatDataset(readFixture('synthetic_13470_shaped_jsonstat2.SYNTHETIC.json'));

const entry13470: SsbTableSource = {
  id: '13470',
  indicator: 'sysselsatte',
  title: 'syntetisk',
  unit: 'personer',
  enabled: true,
  priority: 2,
  query: {
    selection: [
      { variableCode: 'Region', valueCodes: ['*'] },
      { variableCode: 'NACE2007', valueCodes: ['??'] },
      { variableCode: 'ContentsCode', valueCodes: ['SysselsatteArb'] },
      { variableCode: 'Tid', valueCodes: ['*'] },
    ],
  },
  otherVariables: 'eliminate',
  expectTitle: null,
  splitAlong: ['Tid'],
  mapping: {
    region: 'Region',
    time: 'Tid',
    keepLevels: ['kommune', 'fylke', 'land'],
    sumOver: ['NACE2007'],
    dropOutsideCodeValidity: true,
  },
  verified: 'public-code-v2',
  note: '',
};

describe('toObservations on a SYNTHETIC 13470-shaped dataset (region × industry × year)', () => {
  it('sums industries to a total, normalises codes, and keeps each code in its own numbering year', () => {
    expect(synthetic.label).toMatch(/^SYNTETISK/);
    const obs = toObservations(synthetic, entry13470);
    expect(obs.map((o) => [o.region_code, o.year, o.value, o.status, o.ssb_status])).toEqual([
      ['3002', 2023, 3214, 'reported', null],
      ['31', 2024, 37400, 'reported', null],
      ['3103', 2024, 3315, 'reported', null],
      ['3112', 2024, null, 'missing', ':'],
    ]);
    const rade = obs[3];
    expect(rade).toMatchObject({
      source_code: 'K-3112',
      region_level: 'kommune',
      code_year: 2024,
      code_valid_from: 2024,
      code_valid_to: null,
      table_id: '13470',
      priority: 2,
      indicator: 'sysselsatte',
    });
    expect(obs[0]).toMatchObject({
      source_code: '3002',
      region_label: 'Moss (2020-2023)',
      code_valid_from: 2020,
      code_valid_to: 2023,
    });
    expect(obs[1]).toMatchObject({ source_code: 'F-31', region_level: 'fylke' });
  });

  it('makes a total with one suppressed part missing — never the partial sum', () => {
    const rade = toObservations(synthetic, entry13470).find(
      (o) => o.region_code === '3112' && o.year === 2024,
    );
    expect(rade?.value).toBeNull();
    expect(rade?.value).not.toBe(120 + 310);
  });

  it('without the validity rule keeps the cells of years a code did not exist (0 and "." as SSB fills them)', () => {
    const obs = toObservations(synthetic, {
      ...entry13470,
      mapping: { ...entry13470.mapping, dropOutsideCodeValidity: false },
    });
    expect(obs).toHaveLength(8);
    expect(obs.find((o) => o.region_code === '3103' && o.year === 2023)).toMatchObject({
      value: 0,
      status: 'reported',
    });
    expect(obs.find((o) => o.region_code === '3002' && o.year === 2024)).toMatchObject({
      value: null,
      status: 'missing',
      ssb_status: '.',
    });
  });

  it('keeps Svalbard out unless asked for, and maps one industry with a filter instead of a sum', () => {
    const other = toObservations(synthetic, {
      ...entry13470,
      mapping: { ...entry13470.mapping, keepLevels: ['other'] },
    });
    expect(other.map((o) => [o.region_code, o.year, o.value])).toEqual([
      ['21', 2023, 12],
      ['21', 2024, 14],
    ]);
    const retail = toObservations(synthetic, {
      ...entry13470,
      mapping: { region: 'Region', time: 'Tid', keepLevels: ['kommune'], filter: { NACE2007: ['47'] } },
    });
    expect(retail.map((o) => [o.region_code, o.year, o.value])).toEqual([
      ['3002', 2023, 2050],
      ['3002', 2024, null],
      ['3103', 2023, 0],
      ['3103', 2024, 2100],
      ['3112', 2023, null],
      ['3112', 2024, 310],
    ]);
  });

  it('refuses ambiguous cells and filter codes that do not exist', () => {
    expect(() =>
      toObservations(synthetic, {
        ...entry13470,
        mapping: { region: 'Region', time: 'Tid', keepLevels: ['kommune'] },
      }),
    ).toThrow('ambiguous cells — dimension NACE2007 has 3 codes');
    expect(() =>
      toObservations(synthetic, {
        ...entry13470,
        mapping: { ...entry13470.mapping, filter: { ContentsCode: ['BNPB'] } },
      }),
    ).toThrow('filter code BNPB not in dimension ContentsCode');
  });
});

describe('preferByPriority', () => {
  it('takes the lowest priority with a number, falling back to a higher one only where the first is missing', () => {
    const [base] = toObservations(synthetic, entry13470);
    const o = (region_code: string, priority: number, value: number | null): SsbObservation => ({
      ...(base as SsbObservation),
      region_code,
      priority,
      value,
      status: value === null ? 'missing' : 'reported',
    });
    const picked = preferByPriority([
      o('3103', 2, 10),
      o('3103', 1, 11),
      o('3112', 1, null),
      o('3112', 2, 20),
      o('3105', 2, null),
      o('3105', 1, null),
    ]);
    expect(picked.map((p) => [p.region_code, p.priority, p.value])).toEqual([
      ['3103', 1, 11],
      ['3112', 2, 20],
      ['3105', 1, null],
    ]);
  });
});

describe('region codes and label validity', () => {
  it('normalises SSB code forms', () => {
    expect(normaliseRegionCode('K-3103')).toEqual({ code: '3103', level: 'kommune' });
    expect(normaliseRegionCode('0104')).toEqual({ code: '0104', level: 'kommune' });
    expect(normaliseRegionCode('F-31')).toEqual({ code: '31', level: 'fylke' });
    expect(normaliseRegionCode('0')).toEqual({ code: '0', level: 'land' });
    expect(normaliseRegionCode('21')).toEqual({ code: '21', level: 'other' });
    expect(normaliseRegionCode('2111')).toEqual({ code: '2111', level: 'other' });
    expect(normaliseRegionCode('9999')).toEqual({ code: '9999', level: 'other' });
    expect(normaliseRegionCode('K-Rest')).toEqual({ code: 'Rest', level: 'other' });
  });

  it('reads validity years from labels', () => {
    expect(labelValidity('Moss (-2019)')).toEqual({ from: null, to: 2019 });
    expect(labelValidity('Moss (2020-2023)')).toEqual({ from: 2020, to: 2023 });
    expect(labelValidity('Moss (2024-)')).toEqual({ from: 2024, to: null });
    expect(labelValidity('Moss')).toEqual({ from: null, to: null });
  });
});

describe('data/sources/ssb.json', () => {
  const sources = loadSsbSources();

  it('lists the indicator tables; unverified ones are enabled only with queries stated as labels/totals', () => {
    expect(sources.tables.map((t) => [t.id, t.indicator, t.enabled, t.verified])).toEqual([
      ['07459', 'befolkning', true, 'public-code-v2'],
      ['07984', 'sysselsatte', true, 'public-code-v2'],
      ['13470', 'sysselsatte', true, 'public-code-v2'],
      ['11618', 'sysselsatte', true, 'public-code-v0'],
      ['03321', 'pendling', true, 'public-code-v0'],
      ['09391', 'bruttoprodukt', true, 'public-code-v0'],
      ['11713', 'bruttoprodukt_11713', true, 'unverified'],
      ['12989', 'nyetableringer', true, 'unverified'],
      ['07091', 'virksomheter', false, 'public-code-v0'],
    ]);
    expect(sources.pxwebapi).toMatchObject({
      baseUrl: 'https://data.ssb.no/api/pxwebapi/v2',
      maxCellsPerRequest: 800000,
      maxRequestsPerMinute: 30,
    });
    expect(sources.klass.requests.map((r) => r.name)).toEqual([
      'klass-131-codes',
      'klass-131-changes',
      'klass-104-codes',
      'klass-104-changes',
      'klass-108-codes',
      'klass-108-changes',
    ]);
    expect(sources.tables.find((t) => t.id === '13470')?.mapping.sumOver).toEqual(['NACE2007']);
  });

  it('refuses an entry whose mapping names a variable the query does not select', () => {
    const raw = JSON.parse(JSON.stringify({ ...sources, tables: [sources.tables[0]] })) as {
      tables: { mapping: { region: string } }[];
    };
    const first = raw.tables[0];
    if (first) first.mapping.region = 'Kommune';
    expect(() => parseSsbSources(raw)).toThrow(
      'ssb.json tables[0].mapping: mapping names Kommune, which the query does not select',
    );
  });
});
