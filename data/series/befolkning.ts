/**
 * befolkning: population 1 January, from three copies of SSB 07459, in this order of preference:
 * - '07459': the statbank exports summed over single-year ages, 2005-2023, in each year's numbering;
 * - '07459-2024': 1 January 2024 from aprestmo/norway-geodata (SSB's count, 5 550 203 in total);
 * - '07459-k2024': SSB's merged series for the 2024 kommuner, 1986-2026 (a secondary copy): it fills the
 *   years and kommuner the exports lack. Its values are at 2024 borders already, so they are staged as
 *   2024 regions of identical area.
 */
import type { Population07459File } from '../parse/ssb-07459-population';
import type { Kommune2024 } from '../parse/aprestmo-csv';
import type { Population2024KommuneRow } from '../parse/ssb-07459-2024-kommuner-csv';
import type { Staged, StagedKommune, StagedRegion } from '../staging';

export const BEFOLKNING = 'befolkning';

/**
 * Ålesund (1508) in SSB's merged series for 2020-2023, the years Haram (1580) has no value of its own:
 * the figure is Ålesund and Haram together, not the area of 2024 Ålesund, so it is left out.
 */
const ALESUND_2024 = '1508';
const HARAM_2024 = '1580';

export function befolkningSeries(
  files: Population07459File[],
  kommuner2024: Kommune2024[],
  codesByYear: Map<number, Set<string>>,
  series2024: Population2024KommuneRow[] = [],
): Staged {
  const kommune: StagedKommune[] = [];
  for (const file of files) {
    for (const cell of file.kommuner) {
      const valid = codesByYear.get(cell.year)?.has(cell.code) ?? false;
      // The multi-year exports list every code of the span and print 0 in the years a code did not
      // exist: that 0 means "no such kommune", never a population of nobody.
      if (cell.persons === 0) {
        if (valid)
          throw new Error(`${file.file}: ${cell.label} has 0 persons in ${cell.year}, when it was a kommune`);
        continue;
      }
      if (!valid)
        throw new Error(`${file.file}: ${cell.label} has persons in ${cell.year}, when it was not a kommune`);
      kommune.push({
        indicator: BEFOLKNING,
        code: cell.code,
        vintage: cell.year,
        year: cell.year,
        value: cell.persons,
        source: '07459',
      });
    }
  }
  for (const k of kommuner2024)
    kommune.push({
      indicator: BEFOLKNING,
      code: k.code,
      vintage: 2024,
      year: 2024,
      value: k.population2024,
      source: '07459-2024',
    });

  const region: StagedRegion[] = [];
  const haramMissing = new Set(
    series2024.filter((r) => r.code === HARAM_2024 && r.persons === null).map((r) => r.year),
  );
  for (const r of series2024) {
    // null: SSB could not compute it (printed 0) — no row, so sums over groupings stay missing too.
    if (r.persons === null) continue;
    if (r.code === ALESUND_2024 && haramMissing.has(r.year)) continue;
    region.push({
      indicator: BEFOLKNING,
      region: r.code,
      year: r.year,
      value: r.persons,
      source: '07459-k2024',
    });
  }
  return { kommune, county: [], region };
}
