import { describe, expect, it } from 'vitest';
import { decodeJsonStat, decodeJsonStatDataset } from '../../../../data/parse/jsonstat';
import { jsonStatRows, timeDimension } from '../../../../data/parse/jsonstat-cells';
import type { JsonStatDataset, JsonStatRow } from '../../../../data/parse/jsonstat';
import { readFixture } from '../../../fixtures/fake-ssb-server';

const rowsOf = (ds: JsonStatDataset): JsonStatRow[] => Array.from(jsonStatRows(ds));
const find = (rows: JsonStatRow[], codes: Record<string, string>): JsonStatRow | undefined =>
  rows.find((r) => Object.entries(codes).every(([k, v]) => r.codes[k] === v));

describe('decodeJsonStat: real SSB json-stat2 response (table 05300)', () => {
  const ds = decodeJsonStatDataset(readFixture('ssb_05300_jsonstat2_statbank_client_fixture.json'));
  const rows = rowsOf(ds);

  it('reads table id, updated stamp, label, dimensions and roles', () => {
    expect(ds.tableId).toBe('05300');
    expect(ds.updated).toBe('2022-05-24T06:00:00Z');
    expect(ds.label).toBe(
      '05300: Avstand til nærmeste lokale/sted (prosent), etter avstand, kulturtilbud, statistikkvariabel og år',
    );
    expect(ds.ids).toEqual(['Avstand1', 'Kulturtilbud', 'ContentsCode', 'Tid']);
    expect(ds.size).toEqual([6, 8, 1, 9]);
    expect(timeDimension(ds)?.id).toBe('Tid');
    expect(ds.dimensions.map((d) => d.role)).toEqual([null, null, 'metric', 'time']);
    expect(ds.dimensions[2]?.categories[0]?.unit).toEqual({ base: 'prosent', decimals: 0 });
  });

  it('gives 432 rows, 28 of them null with their SSB status symbol kept', () => {
    expect(rows).toHaveLength(432);
    const nulls = rows.filter((r) => r.value === null);
    expect(nulls).toHaveLength(28);
    expect(nulls.every((r) => r.status === '.' || r.status === '..')).toBe(true);
    expect(nulls.filter((r) => r.status === '.')).toHaveLength(20);
    expect(nulls.filter((r) => r.status === '..')).toHaveLength(8);
    // No missing cell became 0, and no number carries a missing symbol.
    expect(rows.filter((r) => r.status !== null && r.value !== null)).toHaveLength(0);
  });

  it('puts values in the right cells (last dimension fastest)', () => {
    const kino = { Avstand1: '01', Kulturtilbud: '01' };
    expect(find(rows, { ...kino, Tid: '1991' })?.value).toBe(16);
    expect(find(rows, { ...kino, Tid: '2021' })?.value).toBe(12);
    const bibliotek = find(rows, { Avstand1: '01', Kulturtilbud: '07', Tid: '2021' });
    expect(bibliotek?.value).toBe(15);
    expect(bibliotek?.labels).toEqual({
      Avstand1: 'Under 1 km',
      Kulturtilbud: 'Folkebibliotek',
      ContentsCode: 'Avstand til nærmeste lokale/sted',
      Tid: '2021',
    });
    expect(find(rows, { Avstand1: '01', Kulturtilbud: '08', Tid: '2021' })).toMatchObject({
      index: 71,
      value: null,
      status: '.',
    });
    expect(find(rows, { Avstand1: '06', Kulturtilbud: '01', Tid: '1991' })).toMatchObject({
      index: 360,
      value: null,
      status: '..',
    });
  });
});

