/**
 * The text layer of a user's CSV: its encoding (UTF-8 or Excel's Windows-1252), its separator, its rows
 * (RFC 4180 quoting) and its numbers (decimal comma, spaces as thousands separators, SSB's missing marks).
 */
import { fold } from '../groups/search';
import { t } from '../i18n';

/** Cells compare as the search box compares names («rade» is Råde), ignoring outer spaces. */
export const foldCell = (text: string) => fold(text.trim());

const MISSING = new Set(['', '..', '...', '.', '-', ':']);

export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: Excel's Norwegian CSV is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 4180 rows, quoted fields may hold the separator, quotes and line breaks; `line` is where a row starts. */
export function splitRows(
  text: string,
  sep: string,
): { cells: string[]; line: number }[] | { error: string; line: number } {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: start });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted) return { error: t.readErrors.openQuote, line: start };
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ cells, line: start });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

export function sniff(headerLine: string): string {
  const count = (s: string) => headerLine.split(s).length - 1;
  return [';', '\t', ','].sort((a, b) => count(b) - count(a))[0]!;
}

/** «12 345,6» with a decimal comma, «12345.6», «-3»; null for a missing mark; undefined when not a number. */
export function parseValue(raw: string, decimalComma: boolean): number | null | undefined {
  const s = raw.trim();
  if (MISSING.has(s)) return null;
  let t = s;
  if (decimalComma) t = t.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-−]?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t.replace('−', '-'));
}
