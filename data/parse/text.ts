/**
 * Bytes -> text -> rows of cells, for every delimited file in data/raw.
 * The format-specific parsers (one per input format, beside this file) only decide what the cells mean.
 */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';

export type TextEncoding = 'utf-8' | 'iso-8859-1';

/**
 * Decode a raw file. SSB's statbank exports are ISO-8859-1 unless they are valid UTF-8; trying strict
 * UTF-8 first is safe because ISO-8859-1 bytes for æøå are never valid UTF-8 sequences.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'iso-8859-1' };
  }
}

export function readText(path: string): { text: string; encoding: TextEncoding } {
  return decodeText(readFileSync(path));
}

/** Split text into lines, accepting LF and CRLF (the 2022 population export has CRLF). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The 0-based index of the line where a quoted cell opens and never closes, or -1. d3-dsv reads such
 * a cell to the end of the file without complaint; a truncated raw file must fail loudly instead.
 */
function unterminatedQuoteLine(lines: readonly string[]): number {
  let openedAt = -1;
  for (const [i, line] of lines.entries()) {
    const quotes = line.split('"').length - 1;
    if (quotes % 2 === 1) openedAt = openedAt === -1 ? i : -1;
  }
  return openedAt;
}

/** Split one line into cells (RFC 4180 quoting, `""` is a literal quote), with d3-dsv. */
export function splitCells(line: string, delimiter: string): string[] {
  if (unterminatedQuoteLine([line]) !== -1)
    throw new Error(`invalid line: unterminated quote in ${JSON.stringify(line.slice(0, 80))}`);
  return dsvFormat(delimiter).parseRows(line)[0] ?? [''];
}

/** The delimiter that occurs most often outside quotes in a header line (TAB, semicolon or comma). */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\t' || ch === ';' || ch === ',')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`invalid header: no delimiter in ${JSON.stringify(headerLine.slice(0, 80))}`);
  return best[0];
}

export interface Table {
  header: string[];
  /** Data rows; `line` is the 1-based line number in the file, for error messages. */
  rows: { cells: string[]; line: number }[];
  delimiter: string;
}

/**
 * Parse delimited text whose header is the first line matching `isHeader` (default: the first line).
 * Lines above the header (SSB title lines, blank lines) are skipped; every data row must have as many
 * cells as the header, so a shifted column fails loudly instead of silently.
 */
export function parseTable(
  text: string,
  options: { delimiter?: string; isHeader?: (line: string) => boolean; source?: string } = {},
): Table {
  const lines = splitLines(text);
  const headerIndex = options.isHeader ? lines.findIndex(options.isHeader) : 0;
  const headerLine = lines[headerIndex];
  const where = options.source ?? 'input';
  if (headerLine === undefined) throw new Error(`${where}: no header line found`);
  const delimiter = options.delimiter ?? sniffDelimiter(headerLine);
  const body = lines.slice(headerIndex);
  const open = unterminatedQuoteLine(body);
  if (open !== -1)
    throw new Error(
      `${where} line ${headerIndex + open + 1}: invalid line: unterminated quote in ${JSON.stringify((body[open] ?? '').slice(0, 80))}`,
    );
  // A quoted cell may hold a newline (d3-dsv reads it as one cell), so line numbers for messages
  // advance by the newlines inside each row's cells, not by one per row.
  const all = dsvFormat(delimiter).parseRows(body.join('\n'));
  // d3-dsv takes any character after a closing quote for a delimiter, so `"a","b"` read with TAB
  // gives two cells. Every cell boundary must be a real delimiter, or the file is not in this format.
  const boundaries = all.reduce((n, cells) => n + cells.length - 1, 0);
  if (boundaries !== delimitersOutsideQuotes(body, delimiter))
    throw new Error(`${where}: the cells are not separated by ${JSON.stringify(delimiter)} throughout`);
  const [header = [], ...parsed] = all;
  const rows: Table['rows'] = [];
  let line = headerIndex + 1 + newlinesIn(header);
  for (const cells of parsed) {
    line += 1;
    const at = line;
    line += newlinesIn(cells);
    if (cells.every((c) => c.trim() === '') && cells.length === 1) continue;
    if (cells.length !== header.length) {
      throw new Error(`${where} line ${at}: expected ${header.length} cells, found ${cells.length}`);
    }
    rows.push({ cells, line: at });
  }
  return { header, rows, delimiter };
}

function delimitersOutsideQuotes(lines: readonly string[], delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const line of lines)
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted) count++;
    }
  return count;
}

function newlinesIn(cells: readonly string[]): number {
  return cells.reduce((n, c) => n + c.split('\n').length - 1, 0);
}

/** Rows as objects keyed by header name; throws when a required column is absent. */
export function records(
  table: Table,
  required: readonly string[],
  source = 'input',
): { get: (col: string) => string; line: number }[] {
  const index = new Map(table.header.map((h, i) => [h, i]));
  for (const col of required) {
    if (!index.has(col))
      throw new Error(`${source}: missing column ${JSON.stringify(col)} (have ${table.header.join(', ')})`);
  }
  return table.rows.map(({ cells, line }) => ({
    line,
    get: (col: string) => {
      const i = index.get(col);
      if (i === undefined) throw new Error(`${source}: unknown column ${JSON.stringify(col)}`);
      return cells[i] ?? '';
    },
  }));
}
