/**
 * SSB 07459's merged time series for the 357 kommuner of 2024, 1 January 1986-2026 (a secondary copy,
 * `kom2024,navn,aar,befolkning`). SSB prints 0 where it could not compute a 2024 kommune's population
 * (kommuner formed by splits before 2020, Haram 2020-2023): that 0 means "not computed", so it is
 * returned as null, never as a population of nobody.
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface Population2024KommuneRow {
  code: string;
  name: string;
  year: number;
  /** null = SSB printed 0 (not computed). */
  persons: number | null;
  line: number;
}

export function parse07459For2024Kommuner(path: string, source: string): Population2024KommuneRow[] {
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['kom2024', 'navn', 'aar', 'befolkning'],
    source,
  ).map((r) => {
    const where = `${source} line ${r.line}`;
    const code = r.get('kom2024');
    const year = Number(r.get('aar'));
    if (!/^\d{4}$/.test(code)) throw new Error(`${where}: invalid kom2024 ${JSON.stringify(code)}`);
    if (!Number.isInteger(year) || year < 1900 || year > 2100)
      throw new Error(`${where}: invalid aar ${JSON.stringify(r.get('aar'))}`);
    const persons = parseCountCell(r.get('befolkning'), where);
    return { code, name: r.get('navn'), year, persons: persons === 0 ? null : persons, line: r.line };
  });
}
