/**
 * Splits a PxWebApi v2 query into pages that each stay under the API's cell limit (SSB: about 800 000
 * cells per request; larger queries are refused with "Too many cells selected"). The cell count is
 * estimated from the table's metadata, so the split is known before the first data request.
 */
import type { JsonStatDataset, JsonStatDimension } from '../parse/jsonstat';
import type { PxQuery, PxSelection } from '../sources/ssb-sources';

const EXPRESSION = /^(top|bottom|from|to|range)\(([^)]*)\)$/i;

/** True when a value code is a plain code rather than a selection expression or mask. */
export function isLiteralCode(code: string): boolean {
  return !EXPRESSION.test(code) && !code.includes('*') && !code.includes('?');
}

function maskToRegExp(mask: string): RegExp {
  const body = mask
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * Resolve value codes and expressions (`*`, `12*`, `??`, `top(n[,offset])`, `bottom(...)`, `from(c)`,
 * `to(c)`, `range(a,b)`) against a dimension's codes in metadata order, the way the PxWebApi guide
 * describes them: for the time variable `top` means the latest periods. Result is in metadata order.
 * @throws Error for an unknown code or a malformed expression.
 */
export function resolveValueCodes(
  valueCodes: readonly string[],
  codes: readonly string[],
  isTime: boolean,
  where = '',
): string[] {
  const picked = new Set<string>();
  const pos = (c: string): number => {
    const i = codes.indexOf(c.trim());
    if (i < 0) throw new Error(`${where}: value code ${c.trim()} does not exist`);
    return i;
  };
  const take = (from: number, to: number): void =>
    codes.slice(Math.max(0, from), Math.max(0, to)).forEach((c) => picked.add(c));
  for (const vc of valueCodes) {
    const m = EXPRESSION.exec(vc.trim());
    if (m) {
      const fn = (m[1] ?? '').toLowerCase();
      const args = (m[2] ?? '').split(',').map((a) => a.trim());
      const n = Number(args[0]);
      const off = args[1] === undefined ? 0 : Number(args[1]);
      if (
        (fn === 'top' || fn === 'bottom') &&
        !(Number.isInteger(n) && n >= 0 && Number.isInteger(off) && off >= 0)
      ) {
        throw new Error(`${where}: malformed ${vc}`);
      }
      const len = codes.length;
      const fromEnd = (fn === 'top') === isTime;
      if (fn === 'top' || fn === 'bottom') {
        if (fromEnd) take(len - off - n, len - off);
        else take(off, off + n);
      } else if (fn === 'from') take(pos(args[0] ?? ''), len);
      else if (fn === 'to') take(0, pos(args[0] ?? '') + 1);
      else take(pos(args[0] ?? ''), pos(args[1] ?? '') + 1);
    } else if (vc.includes('*') || vc.includes('?')) {
      const re = maskToRegExp(vc.trim());
      codes.filter((c) => re.test(c)).forEach((c) => picked.add(c));
    } else {
      picked.add(codes[pos(vc)] ?? vc);
    }
  }
  return codes.filter((c) => picked.has(c));
}

function dimensionOf(meta: JsonStatDataset, id: string): JsonStatDimension | undefined {
  return meta.dimensions.find((d) => d.id === id);
}

/**
 * Number of values a selection picks, or the dimension's full size when a code list is applied with
 * expressions (the code list's values are not in the table metadata; its size is an upper bound for
 * value sets, which are subsets).
 */
function selectedCount(sel: PxSelection, dim: JsonStatDimension, where: string): number {
  if (sel.codeList)
    return sel.valueCodes.every(isLiteralCode) ? new Set(sel.valueCodes).size : dim.categories.length;
  return resolveValueCodes(
    sel.valueCodes,
    dim.categories.map((c) => c.code),
    dim.role === 'time',
    `${where} ${dim.id}`,
  ).length;
}

/**
 * Estimated cells of a query: the product of the values selected per variable; variables left out are
 * eliminated (one value).
 * @throws Error when the query names a variable the table does not have.
 */
export function estimateCells(query: PxQuery, meta: JsonStatDataset, where = 'query'): number {
  for (const sel of query.selection) {
    if (!dimensionOf(meta, sel.variableCode))
      throw new Error(
        `${where}: variable ${sel.variableCode} is not in the table (has ${meta.ids.join(', ')})`,
      );
  }
  return meta.dimensions.reduce((n, dim) => {
    const sel = query.selection.find((s) => s.variableCode === dim.id);
    return n * (sel ? selectedCount(sel, dim, where) : 1);
  }, 1);
}

function withCodes(query: PxQuery, variableCode: string, codes: string[]): PxQuery {
  return {
    selection: query.selection.map((s) =>
      s.variableCode === variableCode ? { ...s, valueCodes: codes } : s,
    ),
  };
}

/**
 * Split a query into pages of at most `maxCells` cells, along the first `splitAlong` dimension that can
 * be split (then the next, for a page that is still too big). Pages list their codes explicitly and
 * tile the query exactly: together they select every cell once.
 * @throws Error when the query cannot be split small enough.
 */
export function planPages(
  query: PxQuery,
  meta: JsonStatDataset,
  maxCells: number,
  splitAlong: readonly string[],
  where = 'query',
): PxQuery[] {
  const cells = estimateCells(query, meta, where);
  if (cells <= maxCells) return [query];
  for (const id of splitAlong) {
    const sel = query.selection.find((s) => s.variableCode === id);
    const dim = dimensionOf(meta, id);
    // A code list's values are not in the metadata, so such a dimension can only be split if listed literally.
    if (!sel || !dim || (sel.codeList && !sel.valueCodes.every(isLiteralCode))) continue;
    const codes = sel.codeList
      ? [...new Set(sel.valueCodes)]
      : resolveValueCodes(
          sel.valueCodes,
          dim.categories.map((c) => c.code),
          dim.role === 'time',
          `${where} ${id}`,
        );
    if (codes.length <= 1) continue;
    const chunk = Math.max(1, Math.floor(maxCells / (cells / codes.length)));
    const pages: PxQuery[] = [];
    for (let i = 0; i < codes.length; i += chunk)
      pages.push(
        ...planPages(withCodes(query, id, codes.slice(i, i + chunk)), meta, maxCells, splitAlong, where),
      );
    return pages;
  }
  throw new Error(
    `${where}: ~${cells} cells exceed the limit of ${maxCells} and cannot be split along ${splitAlong.join(', ') || '(no dimension given)'}`,
  );
}
