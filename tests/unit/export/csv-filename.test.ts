import { describe, expect, it } from 'vitest';
import { seriesCsv } from '../../../src/lib/export/csv';
import { exportFileName } from '../../../src/lib/export/filename';
import { describeSeries } from '../../../src/lib/charts/describe';

describe('exportFileName', () => {
  it('names indicator, regions and years', () => {
    expect(exportFileName('sysselsatte', ['Moss', 'Sarpsborg'], [2010, 2021, 2015], 'csv')).toBe(
      'sysselsatte_moss_sarpsborg_2010-2021.csv',
    );
    expect(exportFileName('befolkning', ['Råde', 'Nord-Odal', 'Ås', 'Bø', 'Ål', 'Hå'], [2005], 'png')).toBe(
      'befolkning_rade_nord-odal_as_bo_og-2-til_2005-2005.png',
    );
  });
});

describe('seriesCsv', () => {
  it('writes a provenance header and exactly the shown numbers, missing as empty', () => {
    const csv = seriesCsv({
      title: 'Befolkning',
      source: 'SSB',
      tableId: '07459',
      builtAt: '2026-11-25',
      mode: 'absolutte tall',
      url: 'http://127.0.0.1/?regions=3103',
      regions: [
        { code: '3112', name: 'Råde' },
        { code: '3103', name: 'Moss, by' },
      ],
      rows: [
        { region_code: '3103', year: 2020, y: 49273, status: 'reported' },
        { region_code: '3103', year: 2019, y: 48871, status: 'harmonised' },
        { region_code: '3112', year: 2019, y: null, status: 'missing' },
      ],
    });
    const lines = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[1]).toBe('# Kilde: SSB, tabell 07459. Datasett bygget 2026-11-25.');
    expect(lines.slice(3)).toEqual([
      'region_kode,region,år,verdi,status,kilde',
      '3112,Råde,2019,,missing,',
      '3103,"Moss, by",2019,48871,harmonised,',
      '3103,"Moss, by",2020,49273,reported,',
    ]);
  });
});

describe('describeSeries', () => {
  it('says how each region changed, with Norwegian numbers', () => {
    const text = describeSeries({
      indicator: 'Befolkning',
      unit: 'personer',
      mode: 'absolute',
      base: null,
      digits: 0,
      regions: [
        {
          name: 'Moss',
          points: [
            { year: 2005, y: 44185 },
            { year: 2022, y: 50290 },
            { year: 2010, y: null },
          ],
        },
        { name: 'Råde', points: [] },
      ],
    });
    expect(text).toBe(
      'Befolkning i Moss økte fra 44 185 i 2005 til 50 290 i 2022 (+14 %). Råde: ingen data.',
    );
  });
});
