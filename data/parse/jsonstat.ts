/**
 * JSON-stat decoder: JSON-stat 2.0 datasets (what SSB's PxWebApi v2 returns as `json-stat2`),
 * 2.0 collections with embedded datasets, and the JSON-stat 1.x bundle form (`{"dataset": {...}}`,
 * what PxWeb v0 returns for `json-stat`) become one flat list of cells per dataset.
 *
 * A cell's value is kept exactly as published: an SSB missing symbol (`.`, `..`, `...`, `:`, `-`) makes
 * the value null and is kept as the cell's status, never turned into 0. Footnotes (`note`) stay on the
 * dataset, dimension and category they belong to, so nothing a publisher attached is lost.
 */

export type JsonStatRole = 'time' | 'geo' | 'metric';

/**
 * SSB's standard symbols for a cell without a number: "." cannot occur, ".." not available,
 * "..." not yet available, ":" confidential. "-" is SSB's "nil"; the project keeps it as missing rather
 * than 0, like data/parse/value.ts does for the CSV exports.
 */
export const JSONSTAT_MISSING_SYMBOLS: readonly string[] = ['.', '..', '...', ':', '-'];

export interface JsonStatCategory {
  code: string;
  label: string;
  /** Position along the dimension (0-based). */
  index: number;
  note: string[];
  /** `category.unit[code]` as published (metric dimensions), else null. */
  unit: unknown;
  /** Child codes from `category.child`, for hierarchical dimensions. */
  child: string[];
}

export interface JsonStatDimension {
  id: string;
  label: string;
  role: JsonStatRole | null;
  note: string[];
  /** In index order. */
  categories: JsonStatCategory[];
  extension: unknown;
}

export interface JsonStatDataset {
  /** Key in a 1.x bundle ("dataset", "oecd"), else null. */
  name: string | null;
  version: string;
  label: string;
  source: string | null;
  updated: string | null;
  /** `extension.px.tableid`, else the "05300: ..." prefix of the label, else null. */
  tableId: string | null;
  note: string[];
  ids: string[];
  size: number[];
  dimensions: JsonStatDimension[];
  /** One entry per cell, row-major (last dimension fastest). */
  values: (number | null)[];
  /** Status symbol per cell index; cells without one are absent. */
  status: Map<number, string>;
  extension: unknown;
}

/** One cell as a tidy row. */
export interface JsonStatRow {
  index: number;
  codes: Record<string, string>;
  labels: Record<string, string>;
  value: number | null;
  status: string | null;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, msg: string): never {
  throw new Error(`JSON-stat ${where}: ${msg}`);
}

