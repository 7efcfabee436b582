/**
 * befolkning: population 1 January, SSB 07459 summed over single-year ages (2005-2022), plus 1 January
 * 2024 from aprestmo/norway-geodata (SSB's count, 5 550 203 in total). There is no 2023 in data/raw.
 */
import type { Population07459File } from '../parse/ssb-07459-population';
import type { Kommune2024 } from '../parse/aprestmo-csv';
import type { Staged, StagedKommune } from '../staging';

export const BEFOLKNING = 'befolkning';

export function befolkningSeries(files: Population07459File[], kommuner2024: Kommune2024[], codesByYear: Map<number, Set<string>>): Staged {
  const kommune: StagedKommune[] = [];
  for (const file of files) {
    for (const cell of file.kommuner) {
      const valid = codesByYear.get(cell.year)?.has(cell.code) ?? false;
      // The multi-year exports list every code of the span and print 0 in the years a code did not
      // exist: that 0 means "no such kommune", never a population of nobody.
      if (cell.persons === 0) {
        if (valid) throw new Error(`${file.file}: ${cell.label} has 0 persons in ${cell.year}, when it was a kommune`);
        continue;
      }
      if (!valid) throw new Error(`${file.file}: ${cell.label} has persons in ${cell.year}, when it was not a kommune`);
      kommune.push({ indicator: BEFOLKNING, code: cell.code, vintage: cell.year, year: cell.year, value: cell.persons });
    }
  }
  for (const k of kommuner2024) kommune.push({ indicator: BEFOLKNING, code: k.code, vintage: 2024, year: 2024, value: k.population2024 });
  return { kommune, county: [], region: [] };
}
