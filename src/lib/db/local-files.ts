/**
 * The engine-free engine's files: the catalogue (indicators, sources, regions) and one file per
 * indicator with its observations, as compact column-wise JSON written at build time from the
 * shipped Parquet (src/routes/rows). A page fetches only what its view needs — the catalogue and one
 * or two indicators, a few kB gzipped — and JSON.parse is native, so the first chart does not wait
 * for a JS Parquet decoder to warm up. The parsed columns are kept as they are and decoded one
 * region at a time when a view reads it (local-index.ts): decoding the whole file up front was the
 * larger part of a cold first chart.
 */
import type { Row } from './engine';
import { DAMAGED_DATA, DataLoadError, NOT_LOADED } from '../manifest';
import { sha256Hex } from './sha256';
import type { CatalogueTables, LocalObservation, LocalSource } from './local';
import { listRows, type IndicatorRows } from './local-index';

export type CatalogueFile = CatalogueTables;

/**
 * One indicator's observations column by column; repeated strings as indexes into a dictionary. A
 * value that follows its region's value of the year before is written as the change from it when
 * both are safe integers (population 53 207 after 52 159 is 1048): a third of the bytes, and exact.
 * `absolute` lists the rows that could be such a change but hold the value itself (decimals).
 */
export interface IndicatorFile {
  indicator: string;
  dictionary: string[];
  region_code: number[];
  year: number[];
  value: (number | null)[];
  absolute: number[];
  status: number[];
  source: number[];
}

export const CATALOGUE_FILE = 'catalogue.json';
/**
 * Above this many observations the files are not built and pages wait for DuckDB (or the server):
 * a synthetic 10M-row table is no file to fetch whole into a tab.
 */
export const LOCAL_MAX_ROWS = 200_000;
export const indicatorFileName = (indicator: string) => `${encodeURIComponent(indicator)}.json`;
/** The folder of a build's files under the app's `base` (src/routes/rows), as a page addresses it. */
export const rowsFolder = (base: string, version: string) => `${base}/rows/${version}/`;

export function catalogueFile(tables: CatalogueFile): CatalogueFile {
  return { indicators: tables.indicators, sources: tables.sources, regions: tables.regions };
}

export function indicatorFile(indicator: string, observations: readonly Row[]): IndicatorFile {
  const dictionary: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) ids.set(s, (i = dictionary.push(s) - 1));
    return i;
  };
  const file: IndicatorFile = {
    indicator,
    dictionary,
    region_code: [],
    year: [],
    value: [],
    absolute: [],
    status: [],
    source: [],
  };
  let previous: number | null = null;
  for (const o of observations) {
    if (o.indicator !== indicator) continue;
    const value = o.value as number | null;
    const i = file.year.push(o.year as number) - 1;
    file.region_code.push(id(o.region_code as string));
    if (value !== null && followsOn(file, i, previous)) {
      const change = value - previous!;
      const exact =
        Number.isSafeInteger(value) && Number.isSafeInteger(previous) && Number.isSafeInteger(change);
      file.value.push(exact ? change : value);
      if (!exact) file.absolute.push(i);
    } else file.value.push(value);
    file.status.push(id(o.status as string));
    file.source.push(id(o.source as string));
    previous = value;
  }
  return file;
}

/** Whether row `i` may be written as a change: the same region's value of the year before, not missing. */
function followsOn(file: IndicatorFile, i: number, previous: number | null): boolean {
  return (
    i > 0 &&
    previous !== null &&
    file.region_code[i] === file.region_code[i - 1] &&
    file.year[i] === file.year[i - 1]! + 1
  );
}

/**
 * The file's rows for the lazy index (local-index.ts), decoded a run at a time. A run starts where
 * the region changes, and followsOn never takes a change across regions, so its first row is always
 * written whole: decoding from there needs nothing before it.
 */
export function fileRows(file: IndicatorFile): IndicatorRows {
  const d = file.dictionary;
  const absolute = new Set(file.absolute);
  return {
    indicator: file.indicator,
    length: file.year.length,
    region: (i) => d[file.region_code[i]!]!,
    year: (i) => file.year[i]!,
    // A change is written only for a value, so a null is a missing value in either form.
    hasValue: (i) => (file.value[i] ?? null) !== null,
    decode(start, end) {
      const rows: LocalObservation[] = [];
      let previous: number | null = null;
      for (let i = start; i < end; i++) {
        const written = file.value[i] ?? null;
        const value: number | null =
          written !== null && followsOn(file, i, previous) && !absolute.has(i)
            ? previous! + written
            : written;
        previous = value;
        rows.push({
          indicator: file.indicator,
          region_code: d[file.region_code[i]!]!,
          year: file.year[i]!,
          value,
          status: d[file.status[i]!]!,
          source: d[file.source[i]!]!,
        });
      }
      return rows;
    },
  };
}

/**
 * Files fetched from `folder` (`<app>/rows/<version>/`), each once; an unknown indicator has no rows.
 * With `hashes` (file → SHA-256, carried by the prerendered page) a file is used only if it is the one
 * the build wrote.
 */
export function fetchedSource(
  folder: URL,
  indicatorIds: () => readonly string[] | null = () => null,
  hashes?: Record<string, string>,
): LocalSource {
  const get = async <T>(name: string): Promise<T> => {
    const res = await fetch(new URL(name, folder));
    if (!res.ok) throw new DataLoadError(NOT_LOADED, `${name}: HTTP ${res.status}`);
    const bytes = await res.arrayBuffer();
    const expected = hashes?.[name];
    if (hashes && expected !== (await sha256Hex(bytes)))
      throw new DataLoadError(DAMAGED_DATA, `${name}: sha256 differs from the build's`);
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  };
  return {
    catalogue: () => get<CatalogueFile>(CATALOGUE_FILE),
    async observations(indicator) {
      const known = indicatorIds();
      if (known && !known.includes(indicator)) return listRows(indicator, []);
      return fileRows(await get<IndicatorFile>(indicatorFileName(indicator)));
    },
  };
}
