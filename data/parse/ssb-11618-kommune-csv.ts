/**
 * SSB 11618 per kommune as saved by statisticsnorway/pendling (wide CSV, one row per kommune and 4th
 * quarter): `kommunenummer` in the numbering of that year, population 15-74 by residence, employed
 * residents, and employed persons by place of work (jobs).
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface Kommune11618Row {
  /** Kommune code as printed, numbering valid on 1 January of `year`... or the year after (see series). */
  code: string;
  year: number;
  population15to74: number | null;
  employedResidents: number | null;
  jobs: number | null;
  line: number;
}

const COLUMNS = [
  'kommunenummer',
  'year',
  'befolkning_15_74_bosted',
  'sysselsatte_bosted',
  'sysselsatte_arbeidssted',
];

export function parse11618KommuneCsv(path: string, source: string): Kommune11618Row[] {
  return records(parseTable(readText(path).text, { delimiter: ',', source }), COLUMNS, source).map((r) => {
    const where = `${source} line ${r.line}`;
    const code = r.get('kommunenummer');
    const year = Number(r.get('year'));
    if (!/^\d{4}$/.test(code)) throw new Error(`${where}: invalid kommunenummer ${JSON.stringify(code)}`);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new Error(`${where}: invalid year ${JSON.stringify(r.get('year'))}`);
    return {
      code,
      year,
      population15to74: parseCountCell(r.get('befolkning_15_74_bosted'), where),
      employedResidents: parseCountCell(r.get('sysselsatte_bosted'), where),
      jobs: parseCountCell(r.get('sysselsatte_arbeidssted'), where),
      line: r.line,
    };
  });
}
