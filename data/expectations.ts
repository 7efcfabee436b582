/**
 * What every raw CSV must look like before the pipeline trusts it. A file cut to its header, a deleted or
 * doubled line, two swapped columns or an edited value would otherwise parse "fine" and ship wrong or
 * missing numbers. Three layers, each failing the build with the file, the line and what was expected:
 *
 * 1. Shape, recorded when the file was copied in (`data/raw-expectations.json`, written by
 *    `npm run data:expectations`): the header, the number of data rows, which columns are numbers.
 * 2. Column totals from the same record: the sum of every number column. A changed value, a lost or doubled
 *    row or swapped columns change a total; the error names the column, both totals and the difference.
 * 3. Published figures: values SSB itself states (PROVENANCE.md), looked up by key, so the error names
 *    the line that holds the wrong number.
 *
 * Updating a raw file on purpose means updating its record in the same commit (run the script, review the
 * diff), like its sha256 in data/raw/SOURCES.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EXPECTATIONS_FILE, RAW, rawPath } from './paths';
import { parseTable, readText, type Table } from './parse/text';
import { MISSING_MARKERS } from './parse/value';

export interface FileRecord {
  /** 1-based line of the header (SSB exports put title lines above it). */
  headerLine: number;
  /** The delimiter the file is written with; the parsers fix it too, so another one is a damaged file. */
  delimiter: string;
  header: string[];
  rows: number;
  /** Column → sum of its numbers (missing markers count as nothing), for columns that hold only numbers. */
  totals: Record<string, number>;
}

/** A value SSB publishes, checked in the raw file: the row where `key` matches must hold `value` in `column`. */
export interface PublishedFigure {
  file: string;
  key: Record<string, string>;
  column: string;
  value: number;
  /** Where the figure is published. */
  source: string;
}

const P11 = 'PROVENANCE.md section 11 (SSB 11618, SysselArbsted)';
const P12 = 'PROVENANCE.md section 12 (district figures, equal to SSB)';
/** Employed persons by place of work in SSB 11618, as SSB publishes them. */
const employed = (kommunenummer: string, year: string, value: number): PublishedFigure => ({
  file: RAW.employment11618,
  key: { kommunenummer, year },
  column: 'sysselsatte_arbeidssted',
  value,
  source: P11,
});

export const PUBLISHED: readonly PublishedFigure[] = [
  employed('0402', '2017', 8465),
  employed('3401', '2022', 8663),
  employed('3002', '2022', 21232),
  employed('0104', '2019', 13712),
  employed('0136', '2019', 6229),
  employed('3403', '2022', 20781),
  employed('0301', '2022', 528121),
  { file: RAW.distriktstall, key: { kommunenummer: '0402' }, column: 'S05-O', value: 8262, source: P12 },
  { file: RAW.distriktstall, key: { kommunenummer: '0402' }, column: 'S15-O', value: 8222, source: P12 },
  { file: RAW.distriktstall, key: { kommunenummer: '0403' }, column: 'S05-O', value: 17069, source: P12 },
  { file: RAW.distriktstall, key: { kommunenummer: '0403' }, column: 'S15-O', value: 19491, source: P12 },
  { file: RAW.distriktstall, key: { kommunenummer: '0104' }, column: 'S15-O', value: 13160, source: P12 },
  {
    file: RAW.population2024Kommuner,
    key: { kom2024: '3103', aar: '2026' },
    column: 'befolkning',
    value: 53207,
    source: 'SSB 07459, population of Moss 1 January 2026',
  },
];

/** Every raw CSV the pipeline reads (the JSON change list is checked by its own parser). */
export function rawCsvFiles(): string[] {
  return Object.values(RAW)
    .flat()
    .filter((f) => f.endsWith('.csv'));
}

/** SSB's statbank exports open with title lines; the header is the first line naming `region`. */
const isHeaderOf = (file: string) =>
  file.includes('raw_07459') ? (line: string) => /^"?region"?[\t;,]/.test(line) : undefined;

