import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInMemory, type BuiltData } from './built-data';
import { ALESUND_2020 } from '../../../data/correspondence';
import { countyMovers } from '../../../data/counties';
import { COUNTY_MOVERS_CAVEAT } from '../../../data/indicators';

let data: BuiltData;
beforeAll(async () => {
  data = await buildInMemory();
});
afterAll(() => data.db.close());

const targets = (from: string) =>
  data.inputs.correspondence.rows.filter((r) => r.from === from).map((r) => [r.to, r.weight]);

describe('kommune correspondence 2005-2023 -> 2024', () => {
  it('follows mergers and renumberings: Moss 0104 and Rygge 0136 -> 3002 -> 3103', () => {
    expect(targets('0104')).toEqual([['3103', 1]]);
    expect(targets('0136')).toEqual([['3103', 1]]);
    expect(targets('3002')).toEqual([['3103', 1]]);
    expect(targets('0135')).toEqual([['3112', 1]]);
  });

  it('covers every kommune code valid 2005-2023, shares summing to 1', () => {
    const codes = new Set(
      [...data.inputs.correspondence.codesByYear].filter(([y]) => y >= 2005).flatMap(([, s]) => [...s]),
    );
    const sums = new Map<string, number>();
    for (const r of data.inputs.correspondence.rows) sums.set(r.from, (sums.get(r.from) ?? 0) + r.weight);
    for (const c of codes) expect(sums.get(c), c).toBeCloseTo(1, 12);
  });

  it('splits with population shares: Snillfjord and Tysfjord (FHI), Ålesund 2020-2023 by 1 Jan 2024 population', () => {
    expect(targets('5012')).toEqual([
      ['5055', 0.35],
      ['5056', 0.35],
      ['5059', 0.3],
    ]);
    expect(targets('1850')).toEqual([
      ['1806', 0.5],
      ['1875', 0.5],
    ]);
    const [[, w1508], [, w1580]] = targets(ALESUND_2020) as [[string, number], [string, number]];
    expect(w1508).toBeCloseTo(58509 / (58509 + 9357), 12);
    expect(w1580).toBeCloseTo(9357 / (58509 + 9357), 12);
  });

  it('sends old Haram (1534) wholly to 1580 and the rest of 2020 Ålesund to 1508', () => {
    expect(targets('1534')).toEqual([['1580', 1]]);
    for (const c of ['1504', '1523', '1529', '1546']) expect(targets(c)).toEqual([['1508', 1]]);
  });

  it('adds the renumberings the 2024 KLASS list omits because the name changed', () => {
    expect(targets('3018')).toEqual([['3114', 1]]); // Våler (Viken) -> Våler (Østfold)
    expect(targets('5414')).toEqual([['5516', 1]]); // Gratangen -> Gratangen - Rivtták
  });

  it('finds the 2006 mergers missing from both history tables, and agrees with FHI on the later ones', () => {
    expect(targets('1154')).toEqual([['1160', 1]]);
    expect(targets('1569')).toEqual([['1576', 1]]);
    expect(targets('1503')).toEqual([['1505', 1]]);
    expect(targets('1723')).toEqual([['5053', 1]]);
    expect(targets('1915')).toEqual([['5503', 1]]);
  });

  it('names in the county caveat exactly the kommuner that changed county', () => {
    const movers = [2008, 2017, 2019].flatMap((y) =>
      countyMovers(y, data.inputs.klass, data.inputs.correspondence.rows),
    );
    const names = [
      ...new Set(movers.map((m) => m.replace(/^\d{4} /, '').replace(/^Dielddanuorri - /, ''))),
    ].sort();
    expect(names).toEqual([
      'Halsa',
      'Hornindal',
      'Hurum',
      'Jevnaker',
      'Lunner',
      'Rindal',
      'Rømskog',
      'Røyken',
      'Svelvik',
      'Tjeldsund',
    ]);
    for (const n of names) expect(COUNTY_MOVERS_CAVEAT).toContain(n);
  });
});

describe('harmonised observations', () => {
  it('Moss 3103: 2019 = old Moss + Rygge = 48 871, 2020 = 49 273 (SSB 3002): no jump', async () => {
    expect(await data.obs('befolkning', '3103', 2019)).toEqual({
      value: 32726 + 16145,
      status: 'harmonised',
    });
    expect(await data.obs('befolkning', '3103', 2020)).toEqual({ value: 49273, status: 'harmonised' });
    expect(await data.obs('befolkning', '3103', 2024)).toEqual({ value: 52051, status: 'reported' });
  });

  it('Råde 3112 2019 = 7 542 (0135); Oslo keeps its code: reported', async () => {
    expect(await data.obs('befolkning', '3112', 2019)).toEqual({ value: 7542, status: 'harmonised' });
    expect((await data.obs('befolkning', '0301', 2019))?.status).toBe('reported');
  });

  it('parts of split kommuner are estimated', async () => {
    const narvik = await data.obs('befolkning', '1806', 2019);
    expect(narvik?.status).toBe('estimated');
    const heim = await data.obs('befolkning', '5055', 2019);
    expect(heim?.status).toBe('estimated');
    const [a, h] = [await data.obs('befolkning', '1508', 2020), await data.obs('befolkning', '1580', 2020)];
    expect(a?.status).toBe('estimated');
    expect(h?.status).toBe('estimated');
    expect((a?.value ?? 0) + (h?.value ?? 0)).toBeCloseTo(66258, 6); // 2020 Ålesund 1507
  });

  it('Haram before 2020 is old Haram, exactly', async () => {
    expect(await data.obs('befolkning', '1580', 2019)).toEqual({ value: 9383, status: 'harmonised' });
  });

  it("a merged kommune with a part absent from the exports (Sandefjord before 2017) takes SSB's own 2024-kommune figure, not a partial sum", async () => {
    expect(await data.obs('befolkning', '3907', 2016)).toEqual({ value: 63414, status: 'reported' });
    expect((await data.obs('befolkning', '3907', 2017))?.status).toBe('harmonised');
    const sources = await data.query(
      `SELECT year, source FROM observations WHERE indicator = 'befolkning' AND region_code = '3907' AND year IN (2016, 2017) ORDER BY year`,
    );
    expect(sources).toEqual([
      { year: 2016, source: '07459-k2024' },
      { year: 2017, source: '07459' },
    ]);
  });

  it('employment: Skien 2010 = 24 603 from the 38xx codes, Telemark 2025 from the Telemark file', async () => {
    expect(await data.obs('sysselsatte', '4003', 2010)).toEqual({ value: 24603, status: 'harmonised' });
    expect(await data.obs('sysselsatte', '4003', 2025)).toEqual({ value: 27236, status: 'reported' });
    expect(await data.obs('sysselsatte', '3103', 2023)).toEqual({ value: 21781, status: 'harmonised' });
  });
});
