/**
 * aprestmo/norway-geodata flattened to CSV: the 357 kommuner and 15 fylker of 2024/2025, with the
 * kommune population per 1 January 2024 (sums to SSB's 5 550 203).
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface Kommune2024 {
  code: string;
  name: string;
  population2024: number | null;
}

export function parseAprestmoKommuner(path: string): Kommune2024[] {
  const source = 'kommuner_2025_aprestmo.csv';
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['kommunenummer', 'name_no', 'population'],
    source,
  ).map((r) => {
    const code = r.get('kommunenummer');
    if (!/^\d{4}$/.test(code))
      throw new Error(`${source} line ${r.line}: invalid kommunenummer ${JSON.stringify(code)}`);
    // name_no, not name: `name` holds the Sami form only for some kommuner ("Guovdageaidnu").
    return {
      code,
      name: r.get('name_no'),
      population2024: parseCountCell(r.get('population'), `${source} line ${r.line}`),
    };
  });
}

export function parseAprestmoFylker(path: string): { code: string; name: string }[] {
  const source = 'fylker_2025_aprestmo.csv';
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['fylkesnummer', 'name'],
    source,
  ).map((r) => {
    const code = r.get('fylkesnummer');
    if (!/^\d{2}$/.test(code))
      throw new Error(`${source} line ${r.line}: invalid fylkesnummer ${JSON.stringify(code)}`);
    return { code, name: r.get('name') };
  });
}
