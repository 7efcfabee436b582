/**
 * SSB's table "Enterprises as of January 1, newly-established enterprises and discontinued enterprises,
 * by county" (ssb.no, 5 Nov 2021), transcribed: one row per county (or Hele landet) and year, with the
 * county structure the row belongs to (`-2019` old counties, `2020-2023`, `both` unchanged).
 */
import { parseTable, readText, records } from './text';
import { parseCountCell } from './value';

export interface EnterprisesCountyRow {
  regionName: string;
  level: 'land' | 'fylke';
  year: number;
  newlyEstablished: number | null;
  line: number;
}

export function parseEnterprisesByCountyCsv(path: string, source: string): EnterprisesCountyRow[] {
  const cols = [
    'region_name',
    'region_level',
    'county_structure',
    'year',
    'enterprises_jan1',
    'newly_established_enterprises',
    'discontinued_enterprises',
  ];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => {
    const where = `${source} line ${r.line}`;
    const level = r.get('region_level');
    if (level !== 'land' && level !== 'fylke')
      throw new Error(`${where}: invalid region_level ${JSON.stringify(level)}`);
    const year = Number(r.get('year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new Error(`${where}: invalid year ${JSON.stringify(r.get('year'))}`);
    return {
      regionName: r.get('region_name'),
      level,
      year,
      newlyEstablished: parseCountCell(r.get('newly_established_enterprises'), where),
      line: r.line,
    };
  });
}
