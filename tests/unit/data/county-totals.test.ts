/**
 * Population of Hele landet and the 2024 fylker, summed by the pipeline from kommune files, checked against
 * SSB's own county totals for 2005–2017 (table 09391, old counties, column Befolkning). The old counties are
 * mapped to 2024 fylker only where the borders are the same or the difference is a whole kommune we can name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_DIR, RAW } from '../../../data/paths';
import { buildInMemory, type BuiltData } from './built-data';

let data: BuiltData;
beforeAll(async () => {
  data = await buildInMemory();
});
afterAll(() => data.db.close());

const YEARS = Array.from({ length: 13 }, (_, i) => 2005 + i);

/** Befolkning per year and old-county label, as SSB published it in 09391. */
function ssbCounty(): Map<string, number> {
  const [header, ...lines] = readFileSync(join(RAW_DIR, RAW.gdp09391), 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',');
  const at = (name: string) => cols.indexOf(name);
  const totals = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split(',');
    totals.set(`${cells[at('Tid')]}|${cells[at('Fylke')]}`, Number(cells[at('Befolkning')]));
  }
  return totals;
}

const population = async (code: string, year: number) =>
  (await data.obs('befolkning', code, year))?.value ?? null;

async function kommunePopulation(names: string[], year: number): Promise<number> {
  const codes = data.regions
    .filter((r) => r.level === 'kommune' && names.includes(r.name))
    .map((r) => r.code);
  expect(codes).toHaveLength(names.length);
  let sum = 0;
  for (const code of codes) sum += (await population(code, year)) as number;
  return sum;
}

describe("population totals equal SSB's county totals (09391) for every year 2005–2017", () => {
  const ssb = ssbCounty();
  const old = (year: number, ...prefixes: string[]) =>
    [...ssb]
      .filter(([key]) => key.startsWith(`${year}|`) && prefixes.some((p) => key.slice(5).startsWith(p)))
      .reduce((s, [, v]) => s + v, 0);

  it('Hele landet = the sum of the 19 old counties', async () => {
    for (const year of YEARS) {
      const all = [...ssb].filter(([key]) => key.startsWith(`${year}|`)).reduce((s, [, v]) => s + v, 0);
      expect(await population('0', year), String(year)).toBe(all);
    }
    expect(await population('0', 2005)).toBe(4_606_363);
    expect(await population('0', 2016)).toBe(5_213_985);
  });

  it('fylker with unchanged borders equal the old county: Oslo, Rogaland, Telemark, Finnmark; Agder = Aust- + Vest-Agder', async () => {
    for (const year of YEARS) {
      expect(await population('03', year), `Oslo ${year}`).toBe(old(year, 'Oslo'));
      expect(await population('11', year), `Rogaland ${year}`).toBe(old(year, 'Rogaland'));
      expect(await population('40', year), `Telemark ${year}`).toBe(old(year, 'Telemark'));
      expect(await population('56', year), `Finnmark ${year}`).toBe(old(year, 'Finnmark'));
      expect(await population('42', year), `Agder ${year}`).toBe(old(year, 'Aust-Agder', 'Vest-Agder'));
    }
  });

  it('Innlandet at 2024 borders = Hedmark + Oppland without Jevnaker and Lunner, which moved south in 2020', async () => {
    for (const year of YEARS) {
      const moved = await kommunePopulation(['Jevnaker', 'Lunner'], year);
      expect(await population('34', year), `Innlandet ${year}`).toBe(old(year, 'Hedmark', 'Oppland') - moved);
    }
    expect(await population('34', 2005)).toBe(356_710);
  });

  it('every fylke and Hele landet has a population for every year 2005–2026', async () => {
    const rows = await data.query(
      `SELECT o.region_code, count(o.value) AS n FROM observations o JOIN regions r ON r.code = o.region_code
       WHERE o.indicator = 'befolkning' AND r.level IN ('fylke', 'land') AND o.year BETWEEN 2005 AND 2026 GROUP BY 1`,
    );
    expect(rows).toHaveLength(16);
    for (const row of rows) expect(Number(row.n), String(row.region_code)).toBe(22);
  });
});

describe('jobs by place of work (SSB 11618): national totals and a row that was never computed', () => {
  // PROVENANCE section 11: the national sums of the file, which contain every kommune in those years.
  const NATIONAL = { 2017: 2609737, 2018: 2667158, 2020: 2673248, 2021: 2753966, 2022: 2809789 } as const;

  it('Hele landet equals the sum of every kommune in 2017, 2018, 2020–2022', async () => {
    for (const [year, total] of Object.entries(NATIONAL)) {
      expect((await data.obs('sysselsatte', '0', Number(year)))?.value, year).toBe(total);
    }
  });

  it('Rindal 2019 (written as 0, 0, 0 under its old number 1567) is missing, so Trøndelag and Hele landet 2019 have no sum', async () => {
    for (const indicator of ['sysselsatte', 'sysselsatte_bosted', 'befolkning_15_74']) {
      expect((await data.obs(indicator, '5061', 2019))?.value, indicator).toBeNull();
      expect((await data.obs(indicator, '50', 2019))?.value, indicator).toBeNull();
      expect((await data.obs(indicator, '0', 2019))?.value, indicator).toBeNull();
    }
    expect((await data.obs('sysselsatte', '5061', 2018))?.value).toBe(840);
    expect((await data.obs('sysselsatte', '5061', 2020))?.value).toBe(833);
    // A kommune elsewhere in 2019 is untouched: Moss = old Moss 13 712 + Rygge 6 229.
    expect((await data.obs('sysselsatte', '3103', 2019))?.value).toBe(19941);
  });
});
