/**
 * CSV of a ranking table, in the same form as the chart CSVs (csv.ts): comment lines naming title,
 * source and the view's URL, then one row per ranked region; missing values are empty cells, never 0.
 */
import type { Ranking } from '../ranking/rank';
import { csvText, type CsvDialect } from './csv';
import { t } from '../i18n';

export interface RankingCsvInput {
  title: string;
  sourceLine: string;
  url: string;
  version?: string;
  breakNote?: string;
  ranking: Ranking;
}

/** Growth and per-1 000 figures as the ranking table shows them: one decimal. */
const shown = (n: number | null) => ({ n, digits: 1 });

export function rankingCsv(input: RankingCsvInput, dialect: CsvDialect = 'plain'): string {
  const { from, to } = input.ranking.period;
  return csvText(
    {
      comments: [
        input.title,
        input.sourceLine,
        `${t.csv.ranked(input.ranking.ranked, input.ranking.total)} ${t.csv.fetched(input.version, input.url)}`,
        ...(input.breakNote ? [input.breakNote] : []),
      ],
      header: t.csv.rankingHeader(from, to),
      rows: input.ranking.rows.map((r) => [
        String(r.rank),
        r.code,
        r.name,
        { n: r.start },
        { n: r.end },
        { n: r.change },
        shown(r.growth === null ? null : r.growth * 100),
        shown(r.per1000),
        { n: r.previousRank },
        String(r.stability.best),
        String(r.stability.worst),
        String(r.stability.periods),
      ]),
    },
    dialect,
  );
}
