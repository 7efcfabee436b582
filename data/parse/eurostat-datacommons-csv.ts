/**
 * Eurostat nama_10r_3empers (employment in thousand persons by NUTS 3 region, ESA 2010) as stored by
 * Google Data Commons: `Date,GeoId,Count_Person_Employed_NACE/<X>...,Count_Person_Employed`, persons as
 * floats ("124000.0"), GeoId "dcid:nuts/NO031". An empty cell is Eurostat's ":" (not available,
 * mostly confidential) and stays missing; "0.0" is a real value (fewer than 500 persons).
 */
import { parseTable, readText } from './text';
import { parseNumberCell } from './value';

export interface EurostatCell {
  year: number;
  /** NUTS code without the "dcid:nuts/" prefix ("NO", "NO031"). */
  geo: string;
  /** Column name without "Count_Person_Employed": "" for the total, "_NACE/A" etc. for sectors. */
  measure: string;
  value: number | null;
}

export function parseEurostatDataCommonsCsv(path: string): EurostatCell[] {
  const source = 'nama_10r_3empers_norway_nuts.csv';
  const table = parseTable(readText(path).text, { delimiter: ',', source });
  const [dateCol, geoCol, ...measures] = table.header;
  if (
    dateCol !== 'Date' ||
    geoCol !== 'GeoId' ||
    !measures.every((m) => m.startsWith('Count_Person_Employed'))
  ) {
    throw new Error(`${source}: unexpected header ${table.header.join(',')}`);
  }
  const out: EurostatCell[] = [];
  for (const { cells, line } of table.rows) {
    const geo = /^dcid:nuts\/(NO[0-9A-Z]*)$/.exec(cells[1] ?? '')?.[1];
    const year = Number(cells[0]);
    if (!geo || !Number.isInteger(year)) throw new Error(`${source} line ${line}: invalid Date/GeoId`);
    measures.forEach((m, i) => {
      out.push({
        year,
        geo,
        measure: m.replace(/^Count_Person_Employed/, ''),
        value: parseNumberCell(cells[i + 2] ?? '', `${source} line ${line} ${m}`),
      });
    });
  }
  return out;
}
