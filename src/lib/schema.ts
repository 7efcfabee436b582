/**
 * The data model shared by the pipeline (data/), the engines (src/lib/db) and the query builders
 * (src/lib/sql). The Parquet files in static/data hold exactly these tables and columns; the SQL
 * builders may only name identifiers listed here (see `TABLES`).
 */

/** Administrative or statistical level of a region. `region` covers every grouping of kommuner. */
export type RegionLevel = 'kommune' | 'region' | 'fylke' | 'land';
export const REGION_LEVELS: readonly RegionLevel[] = ['kommune', 'region', 'fylke', 'land'];

/**
 * What kind of grouping a `region` is. `ba` = bo- og arbeidsmarkedsregion (NIBR 2020),
 * `okonomisk` = SSB økonomisk region (KLASS 108, 2024 version), `samarbeid` = a regional council or
 * cooperation defined in data/regions/*.csv. Empty for kommune, fylke and land.
 */
export type RegionKind = '' | 'ba' | 'okonomisk' | 'samarbeid';

/**
 * One region at today's (2024) borders.
 * Codes: kommune = 4 digits ("3103"), fylke = 2 digits ("31"), land = "0",
 * BA-region = "BA" + its number, at least 2 digits ("BA02", "BA101"), økonomisk region = "OR" + 5 digits ("OR31003"),
 * samarbeid = a lowercase slug from data/regions ("mosseregionen").
 */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  kind: RegionKind;
  /** First year the code is valid (kommune codes of 2024: 2024; groupings: the year of their definition). */
  valid_from: number;
  /** Last year the code is valid, null while it still is. */
  valid_to: number | null;
  /** The 2024 fylke a kommune lies in ("31"); for groupings the fylke all members share, else null. */
  fylke_code: string | null;
  /** Parent codes from the nearest level up: a kommune lists its fylke, BA and økonomisk region, and every samarbeid it is in. */
  parents: string[];
  /** Kommune codes a grouping consists of; empty for a kommune. Aggregates sum exactly these. */
  members: string[];
  /** Where a grouping's membership comes from (a document, a classification); empty for kommuner. */
  source: string;
}

/**
 * How an observation came to be.
 * - reported: the figure as published for this region code
 * - summed: a sum over the member kommuner (or old counties) that all reported a value
 * - harmonised: carried onto 2024 borders across a reform by following renumberings or summing merged units
 * - estimated: part of a split unit, weighted by population; never shown without saying so
 * - missing: the source marks the cell as missing or suppressed (SSB "..", ":", "-"); value is null
 */
export type ObservationStatus = 'reported' | 'summed' | 'harmonised' | 'estimated' | 'missing';
export const OBSERVATION_STATUSES: readonly ObservationStatus[] = [
  'reported',
  'summed',
  'harmonised',
  'estimated',
  'missing',
];

export interface Observation {
  indicator: string;
  region_code: string;
  year: number;
  /** Null exactly when status is 'missing'. */
  value: number | null;
  status: ObservationStatus;
  /**
   * Id of the source the figure comes from (`sources.id` of the same indicator, e.g. "11618"); a sum
   * over kommuner whose figures come from several sources joins their ids with '+', in priority order.
   */
  source: string;
}

/** One source of an indicator's series; several tables of the same statistic are ranked by `priority`. */
export interface IndicatorSourceRow {
  indicator: string;
  id: string;
  /** Short name shown with a figure: «SSB 11618». */
  label: string;
  publisher: string;
  table_id: string;
  /** 0 = preferred where two sources have a figure for the same region and year. */
  priority: number;
}

/**
 * Employed persons 15-74 in the 4th quarter by kommune of work and kommune of residence (SSB 03321), at
 * 2024 kommuner. Only non-zero flows are stored; a flow through a kommune split after the year is shared
 * by population weight and marked 'estimated'.
 */
export interface CommutingFlow {
  work_code: string;
  home_code: string;
  year: number;
  persons: number;
  status: ObservationStatus;
}

export interface Indicator {
  id: string;
  name_nb: string;
  name_nn: string;
  name_en: string;
  /** Unit in bokmål, as shown next to numbers: "personer", "mill. kr", "foretak". */
  unit: string;
  /** Publisher and product, e.g. "SSB, befolkningsstatistikk". */
  source: string;
  /** SSB (or Eurostat) table id(s), e.g. "07459" or "nama_10r_3empers". */
  table_id: string;
  definition: string;
  /** Whether "per 1 000 inhabitants" is meaningful (false for population itself). */
  per_capita: boolean;
  /**
   * Years where a break in series begins: values from that year on cannot be compared directly with
   * earlier ones (SSB's employment statistics changed source in 2015). Lines are interrupted there.
   */
  breaks: number[];
  /** Why the series breaks, in bokmål; empty without breaks. */
  break_note: string;
}

