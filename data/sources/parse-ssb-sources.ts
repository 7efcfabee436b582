/**
 * ssb.json checked entry by entry: each field's type and each table's mapping, with the entry and field
 * named in the message, so an entry that could not work is refused before anything is fetched.
 */
import type {
  ConfiguredSelection,
  KlassRequest,
  KnownValue,
  PxSelection,
  SsbRegionLevel,
  SsbSources,
  SsbTableSource,
  TableMapping,
  Verification,
} from './ssb-sources';
import { CATALOGUE } from '../indicators';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const LEVELS: readonly SsbRegionLevel[] = ['kommune', 'fylke', 'land', 'other'];

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new Error(`${where}: "${key}" must be a non-empty string`);
  return v;
}

/**
 * An indicator in the catalogue (data/indicators.ts) takes its unit from there, so ssb.json does not
 * repeat it; a unit written anyway must agree. A table outside the catalogue (commuting flows, a
 * disabled candidate) states its own.
 */
function unitOf(v: Obj, indicator: string, where: string): string {
  const entry = CATALOGUE.find((c) => c.id === indicator);
  if (!entry) return str(v, 'unit', `${where} (indicator ${indicator} is not in data/indicators.ts)`);
  if (v.unit !== undefined && v.unit !== entry.unit)
    throw new Error(
      `${where}: "unit" is ${JSON.stringify(v.unit)}, but indicator ${indicator} is counted in ${JSON.stringify(entry.unit)} (data/indicators.ts); leave "unit" out`,
    );
  return entry.unit;
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
  const indicator = str(v, 'indicator', where);
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
    indicator,
    title: str(v, 'title', where),
    unit: unitOf(v, indicator, where),
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
