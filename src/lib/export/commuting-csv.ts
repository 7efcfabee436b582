/**
 * The commuting page's numbers as CSV: the figures per year, and the largest flows — exactly what the
 * page's tables show, unrounded, with a header naming the source (SSB 03321), the data version and the
 * page's address. Written by the one CSV writer (csv.ts), in either dialect; missing values are empty
 * cells, never 0. Ratios are fractions (0.765 = 76,5 %), kept to three decimals in the spreadsheet file.
 */
import type { CommutingData } from '../commuting/load';
import { csvText, type CsvDialect } from './csv';
import { exportFileName } from './filename';
import { t } from '../i18n';

export interface CommutingCsvInput {
  data: CommutingData;
  /** The area's name as on the page. */
  name: string;
  url: string;
  builtAt: string;
  version?: string;
}

const n = (v: number | null | undefined) => ({ n: v });
/** A ratio as the page's percentages show it (one decimal of a percentage). */
const ratio = (v: number | null | undefined) => ({ n: v, digits: 3 });

function comments(title: string, input: CommutingCsvInput): string[] {
  return [
    title,
    `${t.commuting.source} ${t.built} ${input.builtAt.slice(0, 10)}.`,
    t.csv.fetched(input.version, input.url),
  ];
}

/** One row per year: the page's summary table, ratios as fractions (0.765 = 76,5 %). */
export function commutingYearsCsv(input: CommutingCsvInput, dialect: CsvDialect = 'plain'): string {
  const years = input.data.summary.map((r) => r.year);
  return csvText(
    {
      comments: comments(
        `${t.commuting.title}: ${input.name} ${Math.min(...years)}–${Math.max(...years)}`,
        input,
      ),
      header: t.csv.commutingYearsHeader,
      rows: input.data.summary.map((r) => [
        input.data.code,
        String(r.year),
        n(r.jobs),
        n(r.residents),
        ratio(r.job_ratio),
        n(r.inside),
        n(r.in_commuters),
        n(r.out_commuters),
        ratio(r.residents_inside),
        ratio(r.jobs_inside),
        ratio(r.estimated_share),
        n(r.jobs_indicator),
        n(r.residents_indicator),
      ]),
    },
    dialect,
  );
}

/** The largest flows in and out: direction, rank, the other kommune, persons, share and the earlier year. */
export function commutingFlowsCsv(input: CommutingCsvInput, dialect: CsvDialect = 'plain'): string {
  const { year, fromYear } = input.data;
  return csvText(
    {
      comments: comments(`${t.commuting.flowsTitle(year ?? 0)}: ${input.name}`, input),
      header: t.csv.commutingFlowsHeader(year, fromYear),
      rows: input.data.flows.map((f) => [
        t.csv.directions[f.direction],
        String(f.rank),
        f.other_code,
        f.other_name,
        n(f.persons),
        ratio(f.share),
        n(f.persons_from),
        f.estimated ? t.csv.yes : t.csv.no,
      ]),
    },
    dialect,
  );
}

export function commutingFileName(name: string, kind: 'years' | 'flows', data: CommutingData): string {
  if (kind === 'flows')
    return exportFileName(
      'pendlestrommer',
      [name],
      [data.fromYear, data.year].filter((y): y is number => y !== null),
      'csv',
    );
  return exportFileName(
    'pendling',
    [name],
    data.summary.map((r) => r.year),
    'csv',
  );
}
