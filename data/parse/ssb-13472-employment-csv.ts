/**
 * Employed persons 15-74 by place of work, 4th quarter (SSB register-based employment), as the
 * Telemark county analysts (evensrii/Telemark) exported them:
 * - sektor 2010-2021 (sheet Tabell1 of "Sysselsettingsvekst 13742.xlsx", table 13472): one row per
 *   2020-2023 kommune code (38xx) x sector x year; the five sectors add up to all employed.
 * - Telemark 2016-2025 (table 13472): kommune names, "Offentlig sektor" (the author summed the public
 *   sectors) and "Privat sektor".
 * - Telemark 2016-2025 by industry (table 13470): kommune names x 17 SN2007 groups incl. "Uoppgitt".
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface EmploymentRow {
  /** Kommune code (sektor file) or name (Telemark files), as printed. */
  kommune: string;
  /** Sector or industry the count belongs to. */
  part: string;
  year: number;
  persons: number | null;
}

export function parse13472SektorVestfoldTelemark(path: string): EmploymentRow[] {
  const source = 'sysselsatte_arbeidssted_sektor_13472_vestfold_telemark_2010_2021.csv';
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['kommunenummer', 'sektor', 'year', 'sysselsatte_arbeidssted'],
    source,
  ).map((r) => ({
    kommune: r.get('kommunenummer'),
    part: r.get('sektor'),
    year: Number(r.get('year')),
    persons: parseCountCell(r.get('sysselsatte_arbeidssted'), `${source} line ${r.line}`),
  }));
}

/** The whole country by the same five sectors, 2010-2021 (sheet "Hele landet" of the same workbook). */
export function parse13472SektorNational(path: string): EmploymentRow[] {
  const source = 'sysselsatte_arbeidssted_sektor_13472_hele_landet_2010_2021.csv';
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['sektor', 'year', 'sysselsatte_arbeidssted'],
    source,
  ).map((r) => ({
    kommune: '0',
    part: r.get('sektor'),
    year: Number(r.get('year')),
    persons: parseCountCell(r.get('sysselsatte_arbeidssted'), `${source} line ${r.line}`),
  }));
}

export function parse13472SektorTelemark(path: string): EmploymentRow[] {
  const source = 'sysselsatte_arbeidssted_sektor_13472_telemark_kommuner.csv';
  const cols = ['Kommune', 'statistikkvariabel', 'år', 'Antall sysselsatte', 'sektor'];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => {
    if (r.get('statistikkvariabel') !== 'Sysselsatte personer etter arbeidssted')
      throw new Error(`${source} line ${r.line}: unexpected statistikkvariabel`);
    return {
      kommune: r.get('Kommune'),
      part: r.get('sektor'),
      year: Number(r.get('år')),
      persons: parseCountCell(r.get('Antall sysselsatte'), `${source} line ${r.line}`),
    };
  });
}

export function parse13470NaeringTelemark(path: string): EmploymentRow[] {
  const source = 'sysselsatte_arbeidssted_naering_13470_telemark_kommuner.csv';
  const cols = ['region', 'næring (SN2007)', 'statistikkvariabel', 'år', 'value'];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => ({
    kommune: r.get('region'),
    part: r.get('næring (SN2007)'),
    year: Number(r.get('år')),
    persons: parseCountCell(r.get('value'), `${source} line ${r.line}`),
  }));
}

/**
 * Sum the parts (sectors or industries) per kommune and year. The total is null when any part is
 * missing, and a kommune-year with a different number of parts than the rest is an error (a part
 * silently absent would make the "total" a partial sum).
 */
export function totalOverParts(
  rows: EmploymentRow[],
  source: string,
): { kommune: string; year: number; persons: number | null }[] {
  const groups = new Map<
    string,
    { kommune: string; year: number; persons: number | null; parts: Set<string> }
  >();
  for (const r of rows) {
    const key = `${r.kommune}\u0000${r.year}`;
    const g = groups.get(key) ?? { kommune: r.kommune, year: r.year, persons: 0, parts: new Set<string>() };
    if (g.parts.has(r.part)) throw new Error(`${source}: ${r.kommune} ${r.year} has ${r.part} twice`);
    g.parts.add(r.part);
    g.persons = g.persons === null || r.persons === null ? null : g.persons + r.persons;
    groups.set(key, g);
  }
  const partCounts = new Set([...groups.values()].map((g) => g.parts.size));
  if (partCounts.size !== 1)
    throw new Error(
      `${source}: kommune-years have different numbers of parts (${[...partCounts].join(', ')})`,
    );
  return [...groups.values()].map(({ kommune, year, persons }) => ({ kommune, year, persons }));
}