/** Table and column names: the only identifiers query builders may put into SQL text. */
export const TABLES = {
  regions: [
    'code',
    'name',
    'level',
    'kind',
    'valid_from',
    'valid_to',
    'fylke_code',
    'parents',
    'members',
    'source',
  ],
  observations: ['indicator', 'region_code', 'year', 'value', 'status', 'source'],
  indicators: [
    'id',
    'name_nb',
    'name_nn',
    'name_en',
    'unit',
    'source',
    'table_id',
    'definition',
    'per_capita',
    'breaks',
    'break_note',
  ],
  sources: ['indicator', 'id', 'label', 'publisher', 'table_id', 'priority'],
  commuting: ['work_code', 'home_code', 'year', 'persons', 'status'],
  /** SSB 13472 by sector: Vestfold and Telemark kommuner and fylker, and Hele landet ('0'), 2010-2021. */
  sectors: ['region_code', 'sector', 'year', 'persons', 'source'],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
/**
 * Tables the browser engine loads after it reports ready, on first use: the commuting matrix is ten
 * times the size of everything else and only the commuting views need it; the sector table only the
 * shift-share page.
 */
export const LAZY_TABLES: readonly TableName[] = ['commuting', 'sectors'];

/** The indicator that "per 1 000 inhabitants" divides by. */
export const POPULATION_INDICATOR = 'befolkning';

/**
 * Files beside the Parquet tables in static/data, written in the same data version: the map's
 * boundaries at 2024 borders (TopoJSON; objects `kommuner` and `fylker`, properties `code` and `name`),
 * SSB's centrality classes at 2024 kommuner, and the old kommune numbers.
 */
export const MAP_FILES = {
  kommuner: 'kommuner.topojson',
  fylker: 'fylker.topojson',
  centrality: 'sentralitet.json',
  codeHistory: 'kommunekoder.json',
} as const;

/**
 * static/data/kommunekoder.json: every kommune number in use on some 1 January 2005–2023 but not in
 * 2024, with its last name, the years it was in use and the 2024 kommune(s) it lies in (share of its
 * inhabitants: 1, or less for a split). `whole` when it was, in every year it was in use, all of its
 * 2024 kommune (a renumbering), so a value given for it is that kommune's value.
 */
export interface CodeHistoryFile {
  source: string;
  codes: Record<
    string,
    { name: string; years: [number, number]; to: Record<string, number>; whole: boolean }
  >;
}

/** static/data/sentralitet.json */
export interface CentralityFile {
  source: string;
  kommuner: Record<string, { index: number; class: number; parts: string[] }>;
}

/** manifest.json written next to the Parquet files. */
export interface Manifest {
  version: string;
  built_at: string;
  tables: Record<TableName, { file: string; rows: number; sha256: string; bytes: number }>;
  indicators: Record<
    string,
    {
      years: [number, number] | null;
      rows: number;
      regions: number;
      /**
       * Files the indicator is built from (`file` relative to data/raw). Fetched tables also carry SSB's
       * `updated` stamp, the data URL, when they were retrieved, the title, query and footnotes (from the
       * `<table>.meta.json` sidecar and the JSON-stat answer).
       */
      sources: {
        /** The source id observations carry (absent in manifests built before per-figure sources). */
        id?: string;
        label?: string;
        publisher: string;
        table_id: string;
        file: string;
        updated?: string | null;
        url?: string;
        retrieved_at?: string;
        /** Fetched tables: SSB's table title, the exact query sent (PxWebApi v2 selection) and SSB's footnotes. */
        title?: string;
        query?: unknown;
        notes?: string[];
      }[];
      /** 'snapshot' = the shipped files in data/raw; 'fetched' = `npm run data:fetch` (data/raw/ssb_api). Absent in older manifests: snapshot. */
      origin?: 'snapshot' | 'fetched';
      /** ISO time the fetched data were retrieved (the oldest of its tables); only when origin is 'fetched'. */
      retrieved_at?: string;
    }
  >;
}

export function isRegionLevel(v: unknown): v is RegionLevel {
  return typeof v === 'string' && (REGION_LEVELS as readonly string[]).includes(v);
}

export function isObservationStatus(v: unknown): v is ObservationStatus {
  return typeof v === 'string' && (OBSERVATION_STATUSES as readonly string[]).includes(v);
}
