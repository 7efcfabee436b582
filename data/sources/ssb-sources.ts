/**
 * The typed, validated view of data/sources/ssb.json: which SSB tables feed which indicator, the
 * PxWebApi v2 query for each (exact codes, or labels and totals that the fetcher resolves against the
 * table's metadata), and how its cells become observations. The file is data so that
 * adding an indicator never needs code; this module only refuses entries that could not work.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const LEVELS: readonly SsbRegionLevel[] = ['kommune', 'fylke', 'land', 'other'];

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new Error(`${where}: "${key}" must be a non-empty string`);
  return v;
}

function strArray(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && x !== '')) {
    throw new Error(`${where}: must be a non-empty array of strings`);
  }
  return v as string[];
}

function regex(v: unknown, where: string): string {
  if (typeof v !== 'string' || v === '') throw new Error(`${where}: must be a non-empty regular expression`);
  try {
    new RegExp(v, 'i');
  } catch (e) {
    throw new Error(
      `${where}: invalid regular expression ${JSON.stringify(v)} (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  return v;
}

const SELECTION_KINDS = ['valueCodes', 'label', 'total'] as const;

function parseSelection(v: unknown, where: string): ConfiguredSelection {
  if (!isObj(v)) throw new Error(`${where}: selection entry must be an object`);
  const variableCode = str(v, 'variableCode', where);
  const kinds = SELECTION_KINDS.filter((k) => v[k] !== undefined);
  if (kinds.length !== 1)
    throw new Error(
      `${where}: needs exactly one of valueCodes, label or total (has ${kinds.join(', ') || 'none'})`,
    );
  if (kinds[0] !== 'valueCodes') {
    // A code list's values are not in the table metadata, so a label or total could not be resolved there.
    if (v.codeList !== undefined || v.outputValues !== undefined)
      throw new Error(`${where}: codeList/outputValues only work with valueCodes`);
    if (kinds[0] === 'label') return { variableCode, label: regex(v.label, `${where}.label`) };
    if (v.total !== true) throw new Error(`${where}: total must be true`);
    return { variableCode, total: true };
  }
  const sel: PxSelection = { variableCode, valueCodes: strArray(v.valueCodes, `${where}.valueCodes`) };
  if (v.codeList !== undefined) sel.codeList = str(v, 'codeList', where);
  if (v.outputValues !== undefined) {
    if (v.outputValues !== 'aggregated' && v.outputValues !== 'single')
      throw new Error(`${where}: outputValues must be aggregated|single`);
    sel.outputValues = v.outputValues;
  }
  return sel;
}

function parseMapping(v: unknown, vars: string[], where: string): TableMapping {
  if (!isObj(v)) throw new Error(`${where}: mapping must be an object`);
  const m: TableMapping = {
    region: str(v, 'region', where),
    time: str(v, 'time', where),
    keepLevels: strArray(v.keepLevels, `${where}.keepLevels`).map((l) => {
      if (!(LEVELS as readonly string[]).includes(l)) throw new Error(`${where}: unknown level ${l}`);
      return l as SsbRegionLevel;
    }),
  };
  for (const dim of [m.region, m.time]) {
    if (!vars.includes(dim))
      throw new Error(`${where}: mapping names ${dim}, which the query does not select`);
  }
  if (v.filter !== undefined) {
    if (!isObj(v.filter)) throw new Error(`${where}: filter must be an object`);
    m.filter = Object.fromEntries(
      Object.entries(v.filter).map(([k, codes]) => [k, strArray(codes, `${where}.filter.${k}`)]),
    );
  }
  if (v.sumOver !== undefined) m.sumOver = strArray(v.sumOver, `${where}.sumOver`);
  if (v.dropOutsideCodeValidity !== undefined) m.dropOutsideCodeValidity = v.dropOutsideCodeValidity === true;
  if (v.indicatorBy !== undefined) {
    const by = v.indicatorBy;
    if (!isObj(by) || !isObj(by.codes) || Object.keys(by.codes).length === 0)
      throw new Error(`${where}: indicatorBy needs a dimension and a non-empty codes object`);
    const dimension = str(by, 'dimension', `${where}.indicatorBy`);
    if (!vars.includes(dimension))
      throw new Error(`${where}: indicatorBy names ${dimension}, which the query does not select`);
    m.indicatorBy = {
      dimension,
      codes: Object.fromEntries(
        Object.entries(by.codes).map(([code, ind]) => [
          code,
          typeof ind === 'string' && ind !== ''
            ? ind
            : (() => {
                throw new Error(`${where}.indicatorBy.codes.${code}: must name an indicator`);
              })(),
        ]),
      ),
    };
  }
  if (v.home !== undefined) {
    m.home = str(v, 'home', where);
    if (!vars.includes(m.home))
      throw new Error(`${where}: home names ${m.home}, which the query does not select`);
  }
  return m;
}

function parseKnownValues(v: unknown, where: string): KnownValue[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Error(`${where}: must be an array`);
  return v.map((k, i) => {
    const at = `${where}[${i}]`;
    if (!isObj(k)) throw new Error(`${at}: must be an object`);
    const num = (key: string): number => {
      const n = k[key];
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`${at}: "${key}" must be a number`);
      return n;
    };
    const tolerance = k.tolerance === undefined ? 0 : num('tolerance');
    if (tolerance < 0 || tolerance >= 1) throw new Error(`${at}: tolerance must be in [0, 1)`);
    const out: KnownValue = {
      region: str(k, 'region', at),
      year: num('year'),
      value: num('value'),
      tolerance,
      source: str(k, 'source', at),
    };
    if (k.indicator !== undefined) out.indicator = str(k, 'indicator', at);
    return out;
  });
}

function parseTable(v: unknown, i: number): SsbTableSource {
  const where = `ssb.json tables[${i}]`;
  if (!isObj(v) || !isObj(v.query)) throw new Error(`${where}: must be an object with a query`);
  const id = str(v, 'id', where);
  if (!/^\d{5}$/.test(id)) throw new Error(`${where}: table id ${id} is not 5 digits`);
  const rawSel = v.query.selection;
  if (!Array.isArray(rawSel) || rawSel.length === 0)
    throw new Error(`${where}: query.selection must be a non-empty array`);
  const selection = rawSel.map((s, j) => parseSelection(s, `${where}.query.selection[${j}]`));
  const vars = selection.map((s) => s.variableCode);
  const twice = vars.find((x, j) => vars.indexOf(x) !== j);
  if (twice !== undefined) throw new Error(`${where}: query selects ${twice} twice`);
  const otherVariables = v.otherVariables ?? 'eliminate';
  if (otherVariables !== 'eliminate' && otherVariables !== 'total')
    throw new Error(`${where}: otherVariables must be eliminate|total`);
  const priority = v.priority;
  if (typeof priority !== 'number' || !Number.isInteger(priority))
    throw new Error(`${where}: priority must be an integer`);
  const verified = str(v, 'verified', where);
  if (!['public-code-v2', 'public-code-v0', 'unverified'].includes(verified))
    throw new Error(`${where}: unknown verified=${verified}`);
  const splitAlong = v.splitAlong === undefined ? [] : strArray(v.splitAlong, `${where}.splitAlong`);
  for (const d of splitAlong)
    if (!vars.includes(d))
      throw new Error(`${where}: splitAlong names ${d}, which the query does not select`);
  return {
    id,
    indicator: str(v, 'indicator', where),
    title: str(v, 'title', where),
    unit: str(v, 'unit', where),
    enabled: v.enabled === true,
    priority,
    query: { selection },
    otherVariables,
    // null too, so that a parsed entry written back to JSON parses again.
    expectTitle:
      v.expectTitle === undefined || v.expectTitle === null
        ? null
        : regex(v.expectTitle, `${where}.expectTitle`),
    splitAlong,
    mapping: parseMapping(v.mapping, vars, `${where}.mapping`),
    knownValues: parseKnownValues(v.knownValues, `${where}.knownValues`),
    verified: verified as Verification,
    note: typeof v.note === 'string' ? v.note : '',
  };
}

/**
 * Validate the parsed contents of ssb.json.
 * @throws Error naming the entry and field that is wrong.
 */
