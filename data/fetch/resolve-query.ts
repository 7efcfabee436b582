/**
 * Turns a table's query as written in ssb.json (codes, or meanings: a category label, "the total") into
 * the exact PxWebApi v2 POST body, using the table's own metadata — so a code is never guessed. Runs
 * after GET /metadata and before the first data request: a wrong table id, a label that matches nothing
 * or several categories, or a variable that SSB would refuse to eliminate stops the fetch with a
 * Norwegian message listing what the table actually has, and nothing is downloaded.
 */
import type { JsonStatDataset, JsonStatDimension } from '../parse/jsonstat';
import type { ConfiguredSelection, PxQuery, PxSelection, SsbTableSource } from '../sources/ssb-sources';
import { isCodeSelection, isLabelSelection } from '../sources/ssb-sources';
import { resolveValueCodes } from './pager';
import type { FoundTotal } from './totals';
import { describeCategories, describeDimension, eliminationOf, findTotal } from './totals';

/** The query could not be resolved against the metadata; `message` is Norwegian and says what to change. */
export class QueryResolutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryResolutionError';
  }
}

/** The POST-ready query and one line per decision taken (stored in the meta sidecar as `resolution`). */
export interface ResolvedQuery {
  /** Only `valueCodes` selections, in the configured order; unnamed variables eliminated or pinned. */
  query: PxQuery;
  notes: string[];
}

export type ResolvableEntry = Pick<
  SsbTableSource,
  'id' | 'query' | 'otherVariables' | 'expectTitle' | 'mapping'
>;

const CONFIG = 'data/sources/ssb.json';

const byTotal = (t: FoundTotal): string =>
  `${t.code} (${t.label}), by ${t.by === 'eliminationValueCode' ? 'the metadata eliminationValueCode' : t.by === 'label' ? 'its label' : 'its conventional total code'}`;

function byLabel(dim: JsonStatDimension, pattern: string): { code: string; note: string } {
  const re = new RegExp(pattern, 'i');
  const hits = dim.categories.filter((c) => re.test(c.label));
  const [hit] = hits;
  if (hits.length === 1 && hit)
    return { code: hit.code, note: `${dim.id}: label /${pattern}/ → ${hit.code} (${hit.label})` };
  if (hits.length === 0) {
    throw new QueryResolutionError(
      `${describeDimension(dim)}: ingen kategori har en tekst som passer /${pattern}/i. Kategoriene: ${describeCategories(dim.categories)}. Rett "label" i ${CONFIG}`,
    );
  }
  throw new QueryResolutionError(
    `${describeDimension(dim)}: ${hits.length} kategorier passer /${pattern}/i: ${describeCategories(hits)}. Gjør "label" i ${CONFIG} så presis at bare én passer`,
  );
}

function total(dim: JsonStatDimension, how: string): FoundTotal {
  const search = findTotal(dim);
  if (search.found) return search.found;
  const canEliminate =
    eliminationOf(dim).elimination === true ? ' Variabelen kan også utelates (elimination=true).' : '';
  if (search.candidates.length > 1) {
    throw new QueryResolutionError(
      `${describeDimension(dim)}: ${search.candidates.length} mulige totaler: ${describeCategories(search.candidates)}. Velg én med "valueCodes" eller "label" i ${CONFIG} (${how}).${canEliminate}`,
    );
  }
  throw new QueryResolutionError(
    `${describeDimension(dim)}: fant ingen total (ingen eliminationValueCode i metadata, ingen kategori som heter «I alt», «Alle …», «Totalt …» eller «Sum», ingen totalkode som 0, 00-99 eller 999). ` +
      `Kategoriene: ${describeCategories(dim.categories)}. Velg med "valueCodes" eller "label" i ${CONFIG} (${how}).${canEliminate}`,
  );
}

function resolveNamed(
  sel: ConfiguredSelection,
  dim: JsonStatDimension,
): { selection: PxSelection; note: string | null } {
  if (isCodeSelection(sel)) return { selection: sel, note: null };
  if (isLabelSelection(sel)) {
    const { code, note } = byLabel(dim, sel.label);
    return { selection: { variableCode: sel.variableCode, valueCodes: [code] }, note };
  }
  const t = total(dim, `"total": true på ${dim.id}`);
  return {
    selection: { variableCode: sel.variableCode, valueCodes: [t.code] },
    note: `${dim.id}: total → ${byTotal(t)}`,
  };
}

