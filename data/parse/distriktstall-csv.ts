/**
 * The district index's indicator sheet (distriktstall, c. 2017, built on SSB statistics), one row per
 * kommune of 2016: `S05-O` / `S15-O` employed persons by place of work, 4th quarter 2005 / 2015, and
 * `Y15-O` employed residents 2015. Other columns (population, areas, shares) are not read.
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface DistriktstallRow {
  /** Kommune code in the 2016 numbering. */
  code: string;
  name: string;
  jobs2005: number | null;
  jobs2015: number | null;
  employedResidents2015: number | null;
  line: number;
}

export function parseDistriktstallCsv(path: string, source: string): DistriktstallRow[] {
  const cols = ['kommunenummer', 'kommunenavn_kort', 'S05-O', 'S15-O', 'Y15-O'];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => {
    const where = `${source} line ${r.line}`;
    const code = r.get('kommunenummer');
    if (!/^\d{4}$/.test(code)) throw new Error(`${where}: invalid kommunenummer ${JSON.stringify(code)}`);
    return {
      code,
      name: r.get('kommunenavn_kort'),
      jobs2005: parseCountCell(r.get('S05-O'), where),
      jobs2015: parseCountCell(r.get('S15-O'), where),
      employedResidents2015: parseCountCell(r.get('Y15-O'), where),
      line: r.line,
    };
  });
}
