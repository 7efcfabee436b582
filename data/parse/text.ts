/**
 * Bytes -> text -> rows of cells, for every delimited file in data/raw.
 * The format-specific parsers (one per input format, beside this file) only decide what the cells mean.
 */
import { readFileSync } from 'node:fs';

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

/** Split one line into cells; double quotes wrap cells and `""` is a literal quote (RFC 4180). */
export function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new Error(`invalid line: unterminated quote in ${JSON.stringify(line.slice(0, 80))}`);
  cells.push(cell);
  return cells;
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
  const cellsOf = (line: string, index: number) => {
    try {
      return splitCells(line, delimiter);
    } catch (e) {
      throw new Error(`${where} line ${index + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const header = cellsOf(headerLine, headerIndex);
  const rows: Table['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const cells = cellsOf(raw, i);
    if (cells.length !== header.length) {
      throw new Error(`${where} line ${i + 1}: expected ${header.length} cells, found ${cells.length}`);
    }
    rows.push({ cells, line: i + 1 });
  }
  return { header, rows, delimiter };
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
