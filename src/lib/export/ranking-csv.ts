/**
 * CSV of a ranking table, in the same form as the chart CSVs: a header naming title, source and the
 * view's URL, then one row per ranked region; missing values are empty cells, never 0.
 */
import type { Ranking } from '../ranking/rank';
import { csvNumber } from './csv';

export interface RankingCsvInput {
  title: string;
  sourceLine: string;
  url: string;
  version?: string;
  breakNote?: string;
  ranking: Ranking;
}

function quote(v: string): string {
  return /[",\n#]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const num = (v: number | null) => (v === null ? '' : csvNumber(v));

export function rankingCsv(input: RankingCsvInput): string {
  const { from, to } = input.ranking.period;
  const lines = [
    `# ${input.title}`,
    `# ${input.sourceLine}`,
    `# Rangert: ${input.ranking.ranked} av ${input.ranking.total} med tall.${input.version ? ` Dataversjon ${input.version}.` : ''} Hentet fra ${input.url}`,
    ...(input.breakNote ? [`# ${input.breakNote}`] : []),
    [
      'rang',
      'region_kode',
      'region',
      `verdi_${from}`,
      `verdi_${to}`,
      'endring',
      'vekst_prosent',
      'per_1000_innbyggere',
      'rang_forrige_periode',
      'beste_rang',
      'dårligste_rang',
      'perioder',
    ].join(','),
  ];
  for (const r of input.ranking.rows) {
    lines.push(
      [
        String(r.rank),
        quote(r.code),
        quote(r.name),
        num(r.start),
        num(r.end),
        num(r.change),
        num(r.growth === null ? null : r.growth * 100),
        num(r.per1000),
        num(r.previousRank),
        String(r.stability.best),
        String(r.stability.worst),
        String(r.stability.periods),
      ].join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
