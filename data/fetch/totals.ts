/**
 * What a PxWebApi v2 metadata document says about one variable: whether SSB may eliminate it, and which
 * of its categories is the total ("I alt", "Alle næringer", SSB's elimination value). Read from the
 * table's own metadata, never assumed; callers turn "none" or "several" into an error listing the codes.
 */
import type { JsonStatCategory, JsonStatDimension } from '../parse/jsonstat';

/** `dimension.<id>.extension` of PxWebApi v2 metadata (PxApiSpecs `extension_dimension`). */
export interface Elimination {
  /** Can the variable be left out of a query; null when the metadata does not say. */
  elimination: boolean | null;
  /** The category SSB uses when the variable is left out, when the metadata names one. */
  eliminationValueCode: string | null;
}

/** The elimination flags of a decoded dimension (both null when it has no extension, like the 05300 fixture). */
export function eliminationOf(dim: JsonStatDimension): Elimination {
  const ext = dim.extension;
  if (typeof ext !== 'object' || ext === null) return { elimination: null, eliminationValueCode: null };
  const { elimination, eliminationValueCode } = ext as Record<string, unknown>;
  return {
    elimination: typeof elimination === 'boolean' ? elimination : null,
    eliminationValueCode:
      typeof eliminationValueCode === 'string' && eliminationValueCode !== '' ? eliminationValueCode : null,
  };
}

/**
 * Labels that name a total when they open the label ("Alle næringer", "Totalt for næringer", "I alt");
 * the lookahead stops "Alle" from matching "Allergi". "… i alt" at the end counts too ("Næringer i alt").
 */
const TOTAL_LABEL = [
  /^(?:i alt|alle|all|totalt?|sum|hele landet|begge kjønn|both sexes)(?![a-zæøå0-9])/i,
  /(?:^|\s)(?:i alt|total)$/i,
];

/** Codes SSB tables conventionally give their totals (07984 NACE2007 00-99, 08316 AntSyss 999, OrgFormer Alle). */
export const TOTAL_CODES: readonly string[] = ['0', '00', '000', '00-99', '01-99', '999', 'Alle', 'TOT'];

// A conventional total code on an "unknown" row is not a total: 07091 lists 00 as "uoppgitt" next to 01-99.
// Nor is a single age: 07459's Alder code 000 is «0 år».
const NOT_A_TOTAL = /uoppgitt|ukjent|ikke oppgitt|unknown|^\d+\s*(?:år|years?)\b/i;

/** A total found, and by which rule. */
export interface FoundTotal {
  code: string;
  label: string;
  by: 'eliminationValueCode' | 'label' | 'code';
}

/** `found` when exactly one total was found; otherwise the candidates (none, or several). */
export type TotalSearch =
  | { found: FoundTotal; candidates?: undefined }
  | { found?: undefined; candidates: JsonStatCategory[] };

/**
 * The dimension's total: its `eliminationValueCode` when that is one of its categories; else the one
 * category whose label reads as a total; else (no such label) the one category with a conventional
 * total code. Labels win over codes because they carry the meaning.
 * @example findTotal(nace) → { found: { code: '00-99', label: 'Alle næringer', by: 'label' } }
 */
export function findTotal(dim: JsonStatDimension): TotalSearch {
  const { eliminationValueCode } = eliminationOf(dim);
  const byElimination = dim.categories.find((c) => c.code === eliminationValueCode);
  if (byElimination)
    return { found: { code: byElimination.code, label: byElimination.label, by: 'eliminationValueCode' } };
  const byLabel = dim.categories.filter((c) => TOTAL_LABEL.some((re) => re.test(c.label.trim())));
  if (byLabel.length === 1 && byLabel[0])
    return { found: { code: byLabel[0].code, label: byLabel[0].label, by: 'label' } };
  if (byLabel.length > 1) return { candidates: byLabel };
  const byCode = dim.categories.filter((c) => TOTAL_CODES.includes(c.code) && !NOT_A_TOTAL.test(c.label));
  if (byCode.length === 1 && byCode[0])
    return { found: { code: byCode[0].code, label: byCode[0].label, by: 'code' } };
  return { candidates: byCode };
}

/** "Kjonn «kjønn»": a variable as the user sees it in ssb.json and in SSB's statbank. */
export function describeDimension(dim: JsonStatDimension): string {
  return dim.label && dim.label !== dim.id ? `${dim.id} «${dim.label}»` : dim.id;
}

/** "0 «Begge kjønn», 1 «Menn», … (88 i alt)": the first `max` categories, for error messages. */
export function describeCategories(categories: readonly JsonStatCategory[], max = 20): string {
  const shown = categories
    .slice(0, max)
    .map((c) => (c.label && c.label !== c.code ? `${c.code} «${c.label}»` : c.code));
  return categories.length > max ? `${shown.join(', ')}, … (${categories.length} i alt)` : shown.join(', ');
}
