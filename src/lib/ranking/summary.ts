/** The sentences around a ranking: how many were ranked, against which previous period, breaks. */
import type { Indicator } from '../schema';
import { t } from '../i18n';
import { previousPeriod } from './rank';
import type { Period, Ranking } from './rank';

/** A break in series inside the period (from < break ≤ to) makes change and growth not comparable. */
export function breakInside(indicator: Pick<Indicator, 'breaks'>, period: Period): number | null {
  return (indicator.breaks ?? []).find((b) => period.from < b && b <= period.to) ?? null;
}

export function rankingNotes(ranking: Ranking, what: string): string[] {
  const { from, to } = ranking.period;
  const prev = previousPeriod(ranking.period);
  return [
    t.rankingPage.rankedOf(ranking.ranked, ranking.total, what, from, to),
    ranking.previousRanked ? t.rankingPage.previous(prev.from, prev.to, ranking.previousRanked) : t.rankingPage.noPrevious(prev.from, prev.to)
  ];
}

/** A file name that says what the ranking holds: `rangering_sysselsatte_vekst_kommuner_34_2017-2022.csv`. */
export function rankingFileName(indicator: string, measure: string, level: string, fylke: string, period: Period): string {
  return `rangering_${indicator}_${measure}_${level}${fylke ? `_${fylke}` : ''}_${period.from}-${period.to}.csv`;
}
