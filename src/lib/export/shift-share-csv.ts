/**
 * CSV of the shift-share table, in the same form as the other table downloads (csv.ts): comment lines
 * with title, source, benchmark and the page's URL, then one row per sector and one for all sectors.
 * Effects are unrounded in plain CSV and with one decimal for spreadsheets.
 */
import { t } from '../i18n';
import type { ShiftShare } from '../shiftshare/shift-share';
import { csvText, type CsvDialect } from './csv';

export interface ShiftShareCsvInput {
  title: string;
  sourceLine: string;
  benchmark: string;
  url: string;
  version?: string;
  from: number;
  to: number;
  totalLabel: string;
  result: ShiftShare;
}

const effect = (n: number) => ({ n, digits: 1 });

export function shiftShareCsv(input: ShiftShareCsvInput, dialect: CsvDialect = 'plain'): string {
  const { result: r, from, to } = input;
  const row = (name: string, s: Omit<ShiftShare['sectors'][number], 'sector' | 'benchmarkGrowth'>) => [
    name,
    { n: s.start },
    { n: s.end },
    { n: s.actual },
    effect(s.national),
    effect(s.mix),
    effect(s.local),
  ];
  return csvText(
    {
      comments: [input.title, input.sourceLine, input.benchmark, t.csv.fetched(input.version, input.url)],
      header: t.csv.shiftShareHeader(from, to),
      rows: [...r.sectors.map((s) => row(s.sector, s)), row(input.totalLabel, r)],
    },
    dialect,
  );
}