describe('decodeJsonStat: json-stat.org and PxWeb samples', () => {
  it('galicia (2.0, category index as arrays): 3 960 values', () => {
    const ds = decodeJsonStatDataset(readFixture('pyjstat_galicia-2.0.json'));
    const rows = rowsOf(ds);
    expect(rows).toHaveLength(3960);
    expect(ds.dimensions.map((d) => d.id)).toEqual([
      'birth',
      'age',
      'gender',
      'time',
      'residence',
      'concept',
    ]);
    expect(rows[0]?.value).toBe(2695880);
    expect(find(rows, { birth: 'T', age: 'T', gender: 'T', time: '2011', residence: 'T' })?.value).toBe(
      2772928,
    );
    expect(
      find(rows, { birth: 'T', age: 'T', gender: 'T', time: '2011', residence: '15' })?.labels.residence,
    ).toBe('A Coruña');
    expect(rows.filter((r) => r.value === null)).toHaveLength(4);
    expect(timeDimension(ds)?.id).toBe('time');
  });

  it('oecd-canada (1.0 bundle): two datasets, roles and notes inside `dimension`', () => {
    const [oecd, canada] = decodeJsonStat(readFixture('pyjstat_oecd-canada.json'));
    expect(oecd?.name).toBe('oecd');
    expect(canada?.name).toBe('canada');
    expect(oecd?.values).toHaveLength(432);
    expect(canada?.values).toHaveLength(120);
    const norway = rowsOf(oecd as JsonStatDataset).filter((r) => r.codes.area === 'NO');
    expect(norway.map((r) => r.value)).toHaveLength(12);
    expect(find(norway, { year: '2003' })?.value).toBe(4.04172726);
    expect(find(norway, { year: '2014' })).toMatchObject({ value: 3.003021166, status: 'e' });
    expect(oecd?.dimensions[1]?.note).toEqual([
      'Except where otherwise indicated, data refer to the actual territory of the country considered.',
    ]);
    expect(oecd?.dimensions.map((d) => d.role)).toEqual(['metric', 'geo', 'time']);
    // `status: ["a"]` (one element) applies to every cell; categories without `index` still decode.
    const c = rowsOf(canada as JsonStatDataset);
    expect(c.every((r) => r.status === 'a')).toBe(true);
    expect(c[1]).toMatchObject({
      value: 17309.1,
      codes: { country: 'CA', year: '2012', age: 'T', concept: 'POP', sex: 'M' },
    });
  });

  it('rjstat oecd (2.0, sparse status object, dataset note): 432 values', () => {
    const ds = decodeJsonStatDataset(readFixture('rjstat_oecd.json'));
    expect(ds.values).toHaveLength(432);
    expect(ds.status.size).toBe(72);
    expect(ds.note[0]).toMatch(
      /^Most of the data in this dataset are taken from the individual contributions/,
    );
    const rows = rowsOf(ds);
    expect(find(rows, { area: 'NO', year: '2008' })?.value).toBe(2.565344859);
    expect(find(rows, { area: 'NO', year: '2013' })).toMatchObject({ value: 3.098584692, status: 'e' });
    expect(ds.dimensions[0]?.categories[0]?.unit).toMatchObject({ label: '%', decimals: 9 });
  });

  it('hierarchy (sparse value object): 132 missing cells, children kept', () => {
    const ds = decodeJsonStatDataset(readFixture('rjstat_hierarchy.json'));
    expect(ds.values).toHaveLength(132);
    expect(ds.values.every((v) => v === null)).toBe(true);
    const [total, food] = ds.dimensions[0]?.categories ?? [];
    expect(total).toMatchObject({ code: 'T', label: 'Total', index: 0 });
    expect(total?.child).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(food?.label).toBe('Food and non-alcoholic beverages');
  });

  it('PxWeb json-stat 1.x response (Statistics Sweden, bundle key "dataset")', () => {
    const ds = decodeJsonStatDataset(readFixture('pyjstat_statswe.json'));
    expect(ds.name).toBe('dataset');
    expect(ds.source).toBe('Socialstyrelsen (SoS)');
    expect(ds.values).toHaveLength(1120);
    expect(timeDimension(ds)?.id).toBe('Tid');
    const rows = rowsOf(ds);
    expect(rows[1119]).toMatchObject({
      value: 137,
      codes: { Region: '25', Alder: '90+', Kon: '2', Tid: '1996' },
    });
    expect(rows[0]?.labels.Region).toBe('25 Norrbottens län');
  });
});

describe('decodeJsonStat: SSB conventions and malformed input', () => {
  const base = {
    class: 'dataset',
    version: '2.0',
    id: ['Region', 'Tid'],
    size: [1, 3],
    dimension: {
      Region: {
        label: 'region',
        category: { index: { '3103': 0 }, label: { '3103': 'Moss' }, note: { '3103': ['fotnote'] } },
      },
      Tid: { label: 'år', category: { index: ['2022', '2023', '2024'] } },
    },
  };

  it('turns every SSB missing symbol into null (never 0), also when a number is given next to it', () => {
    const ds = decodeJsonStatDataset({ ...base, value: [0, '..', 5], status: { '0': ':', '2': 'p' } });
    expect(ds.values).toEqual([null, null, 5]);
    expect([...ds.status.entries()]).toEqual([
      [0, ':'],
      [2, 'p'],
      [1, '..'],
    ]);
    expect(ds.dimensions[0]?.categories[0]?.note).toEqual(['fotnote']);
    expect(ds.dimensions[1]?.categories.map((c) => c.label)).toEqual(['2022', '2023', '2024']);
  });

  it('refuses a value array that does not match the sizes, and a non-JSON-stat object', () => {
    expect(() => decodeJsonStatDataset({ ...base, value: [1, 2] })).toThrow(
      '2 values, but the sizes multiply to 3',
    );
    expect(() => decodeJsonStat({ hello: 'world' })).toThrow(
      'neither a JSON-stat 2.0 dataset nor a 1.x bundle',
    );
    expect(() => decodeJsonStatDataset({ ...base, value: [1, 2, 'x'] })).toThrow('value 2 is not a number');
  });

  it('reads structure only for PxWebApi metadata (value: [])', () => {
    const ds = decodeJsonStatDataset({ ...base, value: [] }, { structureOnly: true });
    expect(ds.size).toEqual([1, 3]);
    expect(ds.values).toEqual([]);
  });
});
