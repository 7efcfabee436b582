/**
 * The commuting page's numbers as CSV: the figures per year, and the largest flows — exactly what the
 * page's tables show, unrounded, with a header naming the source (SSB 03321), the data version and the
 * page's address. Same conventions as the chart CSV (csv.ts): comma-separated, dot decimals, UTF-8 with
 * BOM, missing values as empty cells, never 0.
 */
import type { CommutingData } from '../state/commuting';
import { csvNumber } from './csv';
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

function quote(v: string): string {
  return /[",\n#]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : csvNumber(v));

function header(title: string, input: CommutingCsvInput): string[] {
  return [
    `# ${title}`,
    `# ${t.commuting.source} ${t.built} ${input.builtAt.slice(0, 10)}.`,
    `#${input.version ? ` Dataversjon ${input.version}.` : ''} Hentet fra ${input.url}`,
  ];
}

const done = (lines: string[]) => `\ufeff${lines.join('\r\n')}\r\n`;

/** One row per year: the page's summary table, ratios as fractions (0.765 = 76,5 %). */
export function commutingYearsCsv(input: CommutingCsvInput): string {
  const years = input.data.summary.map((r) => r.year);
  const lines = header(
    `${t.commuting.title}: ${input.name} ${Math.min(...years)}–${Math.max(...years)}`,
    input,
  );
  lines.push(
    [
      'region_kode',
      'år',
      'arbeidsplasser',
      'sysselsatte_bosatte',
      'arbeidsplassdekning',
      'bor_og_jobber_her',
      'innpendlere',
      'utpendlere',
      'andel_bosatte_som_jobber_her',
      'andel_arbeidsplasser_besatt_av_bosatte',
      'andel_anslått',
      'arbeidsplasser_ssb_11618',
      'sysselsatte_bosatte_ssb_11618',
    ].join(','),
  );
  for (const r of input.data.summary) {
    lines.push(
      [
        quote(input.data.code),
        String(r.year),
        num(r.jobs),
        num(r.residents),
        num(r.job_ratio),
        num(r.inside),
        num(r.in_commuters),
        num(r.out_commuters),
        num(r.residents_inside),
        num(r.jobs_inside),
        num(r.estimated_share),
        num(r.jobs_indicator),
        num(r.residents_indicator),
      ].join(','),
    );
  }
  return done(lines);
}

/** The largest flows in and out: direction, rank, the other kommune, persons, share and the earlier year. */
export function commutingFlowsCsv(input: CommutingCsvInput): string {
  const { year, fromYear } = input.data;
  const lines = header(`${t.commuting.flowsTitle(year ?? 0)}: ${input.name}`, input);
  lines.push(
    [
      'retning',
      'nr',
      'kommune_kode',
      'kommune',
      `personer_${year}`,
      'andel',
      `personer_${fromYear}`,
      'anslått',
    ].join(','),
  );
  for (const f of input.data.flows) {
    lines.push(
      [
        f.direction === 'in' ? 'inn' : 'ut',
        String(f.rank),
        quote(f.other_code),
        quote(f.other_name),
        num(f.persons),
        num(f.share),
        num(f.persons_from),
        f.estimated ? 'ja' : 'nei',
      ].join(','),
    );
  }
  return done(lines);
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
