/**
 * SSB 03321 commuting flows as saved by statisticsnorway/pendling (long CSV, zero cells dropped):
 * employed persons 15-74 in the 4th quarter by kommune of work and kommune of residence, codes in the
 * numbering of that year.
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface CommutingFlow {
  work: string;
  home: string;
  year: number;
  persons: number;
}

const COLUMNS = ['arbeidsstedskommune', 'bostedskommune', 'year', 'sysselsatte'];

export function parse03321CommutingCsv(path: string, source: string): CommutingFlow[] {
  return records(parseTable(readText(path).text, { delimiter: ',', source }), COLUMNS, source).map((r) => {
    const where = `${source} line ${r.line}`;
    const work = r.get('arbeidsstedskommune');
    const home = r.get('bostedskommune');
    const year = Number(r.get('year'));
    if (!/^\d{4}$/.test(work))
      throw new Error(`${where}: invalid arbeidsstedskommune ${JSON.stringify(work)}`);
    if (!/^\d{4}$/.test(home)) throw new Error(`${where}: invalid bostedskommune ${JSON.stringify(home)}`);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new Error(`${where}: invalid year ${JSON.stringify(r.get('year'))}`);
    const persons = parseCountCell(r.get('sysselsatte'), where);
    // The file keeps only non-zero cells; a missing marker here would mean a changed export.
    if (persons === null || persons === 0)
      throw new Error(`${where}: expected a positive count, found ${JSON.stringify(r.get('sysselsatte'))}`);
    return { work, home, year, persons };
  });
}
