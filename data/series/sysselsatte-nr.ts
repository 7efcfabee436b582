/**
 * sysselsatte_nr: employment in the national-accounts sense (all employed incl. self-employed, annual
 * average, by workplace), Eurostat nama_10r_3empers, rounded to 1 000. NUTS 3 of the 2013 version =
 * the 19 counties before 2018; NO = the whole country incl. the continental shelf.
 */
import { RAW, rawPath } from '../paths';
import { parseEurostatDataCommonsCsv } from '../parse/eurostat-datacommons-csv';
import { LAND_CODE } from '../regions';
import type { Staged } from '../staging';

export const SYSSELSATTE_NR = 'sysselsatte_nr';

/** NUTS 2013 level 3 -> county code of the time. */
export const NUTS2013_COUNTY: Record<string, string> = {
  NO011: '03',
  NO012: '02',
  NO021: '04',
  NO022: '05',
  NO031: '01',
  NO032: '06',
  NO033: '07',
  NO034: '08',
  NO041: '09',
  NO042: '10',
  NO043: '11',
  NO051: '12',
  NO052: '14',
  NO053: '15',
  NO061: '16',
  NO062: '17',
  NO071: '18',
  NO072: '19',
  NO073: '20',
};

export function sysselsatteNrSeries(): Staged {
  const staged: Staged = { kommune: [], county: [], region: [] };
  for (const c of parseEurostatDataCommonsCsv(rawPath(RAW.eurostatEmployment))) {
    if (c.measure !== '') continue;
    const county = NUTS2013_COUNTY[c.geo];
    if (county)
      staged.county.push({
        indicator: SYSSELSATTE_NR,
        county,
        vintage: c.year,
        year: c.year,
        value: c.value,
        source: 'nama_10r_3empers',
      });
    else if (c.geo === 'NO')
      staged.region.push({
        indicator: SYSSELSATTE_NR,
        region: LAND_CODE,
        year: c.year,
        value: c.value,
        source: 'nama_10r_3empers',
      });
  }
  return staged;
}