const isNumber = (cell: string) => /^-?\d+(?:\.\d+)?$/.test(cell.trim());
const isMissing = (cell: string) => MISSING_MARKERS.includes(cell.trim());
/** Totals are kept to 1e-6 so float columns (Eurostat's 124000.0, shares) compare exactly after rounding. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function tableOf(file: string, text: string, delimiter?: string): { table: Table; headerLine: number } {
  const table = parseTable(text, {
    source: file,
    isHeader: isHeaderOf(file),
    ...(delimiter ? { delimiter } : {}),
  });
  const lines = text.split(/\r?\n/);
  const isHeader = isHeaderOf(file);
  const headerLine = isHeader ? lines.findIndex(isHeader) + 1 : 1;
  return { table, headerLine };
}

/** The record of a file as it is now (used by `npm run data:expectations`). */
export function recordOf(file: string, text = readText(rawPath(file)).text): FileRecord {
  const { table, headerLine } = tableOf(file, text);
  const totals: Record<string, number> = {};
  table.header.forEach((column, i) => {
    const cells = table.rows.map((r) => r.cells[i] ?? '');
    if (cells.length === 0 || !cells.every((c) => isNumber(c) || isMissing(c)) || cells.every(isMissing))
      return;
    totals[column] = round(cells.reduce((s, c) => s + (isNumber(c) ? Number(c) : 0), 0));
  });
  return { headerLine, delimiter: table.delimiter, header: table.header, rows: table.rows.length, totals };
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** Checks one file's text against its record and the published figures; throws naming file and line. */
export function checkRawText(file: string, text: string, record: FileRecord): void {
  if (text.trim() === '')
    throw new Error(`${file}: the file is empty (expected a header and ${record.rows} data rows)`);
  const { table, headerLine } = tableOf(file, text.replace(/^\uFEFF/, ''), record.delimiter);
  if (headerLine !== record.headerLine || table.header.join('\u0000') !== record.header.join('\u0000')) {
    throw new Error(
      `${file} line ${headerLine}: header is ${JSON.stringify(table.header.join(','))}, expected ${JSON.stringify(record.header.join(','))} on line ${record.headerLine}`,
    );
  }
  const numeric = new Map(Object.keys(record.totals).map((c) => [c, table.header.indexOf(c)]));
  const sums = new Map([...numeric.keys()].map((c) => [c, 0]));
  for (const row of table.rows) {
    for (const [column, i] of numeric) {
      const cell = row.cells[i] ?? '';
      if (isNumber(cell)) sums.set(column, sums.get(column)! + Number(cell));
      else if (!isMissing(cell))
        throw new Error(
          `${file} line ${row.line}: column ${column} holds ${JSON.stringify(cell)}, expected a number or a missing-value mark (.., :, -)`,
        );
    }
  }
  if (table.rows.length !== record.rows) {
    const last = table.rows.at(-1)?.line ?? headerLine;
    throw new Error(
      `${file}: ${table.rows.length} data rows (last on line ${last}), expected ${record.rows} — the file was cut, or lines were lost or repeated`,
    );
  }
  for (const figure of PUBLISHED.filter((f) => f.file === file)) {
    const index = (c: string) => table.header.indexOf(c);
    const row = table.rows.find((r) => Object.entries(figure.key).every(([c, v]) => r.cells[index(c)] === v));
    const where = Object.entries(figure.key)
      .map(([c, v]) => `${c} ${v}`)
      .join(', ');
    if (!row)
      throw new Error(
        `${file}: no row with ${where}, which must hold ${figure.column} = ${figure.value} (${figure.source})`,
      );
    const found = row.cells[index(figure.column)];
    if (Number(found) !== figure.value) {
      throw new Error(
        `${file} line ${row.line}: ${figure.column} for ${where} is ${JSON.stringify(found)}, expected ${figure.value} as published (${figure.source})`,
      );
    }
  }
  for (const [column, expected] of Object.entries(record.totals)) {
    const found = round(sums.get(column)!);
    if (found !== expected) {
      throw new Error(
        `${file}: column ${column} sums to ${fmt(found)}, expected ${fmt(expected)} (off by ${fmt(round(found - expected))}) — a value was changed or columns were swapped`,
      );
    }
  }
}

export function readRecords(): Record<string, FileRecord> {
  if (!existsSync(EXPECTATIONS_FILE))
    throw new Error(`${EXPECTATIONS_FILE} is missing: run npm run data:expectations`);
  return JSON.parse(readFileSync(EXPECTATIONS_FILE, 'utf8')) as Record<string, FileRecord>;
}

/** Every raw CSV against its record: run before anything is parsed, so a damaged input stops the build. */
export function checkRawFiles(records = readRecords()): void {
  for (const file of rawCsvFiles()) {
    const record = records[file];
    if (!record)
      throw new Error(
        `${file}: no expectations recorded in data/raw-expectations.json (run npm run data:expectations and review the diff)`,
      );
    checkRawText(file, readText(rawPath(file)).text, record);
  }
}

/** `npm run data:expectations`: record every raw CSV as it is now. */
export function writeRecords(): void {
  const records = Object.fromEntries(rawCsvFiles().map((f) => [f, recordOf(f)]));
  writeFileSync(EXPECTATIONS_FILE, `${JSON.stringify(records, null, 1)}\n`);
  console.log(
    `data:expectations: recorded ${Object.keys(records).length} raw files in data/raw-expectations.json`,
  );
}

if (process.argv[1]?.endsWith('expectations.ts')) writeRecords();
