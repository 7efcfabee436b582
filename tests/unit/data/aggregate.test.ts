import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInMemory, type BuiltData } from './built-data';

let data: BuiltData;
beforeAll(async () => {
  data = await buildInMemory();
});
afterAll(() => data.db.close());

const value = async (indicator: string, region: string, year: number) =>
  (await data.obs(indicator, region, year))?.value;

describe('sums over groupings', () => {
  it('Mosseregionen 2022 = Moss + Råde + Våler', async () => {
    const parts = await Promise.all(['3103', '3112', '3114'].map((k) => value('befolkning', k, 2022)));
    expect(parts).toEqual([50290, 7633, 5913]);
    expect(await data.obs('befolkning', 'mosseregionen', 2022)).toEqual({
      value: 50290 + 7633 + 5913,
      status: 'summed',
    });
  });

  it('has no sum in a year where a member has no value (employment 2023: Moss only)', async () => {
    expect(await value('sysselsatte', '3103', 2023)).toBe(21781);
    expect(await value('sysselsatte', '3112', 2023)).toBeUndefined();
    expect(await data.obs('sysselsatte', 'mosseregionen', 2023)).toBeUndefined();
    expect(await data.obs('sysselsatte', '31', 2023)).toBeUndefined();
  });

  it('fylke 31 in 2024 is the sum of its kommuner in aprestmo; Hele landet is 5 550 203', async () => {
    const expected = data.inputs.kommuner2024
      .filter((k) => k.code.startsWith('31'))
      .reduce((s, k) => s + (k.population2024 ?? 0), 0);
    expect(expected).toBe(312152);
    expect(await data.obs('befolkning', '31', 2024)).toEqual({ value: expected, status: 'summed' });
    expect(await data.obs('befolkning', '0', 2024)).toEqual({ value: 5550203, status: 'summed' });
    expect(await value('befolkning', '0', 2019)).toBe(5328212);
  });

  it("fills kommuner the exports lack (Sandefjord before 2017) from SSB's series for 2024 kommuner, so sums equal SSB's totals", async () => {
    expect(await data.obs('befolkning', '0', 2016)).toEqual({ value: 5213985, status: 'summed' });
    expect(await data.obs('befolkning', '0', 2005)).toEqual({ value: 4606363, status: 'summed' });
    expect(await data.obs('befolkning', '39', 2016)).toEqual({ value: 238363, status: 'summed' });
  });

  it("no sum where SSB could not compute a member: Nordland and Hele landet before 2005 (Narvik is 0 in SSB's series)", async () => {
    expect(await data.obs('befolkning', '18', 1995)).toBeUndefined();
    expect(await data.obs('befolkning', '0', 1995)).toBeUndefined();
    expect(await data.obs('befolkning', '39', 1995)).toEqual({ value: 197252, status: 'summed' });
  });

  it('a grouping that holds every part of a split kommune is summed; one that cuts it is estimated', async () => {
    expect((await data.obs('befolkning', '15', 2020))?.status).toBe('summed'); // both 1508 and 1580
    expect((await data.obs('befolkning', '18', 2019))?.status).toBe('summed'); // both halves of Tysfjord
    expect((await data.obs('befolkning', 'OR15003', 2020))?.status).toBe('estimated'); // 1508 without 1580
  });

  it('uses a figure the source reports for the region instead of a sum (økonomisk region 34001)', async () => {
    expect(await data.obs('nyetableringer', 'OR34001', 2022)).toEqual({ value: 368, status: 'reported' });
    expect(await data.obs('nyetableringer', 'kongsvingerregionen', 2022)).toEqual({
      value: 176 + 45 + 69 + 46 + 32 + 64,
      status: 'summed',
    });
  });

  it('county tables: exact areas are used as published; Vestfold (old county had Svelvik) is the kommune sum', async () => {
    expect(await data.obs('sysselsatte', '40', 2012)).toEqual({ value: 76608, status: 'harmonised' });
    expect(await data.obs('sysselsatte', '39', 2012)).toEqual({ value: 103116, status: 'summed' });
    expect(await data.obs('sysselsatte', '31', 2012)).toEqual({ value: 118151, status: 'harmonised' });
    expect(await data.obs('sysselsatte', '0', 2012)).toEqual({ value: 2589000, status: 'reported' });
  });

  it('old counties are summed into 2024 fylker only when all parts have a value', async () => {
    const gdp = await value('bruttoprodukt', '34', 2017);
    expect(gdp).toBe(70983 + 68533); // Hedmark + Oppland
    expect(await data.obs('bruttoprodukt', '03', 2017)).toEqual({ value: 540309, status: 'reported' });
    expect(await data.obs('bruttoprodukt', '0', 2017)).toBeUndefined(); // no national figure of this vintage
    expect(await value('sysselsatte_nr', '50', 2017)).toBe(171000 + 66000); // NO061 + NO062
    expect(await data.obs('nyetableringer', '46', 2002)).toBeUndefined(); // Sogn og Fjordane only in 2001
    expect(await value('nyetableringer', '46', 2001)).toBeGreaterThan(0);
  });

  it('2023 counties split in 2024 give no fylke value; unchanged ones are as published', async () => {
    expect(await data.obs('bruttoprodukt_11713', '34', 2023)).toEqual({ value: 188863, status: 'reported' });
    for (const f of ['31', '32', '33', '39', '40', '55', '56'])
      expect(await data.obs('bruttoprodukt_11713', f, 2023)).toBeUndefined();
  });
});
