/**
 * A composite index in the spirit of NHO's nærings-NM: several measures, each turned into points from 0
 * (weakest) to 100 (strongest) among the regions compared, then a weighted mean of the points. Points, not
 * raw values, so jobs growth in % and population growth in % (or per 1 000) can be added; the formula
 * and the weights are stated on screen and live in the URL (`c=sysselsatte:growth:2,befolkning:growth:1`).
 * Only regions with every component for the period are indexed, and the page says how many.
 */
import { t } from '../i18n';
import { competitionRanks, groupRows, isRankMeasure, measureOf, periodFigures } from './rank';
import type { Period, RankMeasure } from './rank';
import type { RankingValueRow } from '../sql/ranking';

export interface Component {
  indicator: string;
  measure: RankMeasure;
  /** A whole number 1–10. */
  weight: number;
}

export const MAX_COMPONENTS = 5;

export const DEFAULT_COMPONENTS: Component[] = [
  { indicator: 'sysselsatte', measure: 'growth', weight: 2 },
  { indicator: 'befolkning', measure: 'growth', weight: 1 },
  { indicator: 'sysselsatte_bosted', measure: 'growth', weight: 1 },
];

/** `sysselsatte:growth:2,befolkning:growth:1` ↔ components; unknown parts are named, never guessed. */
export function parseComponents(
  raw: string | null,
  knownIndicators: ReadonlySet<string>,
): { components: Component[]; notices: string[] } {
  if (raw === null || raw.trim() === '')
    return { components: DEFAULT_COMPONENTS.filter((c) => knownIndicators.has(c.indicator)), notices: [] };
  const notices: string[] = [];
  const components: Component[] = [];
  for (const part of raw.split(',').slice(0, 20)) {
    const [indicator = '', measure = '', weight = ''] = part.split(':');
    const w = Number(weight);
    if (!knownIndicators.has(indicator))
      notices.push(t.compositePage.unknownIndicator(indicator.slice(0, 40)));
    else if (!isRankMeasure(measure))
      notices.push(t.compositePage.unknownMeasure(measure.slice(0, 40), indicator));
    else if (!Number.isInteger(w) || w < 1 || w > 10)
      notices.push(t.compositePage.badWeight(weight.slice(0, 10), indicator));
    else if (components.some((c) => c.indicator === indicator && c.measure === measure))
      notices.push(t.compositePage.twice(indicator));
    else components.push({ indicator, measure, weight: w });
  }
  if (components.length > MAX_COMPONENTS) notices.push(t.compositePage.tooMany(MAX_COMPONENTS));
  return { components: components.slice(0, MAX_COMPONENTS), notices };
}

export function componentsToParam(components: readonly Component[]): string {
  return components.map((c) => `${c.indicator}:${c.measure}:${c.weight}`).join(',');
}

/** Points for one measure: 100 for the best, 0 for the weakest, by rank (ties share), among `n` regions. */
export function points(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const ranks = competitionRanks(values);
  const n = ranks.size;
  return new Map([...ranks].map(([code, rank]) => [code, n <= 1 ? 100 : (100 * (n - rank)) / (n - 1)]));
}

export interface CompositeRow {
  code: string;
  name: string;
  /** The weighted mean of the component points, 0–100. */
  score: number;
  rank: number;
  /** Per component: the measure's value and its points. */
  parts: { value: number; points: number }[];
}

export interface Composite {
  period: Period;
  components: Component[];
  rows: CompositeRow[];
  /** Regions in scope, and how many had every component. */
  total: number;
  indexed: number;
}

/**
 * `rows[i]` are component i's values (rankingValuesQuery for its indicator, same scope). Points are
 * computed among the regions that have every component, so a region missing one does not shift the rest.
 */
export function compositeIndex(
  components: readonly Component[],
  rows: readonly (readonly RankingValueRow[])[],
  period: Period,
  total: number,
): Composite {
  const values = components.map((c, i) => {
    const series = groupRows(rows[i] ?? []);
    return new Map(
      [...series.values()].map((s) => [
        s.code,
        { name: s.name, value: measureOf(periodFigures(s, period), c.measure) },
      ]),
    );
  });
  const complete = [...(values[0]?.keys() ?? [])].filter((code) =>
    values.every((v) => v.get(code)?.value !== null && v.get(code)?.value !== undefined),
  );
  const pts = values.map((v) => points(new Map(complete.map((code) => [code, v.get(code)!.value]))));
  const weightSum = components.reduce((s, c) => s + c.weight, 0);
  const scored = complete.map((code) => {
    const parts = components.map((_, i) => ({
      value: values[i]!.get(code)!.value!,
      points: pts[i]!.get(code)!,
    }));
    const score = parts.reduce((s, p, i) => s + p.points * components[i]!.weight, 0) / weightSum;
    return { code, name: values[0]!.get(code)!.name, score, parts };
  });
  const ranks = competitionRanks(new Map(scored.map((r) => [r.code, Math.round(r.score * 1e9) / 1e9])));
  const out = scored
    .map((r) => ({ ...r, rank: ranks.get(r.code)! }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'nb'));
  return { period, components: [...components], rows: out, total, indexed: out.length };
}

/** An own region («egen region») beside the composite index: scored as an indexed region would be. */
export interface OwnCompositeRow {
  code: string;
  name: string;
  members: readonly string[];
  /** Per component: the measure's value and the points it would get; null when a member lacks a figure. */
  parts: { value: number | null; points: number | null }[];
  /** The weighted mean of the points; null unless every component has a value. */
  score: number | null;
  /** One more than the indexed regions with a strictly higher score (a tie shares); null without a score. */
  wouldBe: number | null;
  /** The regions indexed (the rank's «of»). */
  of: number;
}

/**
 * Own regions scored against the index without entering it, as they stand beside the ranking: each
 * component's value gets the points of the rank it would take among the indexed regions (one more than
 * those strictly ahead), `100 × (n − rank) / (n − 1)` with n the regions indexed — so the index, its
 * points and ranks stay exactly those of the regions shown. `rows[i]` are component i's own-region
 * values (ownRegionValuesQuery for its indicator; names and members come from `groups`).
 */
export function ownCompositeScores(
  index: Composite,
  rows: readonly (readonly RankingValueRow[])[],
  groups: readonly { code: string; name: string; members: readonly string[] }[],
): OwnCompositeRow[] {
  const n = index.rows.length;
  const weightSum = index.components.reduce((s, c) => s + c.weight, 0);
  return groups.map((g) => {
    const parts = index.components.map((c, i) => {
      const series = groupRows(rows[i] ?? []).get(g.code);
      const value = series ? measureOf(periodFigures(series, index.period), c.measure) : null;
      if (value === null || n === 0) return { value, points: null };
      const rank = 1 + index.rows.filter((r) => r.parts[i]!.value > value).length;
      // Behind every indexed region it would be rank n + 1: the weakest's 0 points, not fewer.
      return { value, points: n <= 1 ? 100 : (100 * Math.max(0, n - rank)) / (n - 1) };
    });
    const complete = parts.every((p) => p.points !== null) && parts.length > 0;
    const score = complete
      ? parts.reduce((s, p, i) => s + p.points! * index.components[i]!.weight, 0) / weightSum
      : null;
    const wouldBe =
      score === null
        ? null
        : 1 + index.rows.filter((r) => Math.round(r.score * 1e9) > Math.round(score * 1e9)).length;
    return { code: g.code, name: g.name, members: g.members, parts, score, wouldBe, of: n };
  });
}