function notes(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function categoryCodes(cat: Obj, where: string): string[] {
  const index = cat.index;
  if (Array.isArray(index)) return index.map(String);
  if (isObj(index)) {
    const codes: string[] = [];
    for (const [code, pos] of Object.entries(index)) {
      if (typeof pos !== 'number' || !Number.isInteger(pos))
        fail(where, `index of ${code} is not an integer`);
      if (codes[pos] !== undefined) fail(where, `two categories at position ${pos}`);
      codes[pos] = code;
    }
    if (codes.length !== Object.keys(index).length) fail(where, 'category index has gaps');
    return codes;
  }
  // The spec allows leaving out `index` only for a single category; its code is then the label key.
  if (isObj(cat.label)) return Object.keys(cat.label);
  fail(where, 'category has neither index nor label');
}

function decodeDimension(
  id: string,
  raw: unknown,
  role: JsonStatRole | null,
  size: number,
  where: string,
): JsonStatDimension {
  if (!isObj(raw) || !isObj(raw.category)) fail(where, `dimension ${id} has no category`);
  const cat = raw.category;
  const codes = categoryCodes(cat, `${where} ${id}`);
  if (codes.length !== size) fail(where, `dimension ${id} has ${codes.length} categories, size says ${size}`);
  const labels = isObj(cat.label) ? cat.label : {};
  const catNotes = isObj(cat.note) ? cat.note : {};
  const units = isObj(cat.unit) ? cat.unit : {};
  const children = isObj(cat.child) ? cat.child : {};
  const categories = codes.map((code, index) => {
    const label = labels[code];
    const child = children[code];
    return {
      code,
      label: typeof label === 'string' ? label : code,
      index,
      note: notes(catNotes[code]),
      unit: units[code] ?? null,
      child: Array.isArray(child) ? child.map(String) : [],
    };
  });
  return {
    id,
    label: typeof raw.label === 'string' ? raw.label : id,
    role,
    note: notes(raw.note),
    categories,
    extension: raw.extension ?? null,
  };
}

function roleOf(id: string, roles: unknown): JsonStatRole | null {
  if (!isObj(roles)) return null;
  for (const r of ['time', 'geo', 'metric'] as const) {
    const ids = roles[r];
    if (Array.isArray(ids) && ids.includes(id)) return r;
  }
  return null;
}

function toNumber(v: unknown, i: number, where: string): { value: number | null; symbol: string | null } {
  if (v === null || v === undefined) return { value: null, symbol: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null, symbol: null };
  if (typeof v === 'string') {
    const s = v.trim();
    if (JSONSTAT_MISSING_SYMBOLS.includes(s) || s === '') return { value: null, symbol: s || null };
    if (/^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(s)) return { value: Number(s), symbol: null };
  }
  fail(where, `value ${i} is not a number: ${JSON.stringify(v)}`);
}

function decodeValues(
  raw: unknown,
  n: number,
  where: string,
): { values: (number | null)[]; symbols: Map<number, string> } {
  const values: (number | null)[] = new Array<number | null>(n).fill(null);
  const symbols = new Map<number, string>();
  const put = (i: number, v: unknown): void => {
    if (!Number.isInteger(i) || i < 0 || i >= n) fail(where, `value index ${i} outside 0..${n - 1}`);
    const { value, symbol } = toNumber(v, i, where);
    values[i] = value;
    if (symbol) symbols.set(i, symbol);
  };
  if (Array.isArray(raw)) {
    if (raw.length !== n) fail(where, `${raw.length} values, but the sizes multiply to ${n}`);
    raw.forEach((v, i) => put(i, v));
  } else if (isObj(raw)) {
    // Sparse form: cells not listed are missing (null), not zero.
    for (const [k, v] of Object.entries(raw)) put(Number(k), v);
  } else fail(where, 'no value array or object');
  return { values, symbols };
}

function decodeStatus(raw: unknown, n: number, where: string): Map<number, string> {
  const out = new Map<number, string>();
  if (raw === undefined || raw === null) return out;
  const set = (i: number, s: unknown): void => {
    if (typeof s === 'string' && s !== '') out.set(i, s);
  };
  if (typeof raw === 'string') {
    for (let i = 0; i < n; i++) set(i, raw);
  } else if (Array.isArray(raw)) {
    // A one-element array applies to every cell (JSON-stat spec); otherwise one entry per cell.
    if (raw.length === 1 && n !== 1) for (let i = 0; i < n; i++) set(i, raw[0]);
    else if (raw.length === n) raw.forEach((s, i) => set(i, s));
    else fail(where, `${raw.length} statuses for ${n} values`);
  } else if (isObj(raw)) {
    for (const [k, s] of Object.entries(raw)) {
      const i = Number(k);
      if (!Number.isInteger(i) || i < 0 || i >= n) fail(where, `status index ${k} outside 0..${n - 1}`);
      set(i, s);
    }
  } else fail(where, 'status is neither string, array nor object');
  return out;
}

function tableIdOf(ext: unknown, label: string): string | null {
  if (isObj(ext) && isObj(ext.px) && typeof ext.px.tableid === 'string') return ext.px.tableid;
  const m = /^(\d{5}):/.exec(label);
  return m?.[1] ?? null;
}

export interface DecodeOptions {
  /**
   * Read dimensions only and ignore `value`/`status`: PxWebApi v2's /tables/{id}/metadata answers with
   * a JSON-stat 2.0 dataset whose `value` is empty.
   */
  structureOnly?: boolean;
}

/** Decode one dataset object; `name` is its bundle key for 1.x. */
function decodeOne(raw: Obj, name: string | null, opts: DecodeOptions): JsonStatDataset {
  const where = name ? `dataset "${name}"` : 'dataset';
  const is2 = raw.version === '2.0' || raw.class === 'dataset';
  const dimRoot = isObj(raw.dimension) ? raw.dimension : fail(where, 'no dimension object');
  // 2.0 keeps id/size/role at the top; 1.x keeps them inside `dimension`.
  const idsRaw = is2 ? raw.id : dimRoot.id;
  const sizeRaw = is2 ? raw.size : dimRoot.size;
  const roles = is2 ? raw.role : dimRoot.role;
  if (!Array.isArray(idsRaw) || !Array.isArray(sizeRaw)) fail(where, 'no id/size arrays');
  const ids = idsRaw.map(String);
  const size = sizeRaw.map((s) =>
    typeof s === 'number' && Number.isInteger(s) && s >= 0 ? s : fail(where, `bad size ${String(s)}`),
  );
  if (ids.length !== size.length) fail(where, `${ids.length} ids but ${size.length} sizes`);
  const dimensions = ids.map((id, d) =>
    decodeDimension(id, dimRoot[id], roleOf(id, roles), size[d] ?? 0, where),
  );
  const n = opts.structureOnly ? 0 : size.reduce((a, b) => a * b, 1);
  const { values, symbols } = opts.structureOnly
    ? { values: [], symbols: new Map<number, string>() }
    : decodeValues(raw.value, n, where);
  const status = decodeStatus(opts.structureOnly ? undefined : raw.status, n, where);
  for (const [i, s] of symbols) if (!status.has(i)) status.set(i, s);
  // A missing symbol means "no number", whatever number sits next to it.
  for (const [i, s] of status) if (JSONSTAT_MISSING_SYMBOLS.includes(s)) values[i] = null;
  const label = typeof raw.label === 'string' ? raw.label : '';
  return {
    name,
    version: typeof raw.version === 'string' ? raw.version : '1.x',
    label,
    source: typeof raw.source === 'string' ? raw.source : null,
    updated: typeof raw.updated === 'string' ? raw.updated : null,
    tableId: tableIdOf(raw.extension, label),
    note: notes(raw.note),
    ids,
    size,
    dimensions,
    values,
    status,
    extension: raw.extension ?? null,
  };
}

/**
 * Decode any JSON-stat response into its datasets: a 2.0 dataset gives one, a 2.0 collection gives
 * its embedded datasets, a 1.x bundle gives one per key (in key order).
 * @throws Error when the shape is not JSON-stat or sizes, categories and values disagree.
 */
export function decodeJsonStat(json: unknown, opts: DecodeOptions = {}): JsonStatDataset[] {
  if (!isObj(json)) fail('response', 'not an object');
  if (json.class === 'dataset' || (json.version === '2.0' && json.class === undefined))
    return [decodeOne(json, null, opts)];
  if (json.class === 'collection') {
    const link = isObj(json.link) ? json.link : {};
    const items = Array.isArray(link.item) ? link.item : [];
    return items
      .filter((it): it is Obj => isObj(it) && it.class === 'dataset')
      .map((it) => decodeOne(it, null, opts));
  }
  const entries = Object.entries(json).filter(
    (e): e is [string, Obj] => isObj(e[1]) && isObj(e[1].dimension),
  );
  if (entries.length === 0) fail('response', 'neither a JSON-stat 2.0 dataset nor a 1.x bundle');
  return entries.map(([name, ds]) => decodeOne(ds, name, opts));
}

/** Decode a response that must hold exactly one dataset (what SSB returns per table). */
export function decodeJsonStatDataset(json: unknown, opts: DecodeOptions = {}): JsonStatDataset {
  const all = decodeJsonStat(json, opts);
  if (all.length !== 1 || !all[0]) throw new Error(`JSON-stat: expected one dataset, found ${all.length}`);
  return all[0];
}
