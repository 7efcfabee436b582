/**
 * data/raw/ssb_pages/*.csv: figures transcribed from stored copies of ssb.no pages (and two third-party
 * pages quoting SSB), one row per region x year x measure x release:
 * `region_name,region_level,year,measure,value,source_url,note`.
 */
import { parseTable, readText, records } from './text';
import { parseNumberCell } from './value';

export type PageRegionLevel = 'land' | 'fylke' | 'kommune' | 'region' | 'other';

export interface PageRow {
  regionName: string;
  level: PageRegionLevel;
  year: number;
  measure: string;
  value: number | null;
  sourceUrl: string;
  note: string;
  /** Publication date ("2009-04-29") or year ("2017") read from the URL or the note; "" if none is stated. */
  release: string;
  line: number;
}

const LEVELS: readonly PageRegionLevel[] = ['land', 'fylke', 'kommune', 'region', 'other'];

/** Release date of a row: SSB's static table URLs carry it ("tab-2009-04-29-02"), the notes say "release 2017". */
export function releaseOf(sourceUrl: string, note: string): string {
  const fromUrl =
    /tab-(\d{4}-\d{2}-\d{2})/.exec(sourceUrl)?.[1] ?? /\/(\d{4}-\d{2}-\d{2})(?:$|[/?])/.exec(sourceUrl)?.[1];
  const fromNote = /release (\d{4}(?:-\d{2}-\d{2})?)/.exec(note)?.[1] ?? /\((\d{4})\)/.exec(note)?.[1];
  return fromUrl ?? fromNote ?? '';
}

export function parseSsbPagesCsv(path: string, source: string): PageRow[] {
  const cols = ['region_name', 'region_level', 'year', 'measure', 'value', 'source_url', 'note'];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => {
    const level = r.get('region_level') as PageRegionLevel;
    if (!LEVELS.includes(level))
      throw new Error(`${source} line ${r.line}: invalid region_level ${JSON.stringify(level)}`);
    return {
      regionName: r.get('region_name'),
      level,
      year: Number(r.get('year')),
      measure: r.get('measure'),
      value: parseNumberCell(r.get('value'), `${source} line ${r.line}`),
      sourceUrl: r.get('source_url'),
      note: r.get('note'),
      release: releaseOf(r.get('source_url'), r.get('note')),
      line: r.line,
    };
  });
}
