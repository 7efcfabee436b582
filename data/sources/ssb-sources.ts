/**
 * The typed, validated view of data/sources/ssb.json: which SSB tables feed which indicator, the
 * PxWebApi v2 query for each (exact codes, or labels and totals that the fetcher resolves against the
 * table's metadata), and how its cells become observations. The file is data so that
 * adding an indicator never needs code; this module only refuses entries that could not work.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSsbSources } from './parse-ssb-sources';

export { parseSsbSources };

/** One variable of a PxWebApi v2 POST body (`selection[]`). */
export interface PxSelection {
  variableCode: string;
  /** Value codes or selection expressions (`*`, `??`, `top(3)`, `from(2015)`, `range(a,b)`). */
  valueCodes: string[];
  codeList?: string;
  outputValues?: 'aggregated' | 'single';
}

/** The POST body of /tables/{id}/data. Variables left out are eliminated by SSB (summed). */
export interface PxQuery {
  selection: PxSelection[];
}

/**
 * A variable chosen by meaning rather than by code: the one category whose label matches `label`
 * (a case-insensitive regular expression), resolved against the table's metadata at fetch time.
 * @example { "variableCode": "ContentsCode", "label": "^nyetablerte foretak" }
 */
export interface LabelSelection {
  variableCode: string;
  label: string;
}

/**
 * A variable pinned to its total ("I alt", "Alle næringer", SSB's elimination value), resolved
 * against the table's metadata at fetch time (data/fetch/resolve-query.ts).
 */
export interface TotalSelection {
  variableCode: string;
  total: true;
}

/** A selection as written in ssb.json: exact codes, or a meaning the fetcher resolves to one code. */
export type ConfiguredSelection = PxSelection | LabelSelection | TotalSelection;

/** The query as written in ssb.json; data/fetch/resolve-query.ts turns it into a {@link PxQuery}. */
export interface ConfiguredQuery {
  selection: ConfiguredSelection[];
}

/** True for a selection that already lists codes (needs no metadata to be sent). */
export function isCodeSelection(s: ConfiguredSelection): s is PxSelection {
  return 'valueCodes' in s;
}

/** True for a selection by category label. */
export function isLabelSelection(s: ConfiguredSelection): s is LabelSelection {
  return 'label' in s;
}

/**
 * What the fetcher does with a variable of the table that the query does not name: `eliminate` leaves
 * it out (SSB sums it; refused before any data request when the metadata says it cannot be eliminated),
 * `total` leaves it out where allowed and otherwise pins it to its total category.
 */
export type OtherVariables = 'eliminate' | 'total';

/** Region levels the mapper can tell apart from an SSB region code. */
export type SsbRegionLevel = 'kommune' | 'fylke' | 'land' | 'other';

export interface TableMapping {
  /** Dimension id holding region codes. */
  region: string;
  /** Dimension id holding years. */
  time: string;
  /** Region levels to keep; others (Svalbard, sokkel, uoppgitt, ...) are dropped. */
  keepLevels: SsbRegionLevel[];
  /** Keep only cells with these codes on these dimensions. */
  filter?: Record<string, string[]>;
  /** Dimensions whose cells are summed into one value; a sum is only made when every part is a number. */
  sumOver?: string[];
  /** Drop cells outside the years a code's label gives ("Moss (-2019)") when they hold no number or 0. */
  dropOutsideCodeValidity?: boolean;
  /**
   * A table that feeds several indicators, one per code of a dimension (11618: ContentsCode SysselArbsted →
   * sysselsatte, SysselBosted → sysselsatte_bosted, BefolkningBosted → befolkning_15_74). Codes not listed are dropped.
   */
  indicatorBy?: { dimension: string; codes: Record<string, string> };
  /**
   * A flow table (03321's commuting matrix): `region` is the kommune of work, `home` the dimension of the
   * kommune of residence. Its cells become commuting flows, not observations.
   */
  home?: string;
}

/**
 * A figure known from elsewhere (SSB's published total, the shipped snapshot) that the fetched table must
 * reproduce within `tolerance` (relative; 0 = exactly): data/fetch/known-values.ts.
 */
export interface KnownValue {
  /** Plain region code as the observations have it: "0" Hele landet, "31", "3103". */
  region: string;
  year: number;
  value: number;
  tolerance: number;
  /** For a table that feeds several indicators. */
  indicator?: string;
  /** Where the figure is from, in words. */
  source: string;
}

export type Verification = 'public-code-v2' | 'public-code-v0' | 'unverified';

export interface SsbTableSource {
  id: string;
  indicator: string;
  title: string;
  unit: string;
  enabled: boolean;
  /** Lower wins when two tables give the same indicator, region and year. */
  priority: number;
  query: ConfiguredQuery;
  /** Unnamed variables: eliminate (default) or pin to their total. */
  otherVariables: OtherVariables;
  /** Case-insensitive regular expression the table title (metadata `label`) must match, or null. */
  expectTitle: string | null;
  /** Dimensions the pager may split along, in order of preference. */
  splitAlong: string[];
  mapping: TableMapping;
  /** Figures the fetch must reproduce (guards against a wrong sum over an eliminated variable). */
  knownValues?: KnownValue[];
  verified: Verification;
  note: string;
}

export interface KlassRequest {
  /** File stem in the output folder, e.g. "klass-131-changes". */
  name: string;
  classification: string;
  endpoint: 'codes' | 'changes' | 'codesAt';
  params: Record<string, string>;
}

export interface SsbSources {
  pxwebapi: {
    baseUrl: string;
    lang: string;
    outputFormat: string;
    maxCellsPerRequest: number;
    maxRequestsPerMinute: number;
  };
  klass: { baseUrl: string; requests: KlassRequest[] };
  tables: SsbTableSource[];
}

/** Where ssb.json lives, next to this module. */
export const SSB_SOURCES_PATH = join(dirname(fileURLToPath(import.meta.url)), 'ssb.json');

/** Read and validate ssb.json (by default the one shipped next to this module). */
export function loadSsbSources(path: string = SSB_SOURCES_PATH): SsbSources {
  return parseSsbSources(JSON.parse(readFileSync(path, 'utf-8')) as unknown);
}
