/** The sentences around a ranking: how many were ranked, against which previous period, breaks. */
import type { DumbbellRow } from '../charts/dumbbell';
import type { Indicator } from '../schema';
import { t } from '../i18n';
import { previousPeriod } from './rank';
import { formatMeasure } from './format';
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
    ranking.previousRanked
      ? t.rankingPage.previous(prev.from, prev.to, ranking.previousRanked)
      : t.rankingPage.noPrevious(prev.from, prev.to),
  ];
}

/** A file name that says what the ranking holds: `rangering_sysselsatte_vekst_kommuner_34_2017-2022.csv`. */
export function rankingFileName(
  indicator: string,
  measure: string,
  level: string,
  fylke: string,
  period: Period,
): string {
  return `rangering_${indicator}_${measure}_${level}${fylke ? `_${fylke}` : ''}_${period.from}-${period.to}.csv`;
}

/**
 * The regions a start → end chart shows for a change or growth ranking: all of them when few, else the
 * ten at the top and the five at the bottom, in ranking order (the middle of 357 kommuner is a blur).
 * For growth every region starts at 100, so a small kommune's +10 % is as visible as a city's.
 */
export function dumbbellSelection(ranking: Ranking, top = 10, bottom = 5): DumbbellRow[] {
  const rows = ranking.rows.filter(
    (r) => r.start !== null && r.end !== null && (ranking.measure !== 'growth' || r.start !== 0),
  );
  const picked = rows.length <= top + bottom + 5 ? rows : [...rows.slice(0, top), ...rows.slice(-bottom)];
  return picked.map((r) => {
    const [start, end] = ranking.measure === 'growth' ? [100, (100 * r.end!) / r.start!] : [r.start!, r.end!];
    return {
      code: r.code,
      name: r.name,
      start,
      end,
      change: end - start,
      ...(ranking.measure === 'growth' ? { label: formatMeasure(r.growth, 'growth') } : {}),
    };
  });
}
