/**
 * CSV of exactly the numbers a chart shows, with a header naming the source and table id, so a
 * downloaded file still says where it came from. Comma-separated, dot decimals, UTF-8 with BOM
 * (Excel in Norway then opens æøå correctly); missing values are empty cells, never 0.
 */
import { footnoteText } from './footnote';
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
}

function quote(v: string): string {
  return /[",\n#]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A charted value as written: whole numbers as they are, derived ones without float noise (0.30000000000000004). */
export function csvNumber(y: number): string {
  return Number.isInteger(y) ? String(y) : String(Number(y.toPrecision(12)));
}

export function seriesCsv(input: CsvInput): string {
  const lines = [
    `# ${input.title}`,
    `# ${input.sourceLine ?? `Kilde: ${input.source}, tabell ${input.tableId}. Datasett bygget ${input.builtAt}.`}`,
    `# Visning: ${input.mode}.${input.version ? ` Dataversjon ${input.version}.` : ''} Hentet fra ${input.url}`,
    ...(input.breakNote ? [`# ${input.breakNote}`] : []),
    ...(input.notes ?? []).map((n) => `# Fotnote fra SSB: ${footnoteText(n)}`),
    ['region_kode', 'region', 'år', 'verdi', 'status', 'kilde'].join(','),
  ];
  const label = input.sourceLabel ?? ((id: string) => id);
  const order = new Map(input.regions.map((r, i) => [r.code, i]));
  const names = new Map(input.regions.map((r) => [r.code, r.name]));
  const rows = [...input.rows].sort(
    (a, b) => (order.get(a.region_code) ?? 0) - (order.get(b.region_code) ?? 0) || a.year - b.year,
  );
  for (const r of rows) {
    const source = r.source ? r.source.split('+').map(label).join(' + ') : '';
    lines.push(
      [
        quote(r.region_code),
        quote(names.get(r.region_code) ?? r.region_code),
        String(r.year),
        r.y === null ? '' : csvNumber(r.y),
        r.status,
        quote(source),
      ].join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
