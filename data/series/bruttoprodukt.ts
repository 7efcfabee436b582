/**
 * Bruttoprodukt (gross product, basic values, current prices, NOK million), SSB fylkesfordelt
 * nasjonalregnskap, as two indicators because the two vintages are not comparable (Telemark 2017:
 * 65 409 in 09391, 68 524 in 11713):
 * - bruttoprodukt: table 09391, 19 counties 2008-2017. No Hele landet of that vintage is in data/raw, and
 *   the counties do not add up to it (the continental shelf is a region of its own).
 * - bruttoprodukt_11713: table 11713 as extracted from the Telemark workbook: Hele landet 2011-2023,
 *   Telemark 2011-2019, all counties 2019 and the 2020-2023 counties of 2023.
 * The 2006 county figures on ssb.no (release 2009) are left out: a release from before the main
 * revisions of the national accounts, chaining it to either vintage would mix levels.
 */
import { RAW, rawPath } from '../paths';
import { parse09391SummaryCsv, parse11713ExtractCsv } from '../parse/ssb-county-gdp-csv';
import { oldCountyCode } from '../counties';
import { LAND_CODE } from '../regions';
import type { Staged } from '../staging';

export const BRUTTOPRODUKT = 'bruttoprodukt';
export const BRUTTOPRODUKT_11713 = 'bruttoprodukt_11713';
/** 09391 starts in 2008; the empty cells before it are the author's join with a population table. */
const FIRST_09391_YEAR = 2008;

export function bruttoproduktSeries(): Staged {
  const staged: Staged = { kommune: [], county: [], region: [] };
  for (const r of parse09391SummaryCsv(rawPath(RAW.gdp09391))) {
    if (r.year < FIRST_09391_YEAR) continue;
    staged.county.push({
      indicator: BRUTTOPRODUKT,
      county: oldCountyCode(r.countyLabel, RAW.gdp09391),
      vintage: r.year,
      year: r.year,
      value: r.value,
      source: '09391',
    });
  }
  for (const r of parse11713ExtractCsv(rawPath(RAW.gdp11713))) {
    if (r.county === '0')
      staged.region.push({
        indicator: BRUTTOPRODUKT_11713,
        region: LAND_CODE,
        year: r.year,
        value: r.value,
        source: '11713',
      });
    else
      staged.county.push({
        indicator: BRUTTOPRODUKT_11713,
        county: r.county,
        vintage: r.year,
        year: r.year,
        value: r.value,
        source: '11713',
      });
  }
  return staged;
}