export function parseSsbSources(json: unknown): SsbSources {
  if (!isObj(json) || !isObj(json.pxwebapi) || !isObj(json.klass) || !Array.isArray(json.tables)) {
    throw new Error('ssb.json: needs pxwebapi, klass and tables');
  }
  const px = json.pxwebapi;
  const num = (key: string): number => {
    const n = px[key];
    if (typeof n !== 'number' || !(n > 0))
      throw new Error(`ssb.json pxwebapi.${key} must be a positive number`);
    return n;
  };
  const requests = Array.isArray(json.klass.requests) ? json.klass.requests : [];
  const tables = json.tables.map(parseTable);
  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t.id)) throw new Error(`ssb.json: table ${t.id} listed twice`);
    seen.add(t.id);
  }
  return {
    pxwebapi: {
      baseUrl: str(px, 'baseUrl', 'ssb.json pxwebapi'),
      lang: str(px, 'lang', 'ssb.json pxwebapi'),
      outputFormat: str(px, 'outputFormat', 'ssb.json pxwebapi'),
      maxCellsPerRequest: num('maxCellsPerRequest'),
      maxRequestsPerMinute: num('maxRequestsPerMinute'),
    },
    klass: {
      baseUrl: str(json.klass, 'baseUrl', 'ssb.json klass'),
      requests: requests.map((r, i) => {
        const where = `ssb.json klass.requests[${i}]`;
        if (!isObj(r) || !isObj(r.params)) throw new Error(`${where}: must be an object with params`);
        const endpoint = str(r, 'endpoint', where);
        if (!['codes', 'changes', 'codesAt'].includes(endpoint))
          throw new Error(`${where}: unknown endpoint ${endpoint}`);
        const name = str(r, 'name', where);
        if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`${where}: name must be a file-safe slug`);
        return {
          name,
          classification: str(r, 'classification', where),
          endpoint: endpoint as KlassRequest['endpoint'],
          params: Object.fromEntries(Object.entries(r.params).map(([k, p]) => [k, String(p)])),
        };
      }),
    },
    tables,
  };
}

/** Read and validate ssb.json (by default the one shipped next to this module). */
export function loadSsbSources(path: string = SSB_SOURCES_PATH): SsbSources {
  return parseSsbSources(JSON.parse(readFileSync(path, 'utf-8')) as unknown);
}
