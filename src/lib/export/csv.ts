/**
 * The one CSV writer behind every download, in two dialects: plain CSV (comma, dot decimals, values as
 * computed) for analysts' tools, and the Norwegian spreadsheet convention (semicolon, decimal comma,
 * values rounded as the page shows them) that Excel set to Norwegian opens as numbers. Both are UTF-8
 * with a byte-order mark (Excel then reads æøå correctly) and CRLF line ends; comment lines starting with
 * `#` name the source and the view, so a downloaded file still says where it came from; missing values
 * are empty cells, never 0.
 */
import { footnoteText } from './footnote';
import { t } from '../i18n';

export type CsvDialect = 'plain' | 'spreadsheet';
export const CSV_DIALECTS: readonly CsvDialect[] = ['plain', 'spreadsheet'];

/** A cell: text, or a number rounded to `digits` decimals in the spreadsheet dialect (all kept when absent). */
export type CsvCell = string | { n: number | null | undefined; digits?: number };

export interface CsvDocument {
  comments: string[];
  header: string[];
  rows: CsvCell[][];
}

/** A charted value as written: whole numbers as they are, derived ones without float noise (0.30000000000000004). */
export function csvNumber(y: number): string {
  return Number.isInteger(y) ? String(y) : String(Number(y.toPrecision(12)));
}

function cellText(cell: CsvCell, dialect: CsvDialect): string {
  if (typeof cell === 'string') return cell;
  const { n, digits } = cell;
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  if (dialect === 'plain') return csvNumber(n);
  // Fixed decimals as on the page («83,0»); «-0,0» would read as a sign the page does not show.
  const rounded = digits === undefined ? csvNumber(n) : n.toFixed(digits).replace(/^-(0\.?0*)$/, '$1');
  return rounded.replace('.', ',');
}

export function csvText(doc: CsvDocument, dialect: CsvDialect): string {
  const sep = dialect === 'plain' ? ',' : ';';
  const needsQuotes = dialect === 'plain' ? /[",\n\r#]/ : /[";\n\r#]/;
  const quote = (v: string) => (needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const line = (cells: CsvCell[]) => cells.map((c) => quote(cellText(c, dialect))).join(sep);
  const lines = [...doc.comments.map((c) => `# ${c}`), line(doc.header), ...doc.rows.map(line)];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The download's file name for a dialect: the spreadsheet file says so, so both can sit in one folder. */
export function csvFileName(name: string, dialect: CsvDialect): string {
  return dialect === 'plain' ? name : name.replace(/\.csv$/, '-excel.csv');
}

export interface CsvInput {
  title: string;
  source: string;
  tableId: string;
  builtAt: string;
  mode: string;
  /** The full source sentence (as under the chart, naming fetched or snapshot data); overrides source/tableId/builtAt. */
  sourceLine?: string;
  url: string;
  /** manifest.json's data version, so a file can be traced to the exact data set. */
  version?: string;
  /** SSB's footnotes to the figures (fetched data), one header line each. */
  notes?: string[];
  /** A break in series inside the rows, said in the header: «Brudd i serien fra 2015: …». */
  breakNote?: string;
  /** Source id → name, for the `kilde` column (every figure says where it comes from). */
  sourceLabel?: (id: string) => string;
  /** Region code → name, in column order. */
  regions: { code: string; name: string }[];
  rows: { region_code: string; year: number; y: number | null; status: string; source?: string }[];
  /** Decimals the page shows the values with (the spreadsheet dialect rounds to them). */
  digits?: number;
}

export function seriesCsv(input: CsvInput, dialect: CsvDialect = 'plain'): string {
  const label = input.sourceLabel ?? ((id: string) => id);
  const order = new Map(input.regions.map((r, i) => [r.code, i]));
  const names = new Map(input.regions.map((r) => [r.code, r.name]));
  const rows = [...input.rows].sort(
    (a, b) => (order.get(a.region_code) ?? 0) - (order.get(b.region_code) ?? 0) || a.year - b.year,
  );
  return csvText(
    {
      comments: [
        input.title,
        input.sourceLine ?? t.csv.source(input.source, input.tableId, input.builtAt),
        t.csv.view(input.mode, input.version, input.url),
        ...(input.breakNote ? [input.breakNote] : []),
        ...(input.notes ?? []).map((n) => t.csv.footnote(footnoteText(n))),
      ],
      header: [...t.csv.header],
      rows: rows.map((r) => [
        r.region_code,
        names.get(r.region_code) ?? r.region_code,
        String(r.year),
        { n: r.y, ...(input.digits === undefined ? {} : { digits: input.digits }) },
        r.status,
        r.source ? r.source.split('+').map(label).join(' + ') : '',
      ]),
    },
    dialect,
  );
}
