/**
 * ba_regioner_2020_etter_kommune.csv: NIBR's bo- og arbeidsmarkedsregioner 2020, one row per 2020
 * kommune with its BA region number and name.
 */
import { parseTable, readText, records } from './text';

export interface BaMembership {
  /** The code as printed; a few are not the official 2020 codes (see regions.ts). */
  kommuneCode: string;
  kommuneName: string;
  baNumber: number;
  baName: string;
  line: number;
}

export function parseBaRegioner(path: string): BaMembership[] {
  const source = 'ba_regioner_2020_etter_kommune.csv';
  const cols = ['kommunenummer_2020', 'kommunenavn', 'ba_region_nr', 'ba_region_navn'];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => {
    const baNumber = Number(r.get('ba_region_nr'));
    if (!Number.isInteger(baNumber) || baNumber <= 0)
      throw new Error(`${source} line ${r.line}: invalid ba_region_nr`);
    return {
      kommuneCode: r.get('kommunenummer_2020'),
      kommuneName: r.get('kommunenavn'),
      baNumber,
      baName: r.get('ba_region_navn'),
      line: r.line,
    };
  });
}
