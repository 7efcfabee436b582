/**
 * Shift-share on the real data (static/data/sectors.parquet, SSB 13472): Notodden (4005, 3808 in
 * 2020–2023) 2015 → 2021 against Hele landet, with every step written out from the raw numbers in
 * data/raw/ssb/employment_vestfold_telemark/ (…_vestfold_telemark_2010_2021.csv and …_hele_landet_2010_2021.csv).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDb } from '../../../src/lib/db/node';
import { isShiftShare, shiftShare } from '../../../src/lib/shiftshare/shift-share';
import { loadSectorRegions, loadShiftShare } from '../../../src/lib/shiftshare/load';
import { sectorValuesQuery } from '../../../src/lib/sql/sectors';
import { parseShiftShareView } from '../../../src/lib/shiftshare/view';
import { shiftShareCsv } from '../../../src/lib/export/shift-share-csv';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

// Hele landet, 4th quarter 2015 → 2021 (sheet «Hele landet», SSB saved query 10074870).
const N0 = { stat: 292946, kommunal: 470951, fylke: 44868, foretak: 123307, privat: 1664992 };
const N1 = { stat: 320522, kommunal: 505593, fylke: 47371, foretak: 111005, privat: 1777684 };
// Notodden, same sectors and years.
const R0 = { stat: 779, kommunal: 1392, fylke: 120, foretak: 360, privat: 2704 };
const R1 = { stat: 676, kommunal: 1460, fylke: 145, foretak: 182, privat: 3155 };

describe('shift-share, Notodden 2015–2021 against Hele landet', () => {
  it('splits +263 jobs into national +340,4, mix −10,9 and local −66,5', async () => {
    // Totals: N0 = 292 946 + 470 951 + 44 868 + 123 307 + 1 664 992 = 2 597 064;
    //         N1 = 320 522 + 505 593 + 47 371 + 111 005 + 1 777 684 = 2 762 175; g_N = 165 111 / 2 597 064.
    //         Notodden 779 + 1 392 + 120 + 360 + 2 704 = 5 355 → 676 + 1 460 + 145 + 182 + 3 155 = 5 618: +263.
    const gN = (2762175 - 2597064) / 2597064; // 0.063576…
    // National effect = 5 355 × g_N = 340.4496…
    const national = 5355 * gN;
    // Mix = Σ E_r,i,0 × (g_N,i − g_N):
    const gNi = {
      stat: (320522 - 292946) / 292946, // +9.41 %
      kommunal: (505593 - 470951) / 470951, // +7.36 %
      fylke: (47371 - 44868) / 44868, // +5.58 %
      foretak: (111005 - 123307) / 123307, // −9.98 %
      privat: (1777684 - 1664992) / 1664992, // +6.77 %
    };
    const mix =
      779 * (gNi.stat - gN) +
      1392 * (gNi.kommunal - gN) +
      120 * (gNi.fylke - gN) +
      360 * (gNi.foretak - gN) +
      2704 * (gNi.privat - gN);
    // Local = Σ E_r,i,0 × (g_r,i − g_N,i) = Σ (E_r,i,1 − E_r,i,0) − E_r,i,0 × g_N,i:
    const local =
      676 -
      779 -
      779 * gNi.stat +
      (1460 - 1392 - 1392 * gNi.kommunal) +
      (145 - 120 - 120 * gNi.fylke) +
      (182 - 360 - 360 * gNi.foretak) +
      (3155 - 2704 - 2704 * gNi.privat);
    expect(national).toBeCloseTo(340.4496, 3);
    expect(mix).toBeCloseTo(-10.9341, 3);
    expect(local).toBeCloseTo(-66.5155, 3);
    expect(national + mix + local).toBeCloseTo(263, 9);

    const result = await loadShiftShare(db.engine, { region: '4005', from: 2015, to: 2021 });
    if (!isShiftShare(result)) throw new Error('expected a result for Notodden');
    expect(result.start).toBe(5355);
    expect(result.end).toBe(5618);
    expect(result.actual).toBe(263);
    expect(result.benchmarkGrowth).toBeCloseTo(gN, 12);
    expect(result.national).toBeCloseTo(national, 9);
    expect(result.mix).toBeCloseTo(mix, 9);
    expect(result.local).toBeCloseTo(local, 9);
    expect(result.expected).toBeCloseTo(national + mix, 9);
    // Per sector: the publicly owned enterprises lost 178 of 360 while the country lost 9,98 %.
    const foretak = result.sectors.find((s) => s.sector === 'Offentlige eide foretak')!;
    expect(foretak).toMatchObject({ start: 360, end: 182, actual: -178 });
    expect(foretak.local).toBeCloseTo(-178 - 360 * gNi.foretak, 9);
    expect(R0.stat + R0.kommunal + R0.fylke + R0.foretak + R0.privat).toBe(5355);
    expect(R1.stat + R1.kommunal + R1.fylke + R1.foretak + R1.privat).toBe(5618);
    expect(Object.values(N0).reduce((a, b) => a + b)).toBe(2597064);
    expect(Object.values(N1).reduce((a, b) => a + b)).toBe(2762175);
  });

  it('covers the 23 kommuner and the two fylker, and nothing for other kommuner', async () => {
    const regions = await loadSectorRegions(db.engine);
    expect(regions.filter((r) => r.level === 'kommune')).toHaveLength(23);
    expect(regions.filter((r) => r.level === 'fylke').map((r) => r.code)).toEqual(['39', '40']);
    expect(regions.every((r) => Number(r.first_year) === 2010 && Number(r.last_year) === 2021)).toBe(true);
    // Telemark 2021 = 77 094 employed, the county author's own pivot total.
    const rows = await db.engine.query<{ persons: number }>(
      sectorValuesQuery({ region: '40', from: 2015, to: 2021 }),
    );
    expect(
      rows
        .filter(
          (r) =>
            (r as unknown as { region_code: string }).region_code === '40' &&
            (r as unknown as { year: number }).year === 2021,
        )
        .reduce((a, r) => a + r.persons, 0),
    ).toBe(77094);
    // Kongsvinger (3401) has no sector figures: nothing to compute, never zeros.
    const outside = await loadShiftShare(db.engine, { region: '3401', from: 2015, to: 2021 });
    expect(outside.status).toBe('missing');
  });

  it('keeps a suppressed cell missing: no result, and the sector named', () => {
    const benchmark = [
      { sector: 'A', start: 100, end: 110 },
      { sector: 'B', start: 50, end: 40 },
    ];
    const r = shiftShare({
      region: [
        { sector: 'A', start: 10, end: 12 },
        { sector: 'B', start: null, end: 5 },
      ],
      benchmark,
    });
    expect(r).toEqual({ status: 'missing', region: ['B'], benchmark: [] });
    // A sector that starts at 0 in the region still adds up: its whole change is local.
    const zero = shiftShare({
      region: [
        { sector: 'A', start: 10, end: 12 },
        { sector: 'B', start: 0, end: 3 },
      ],
      benchmark,
    });
    if (!isShiftShare(zero)) throw new Error('expected a result');
    expect(Math.abs(zero.sectors[1]!.national)).toBe(0);
    expect(Math.abs(zero.sectors[1]!.mix)).toBe(0);
    expect(zero.sectors[1]!.local).toBe(3);
    expect(zero.national + zero.mix + zero.local).toBeCloseTo(zero.actual, 12);
  });

  it('reads the URL, binds the region and years, and writes the CSV with the effects', async () => {
    const known = { regions: new Set(['4005', '3401']), years: [2010, 2021] as [number, number] };
    const messages = { unknown: (c: string) => `ukjent ${c}`, badYears: 'feil år' };
    expect(
      parseShiftShareView(new URLSearchParams('region=4005&from=2012&to=2019'), known, messages),
    ).toEqual({
      view: { region: '4005', from: 2012, to: 2019 },
      notices: [],
    });
    expect(
      parseShiftShareView(new URLSearchParams('region=x&from=2021&to=2015'), known, messages).notices,
    ).toEqual(['ukjent x', 'feil år']);
    const q = sectorValuesQuery({ region: "4005'; DROP TABLE sectors; --", from: 2015, to: 2021 });
    expect(q.sql).not.toContain('DROP');
    expect(q.params[0]).toBe("4005'; DROP TABLE sectors; --");

    const result = await loadShiftShare(db.engine, { region: '4005', from: 2015, to: 2021 });
    if (!isShiftShare(result)) throw new Error('expected a result');
    const csv = shiftShareCsv(
      {
        title: 'T',
        sourceLine: 'S',
        benchmark: 'B',
        url: 'u',
        from: 2015,
        to: 2021,
        totalLabel: 'Alle sektorer',
        result,
      },
      'spreadsheet',
    );
    expect(csv).toContain(
      'sektor;sysselsatte_2015;sysselsatte_2021;faktisk_endring;nasjonal_effekt;naeringsstruktur_effekt;lokal_effekt',
    );
    expect(csv).toContain('Alle sektorer;5355;5618;263;340,4;-10,9;-66,5');
  });
});
