/**
 * The kommune code history tables in data/raw/classification:
 * - kommunenummer_2013_til_2020_long.csv (gardenberg/kommunekoder, from SSB KLASS 131 change lists):
 *   every 2013-2019 code with the 2020 code(s) it went into; a split kommune appears under each part.
 * - norway_locations_municip_2019_to_2020_fhi.csv (FHI): each historical code with the code it became
 *   next and, for split kommuner, the population share that went to each part.
 * - kommuner_med_endringer_2019_til_2020.csv (SSB 2019 -> 2020 correspondence): flags split kommuner.
 */
import { parseTable, readText, records } from './text';
import { parseNumberCell } from './value';

export function parseKommunenummerLong(path: string): { code2020: string; historical: string }[] {
  const source = 'kommunenummer_2013_til_2020_long.csv';
  return records(
    parseTable(readText(path).text, { delimiter: ';', source }),
    ['kommunenummer_2020', 'historisk_nummer'],
    source,
  ).map((r) => ({
    code2020: r.get('kommunenummer_2020'),
    historical: r.get('historisk_nummer'),
  }));
}

export interface FhiSuccession {
  from: string;
  /** The code the kommune became when it stopped (not necessarily the 2020 code: chains are followed). */
  to: string;
  /** Population share that went to `to`; null when the whole kommune went there. */
  weight: number | null;
  yearEnd: number;
}

export function parseFhiLocations(path: string): FhiSuccession[] {
  const source = 'norway_locations_municip_2019_to_2020_fhi.csv';
  const strip = (s: string) => s.replace(/^municip/, '');
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['year_end', 'municip_code_end', 'weighting', 'municip_code'],
    source,
  )
    .filter((r) => r.get('municip_code_end') !== '')
    .map((r) => ({
      from: strip(r.get('municip_code')),
      to: strip(r.get('municip_code_end')),
      weight: parseNumberCell(r.get('weighting'), `${source} line ${r.line}`),
      yearEnd: Number(r.get('year_end')),
    }));
}

export function parseChanges2019To2020(path: string): { from: string; to: string; split: boolean }[] {
  const source = 'kommuner_med_endringer_2019_til_2020.csv';
  const code = (s: string) => /^(\d{4}) - /.exec(s)?.[1] ?? '';
  return records(
    parseTable(readText(path).text, { delimiter: ';', source }),
    ['kommuner_2019', 'kommuner_2020', 'splittes'],
    source,
  ).map((r) => ({
    from: code(r.get('kommuner_2019')),
    to: code(r.get('kommuner_2020')),
    split: r.get('splittes') === '1',
  }));
}
