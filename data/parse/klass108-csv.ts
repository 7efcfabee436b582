/**
 * kommune_okonomisk_region_klass108_2002_2025.csv: one row per kommune and KLASS version (1 January),
 * with its fylke and SSB økonomisk region (KLASS 108). It is the per-year list of valid kommune codes
 * the harmonisation checks every input code against.
 */
import { parseTable, readText, records } from './text';

export interface KlassKommuneRow {
  /** Year of the 1 January version. */
  year: number;
  code: string;
  name: string;
  fylke: string;
  fylkeName: string;
  /** 4 digits before 2020 ("0192"), 5 digits from 2020 ("31003"), as in KLASS. */
  regionCode: string;
  regionName: string;
}

/** "9999 Uoppgitt" (unknown kommune) is a statistical placeholder, not a kommune. */
const UNKNOWN_KOMMUNE = '9999';

export function parseKlass108Csv(path: string): KlassKommuneRow[] {
  const source = 'kommune_okonomisk_region_klass108_2002_2025.csv';
  const cols = [
    'version_date',
    'kommunenummer',
    'kommunenavn',
    'fylkesnummer',
    'fylkesnavn',
    'okonomisk_region_nr',
    'okonomisk_region_navn',
  ];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source)
    .filter((r) => r.get('kommunenummer') !== UNKNOWN_KOMMUNE)
    .map((r) => {
      const date = /^(\d{4})-01-01$/.exec(r.get('version_date'));
      const code = r.get('kommunenummer');
      // The 2018 version writes fylker as "EKA08": KLASS's code for the county level that year.
      const fylke = r.get('fylkesnummer').replace(/^EKA/, '');
      if (!date || !/^\d{4}$/.test(code) || !/^\d{2}$/.test(fylke))
        throw new Error(`${source} line ${r.line}: invalid version date, kommune or fylke code`);
      return {
        year: Number(date[1]),
        code,
        name: r.get('kommunenavn'),
        fylke,
        fylkeName: r.get('fylkesnavn'),
        regionCode: r.get('okonomisk_region_nr'),
        regionName: r.get('okonomisk_region_navn'),
      };
    });
}
