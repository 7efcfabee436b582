/**
 * One rule for every number cell in data/raw: SSB and Eurostat mark a missing or suppressed value with a
 * symbol, never with 0, so those symbols become `null` (status 'missing') and anything else unparseable
 * is an error rather than a guess.
 */

/**
 * SSB: ".." not available, "..." not applicable/suppressed, "." not possible to publish / confidential,
 * "-" nil where a value is meaningless (e.g. Jan Mayen); Eurostat: ":" not available. Empty = missing.
 */
export const MISSING_MARKERS: readonly string[] = ['', '..', '...', '.', '-', ':'];

/**
 * Parse a number cell: plain digits with an optional `.` decimal part (Data Commons writes `124000.0`).
 * Returns null for a missing marker. Thousands separators are rejected: no raw file uses them, so one
 * appearing means a column shifted.
 * @example parseNumberCell('49273') // 49273
 * @example parseNumberCell('..')    // null
 */
export function parseNumberCell(cell: string, where: string): number | null {
  const s = cell.trim();
  if (MISSING_MARKERS.includes(s)) return null;
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) throw new Error(`${where}: invalid number ${JSON.stringify(cell)}`);
  return Number(s);
}

/** Like parseNumberCell, but the cell must hold a whole, non-negative count. */
export function parseCountCell(cell: string, where: string): number | null {
  const v = parseNumberCell(cell, where);
  if (v !== null && (!Number.isInteger(v) || v < 0))
    throw new Error(`${where}: invalid count ${JSON.stringify(cell)}`);
  return v;
}