/** A variable the query does not name: left out (SSB eliminates it), pinned to its total, or refused. */
function resolveUnnamed(
  entry: ResolvableEntry,
  dim: JsonStatDimension,
): { selection: PxSelection | null; note: string } {
  const { elimination } = eliminationOf(dim);
  if (elimination === true) {
    // v2 metadata says a variable may be left out but not which value SSB then uses; without a total SSB
    // adds up every category, and a list mixing totals, groups and sub-groups is silently inflated. So a
    // total that is there is selected by name; only a list without one (a plain partition) is summed.
    const search = findTotal(dim);
    if (search.found)
      return {
        selection: { variableCode: dim.id, valueCodes: [search.found.code] },
        note: `${dim.id}: not in the query, total selected explicitly → ${byTotal(search.found)} (elimination=true, but the metadata does not say what SSB would sum)`,
      };
    return {
      selection: null,
      note: `${dim.id} eliminated (elimination=true, no total among its ${dim.categories.length} categories: SSB sums them)`,
    };
  }
  if (entry.otherVariables === 'total') {
    if (elimination === false) {
      const t = total(dim, `"otherVariables": "total", og ${dim.id} kan ikke utelates`);
      return {
        selection: { variableCode: dim.id, valueCodes: [t.code] },
        note: `${dim.id}: not in the query, elimination=false → total ${byTotal(t)}`,
      };
    }
    // Unknown elimination: a total category is a valid selection either way, leaving it out might not be.
    const search = findTotal(dim);
    if (search.found)
      return {
        selection: { variableCode: dim.id, valueCodes: [search.found.code] },
        note: `${dim.id}: not in the query, elimination not stated → total ${byTotal(search.found)}`,
      };
    return {
      selection: null,
      note: `${dim.id} left out: elimination not stated in the metadata and no single total found; SSB refuses the request if it cannot be eliminated`,
    };
  }
  if (elimination === false) {
    throw new QueryResolutionError(
      `variabelen ${describeDimension(dim)} er ikke med i spørringen og kan ikke utelates (elimination=false i metadata). Kategoriene: ${describeCategories(dim.categories)}. ` +
        `Legg til {"variableCode": "${dim.id}", "total": true} (eller "label"/"valueCodes") i query.selection for tabell ${entry.id} i ${CONFIG}, eller sett "otherVariables": "total"`,
    );
  }
  return {
    selection: null,
    note: `${dim.id} left out: elimination not stated in the metadata; SSB refuses the request if it cannot be eliminated`,
  };
}

/** Observations need one year per time code; a quarterly or monthly table would only fail after the download. */
function checkYears(entry: ResolvableEntry, query: PxQuery, meta: JsonStatDataset): void {
  const sel = query.selection.find((s) => s.variableCode === entry.mapping.time);
  const dim = meta.dimensions.find((d) => d.id === entry.mapping.time);
  if (!sel || !dim || sel.codeList) return;
  let codes: string[];
  try {
    codes = resolveValueCodes(
      sel.valueCodes,
      dim.categories.map((c) => c.code),
      dim.role === 'time',
      `tabell ${entry.id} ${dim.id}`,
    );
  } catch (e) {
    throw new QueryResolutionError(
      `${e instanceof Error ? e.message : String(e)} (tabellen har ${describeCategories(dim.categories)}); rett query i ${CONFIG}`,
    );
  }
  const notYears = codes.filter((c) => !/^\d{4}$/.test(c));
  if (notYears.length > 0) {
    throw new QueryResolutionError(
      `tidsvariabelen ${describeDimension(dim)} har koder som ikke er årstall (${notYears.slice(0, 5).join(', ')}${notYears.length > 5 ? ', …' : ''}); mapping.time i ${CONFIG} krever år`,
    );
  }
}

/**
 * Resolve a configured query against the table's metadata (GET /tables/{id}/metadata, decoded with
 * `structureOnly`). Code selections pass through unchanged; `label` and `total` become one code each;
 * variables the query leaves out are eliminated or pinned per `otherVariables`.
 * @throws QueryResolutionError (Norwegian) when the title does not match `expectTitle`, a variable is
 *   missing, a label or total is not exactly one category, or a left-out variable cannot be eliminated.
 * @example resolveQuery(entry12989, meta).query.selection[1] → { variableCode: 'ContentsCode', valueCodes: ['NyeForetak'] }
 */
export function resolveQuery(entry: ResolvableEntry, meta: JsonStatDataset): ResolvedQuery {
  if (entry.expectTitle !== null && !new RegExp(entry.expectTitle, 'i').test(meta.label)) {
    throw new QueryResolutionError(
      `tabell ${entry.id} heter «${meta.label}», ventet /${entry.expectTitle}/i (expectTitle i ${CONFIG}); er tabellnummeret riktig?`,
    );
  }
  const notes: string[] = [];
  const selection: PxSelection[] = [];
  for (const sel of entry.query.selection) {
    const dim = meta.dimensions.find((d) => d.id === sel.variableCode);
    if (!dim) {
      throw new QueryResolutionError(
        `variabelen ${sel.variableCode} finnes ikke i tabell ${entry.id}; tabellen har ${meta.dimensions.map(describeDimension).join(', ')}. Rett query.selection i ${CONFIG}`,
      );
    }
    const r = resolveNamed(sel, dim);
    selection.push(r.selection);
    if (r.note) notes.push(r.note);
  }
  for (const dim of meta.dimensions) {
    if (entry.query.selection.some((s) => s.variableCode === dim.id)) continue;
    const r = resolveUnnamed(entry, dim);
    if (r.selection) selection.push(r.selection);
    notes.push(r.note);
  }
  const query = { selection };
  checkYears(entry, query, meta);
  return { query, notes };
}
