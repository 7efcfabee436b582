import { describe, expect, it } from 'vitest';
import { searchRegions } from '../../../src/lib/groups/search';
import { commonGaps, findGaps, yearRanges } from '../../../src/lib/series/gaps';
import { sortRows, tableRows } from '../../../src/lib/series/table';
import { commonBaseYear } from '../../../src/lib/sql/series';
import { formatNumber, digitsFor, digitsForUnit } from '../../../src/lib/i18n/format';

const regions = [
  { code: '3103', name: 'Moss', level: 'kommune' },
  { code: '3112', name: 'Råde', level: 'kommune' },
  { code: '3114', name: 'Våler', level: 'kommune' },
  { code: '3419', name: 'Våler', level: 'kommune' },
  { code: 'mosseregionen', name: 'Mosseregionen', level: 'region' },
  { code: '31', name: 'Østfold', level: 'fylke' },
];

describe('searchRegions', () => {
  it('finds names without diacritics and ranks exact matches first', () => {
    expect(searchRegions(regions, 'rade').map((r) => r.code)).toEqual(['3112']);
    expect(searchRegions(regions, 'moss').map((r) => r.code)).toEqual(['3103', 'mosseregionen']);
    expect(searchRegions(regions, 'ostf').map((r) => r.code)).toEqual(['31']);
  });
  it('puts the kommune first among regions of the same name', () => {
    const hamar = [
      { code: 'BA16', name: 'Hamar', level: 'region' },
      { code: 'OR34002', name: 'Hamar', level: 'region' },
      { code: '3403', name: 'Hamar', level: 'kommune' },
    ];
    expect(searchRegions(hamar, 'Hamar').map((r) => r.code)).toEqual(['3403', 'BA16', 'OR34002']);
  });
  it('finds by code', () => {
    expect(searchRegions(regions, '3419').map((r) => r.name)).toEqual(['Våler']);
  });
  it('returns nothing for an empty query', () => {
    expect(searchRegions(regions, '  ')).toEqual([]);
  });
});

const rows = [
  { region_code: 'a', year: 2019, value: 10, status: 'reported', y: 10, source: 'syn' },
  { region_code: 'a', year: 2020, value: null, status: 'missing', y: null, source: 'syn' },
  { region_code: 'a', year: 2021, value: 12, status: 'reported', y: 12, source: 'syn' },
  { region_code: 'b', year: 2020, value: 5, status: 'estimated', y: 5, source: 'syn' },
  { region_code: 'b', year: 2021, value: 6, status: 'reported', y: 6, source: 'syn' },
];

describe('gaps', () => {
  it('names the missing years per region and regions without data', () => {
    const gaps = findGaps(rows, ['a', 'b', 'c']);
    expect(gaps.map((g) => [g.code, g.empty, g.missingYears])).toEqual([
      ['a', false, [2020]],
      ['b', false, [2019]],
      ['c', true, []],
    ]);
  });
  it('folds consecutive years into ranges', () => {
    expect(yearRanges([2011, 2012, 2013, 2014, 2019, 2021, 2022])).toBe('2011–2014, 2019, 2021–2022');
  });
  it('picks the first year every region with data has a value as the base year', () => {
    expect(commonBaseYear(rows, ['a', 'b', 'c'])).toBe(2021);
  });
});

describe('table', () => {
  const names = new Map([
    ['a', 'Alfa'],
    ['b', 'Beta'],
  ]);
  it('pivots to one row per region with a cell per year', () => {
    const t = tableRows(rows, ['b', 'a'], names);
    expect(t.years).toEqual([2019, 2020, 2021]);
    expect(t.rows.map((r) => r.name)).toEqual(['Beta', 'Alfa']);
    expect(t.rows[1]!.cells.get(2020)).toEqual({ y: null, status: 'missing', source: 'syn' });
  });
  it('sorts by a year with missing values last in both directions', () => {
    const t = tableRows(rows, ['a', 'b'], names);
    expect(sortRows(t.rows, 2019, true).map((r) => r.code)).toEqual(['a', 'b']);
    expect(sortRows(t.rows, 2019, false).map((r) => r.code)).toEqual(['a', 'b']);
    expect(sortRows(t.rows, 2021, false).map((r) => r.code)).toEqual(['b', 'a']);
  });
});

describe('Norwegian number format', () => {
  it('groups thousands with a space and shows missing as a dash, never 0', () => {
    expect(formatNumber(49273).replace(/\s/g, ' ')).toBe('49 273');
    expect(formatNumber(12.345, 1)).toBe('12,3');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });
  it('chooses digits by magnitude', () => {
    expect(digitsFor([49273, null])).toBe(0);
    expect(digitsFor([101.2, 99.1])).toBe(1);
    // Counts are whole however small: 176 new firms, not 176,0.
    expect(digitsForUnit('foretak', [176])).toBe(0);
    expect(digitsForUnit('personer', [12])).toBe(0);
    expect(digitsForUnit('mill. kr', [432.5])).toBe(1);
  });
});

describe('commonGaps', () => {
  it('names the years inside the span that no region has', () => {
    expect(
      commonGaps([
        { year: 2021, y: 1 },
        { year: 2022, y: null },
        { year: 2024, y: 2 },
      ]),
    ).toEqual([2022, 2023]);
  });
});
