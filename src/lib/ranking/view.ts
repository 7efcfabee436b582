/**
 * The ranking and map views' state, as it lives in the URL:
 * `?indicator=sysselsatte&level=kommune&fylke=34&from=2017&to=2022&measure=growth&sort=growth&desc=1`.
 * Unknown input → typed view plus a notice for everything dropped (never throws).
 */
import { isRankMeasure, type RankMeasure } from './rank';
import { t } from '../i18n';
import { isSizeClass, type SizeClass } from './size-class';

/** What is ranked: kommuner, fylker or one kind of region grouping. */
export const RANK_LEVELS = ['kommune', 'fylke', 'ba', 'okonomisk', 'samarbeid'] as const;
export type RankLevel = (typeof RANK_LEVELS)[number];

/** `regions.level` and `regions.kind` of a rank level. */
export function levelAndKind(level: RankLevel): { level: string; kind: string } {
  if (level === 'kommune' || level === 'fylke') return { level, kind: '' };
  return { level: 'region', kind: level };
}

export interface RankingView {
  /** Default: jobs by place of work, the series most analysts rank on. */
  indicator: string;
  /** Default: kommune. */
  level: RankLevel;
  /** A fylke code, or '' for the whole country. Default: '34' Innlandet. */
  fylke: string;
  /** Default: 2017. */
  from: number;
  /** Default: 2022 (the last year every kommune has jobs figures). */
  to: number;
  /** Default: growth. */
  measure: RankMeasure;
  /** Kommuner only: a population size class (1 January of `to`), or '' for every size. Default: ''. */
  size: SizeClass | '';
}

export const DEFAULT_RANKING: RankingView = {
  indicator: 'sysselsatte',
  level: 'kommune',
  fylke: '34',
  from: 2017,
  to: 2022,
  measure: 'growth',
  size: '',
};

export interface RankingKnown {
  /** Indicator id → first and last year with figures, and whether per 1 000 inhabitants makes sense. */
  indicators: ReadonlyMap<string, { years: [number, number]; perCapita: boolean }>;
  fylker: ReadonlySet<string>;
}

function year(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

/** Parses the URL; every value that cannot be used is named in `notices` (in the active language). */
export function parseRankingView(
  params: URLSearchParams,
  known: RankingKnown,
): { view: RankingView; notices: string[] } {
  const notices: string[] = [];
  const view: RankingView = { ...DEFAULT_RANKING };

  const indicator = params.get('indicator');
  if (indicator !== null) {
    if (known.indicators.has(indicator)) view.indicator = indicator;
    else notices.push(t.rankingNotices.unknown('indicator', indicator.slice(0, 40)));
  }
  const level = params.get('level');
  if (level !== null) {
    if ((RANK_LEVELS as readonly string[]).includes(level)) view.level = level as RankLevel;
    else notices.push(t.rankingNotices.unknown('level', level.slice(0, 40)));
  }
  const fylke = params.get('fylke');
  if (fylke !== null) {
    if (fylke === '' || known.fylker.has(fylke)) view.fylke = fylke;
    else notices.push(t.rankingNotices.unknown('fylke', fylke.slice(0, 40)));
  }
  const measure = params.get('measure');
  if (measure !== null) {
    if (isRankMeasure(measure)) view.measure = measure;
    else notices.push(t.rankingNotices.unknown('measure', measure.slice(0, 40)));
  }

  const size = params.get('size');
  if (size !== null && size !== '') {
    if (!isSizeClass(size)) notices.push(t.rankingNotices.unknownSize(size.slice(0, 40)));
    else if (view.level !== 'kommune') notices.push(t.rankingNotices.sizeOnlyKommuner);
    else view.size = size;
  }

  const info = known.indicators.get(view.indicator);
  const [first, last] = info?.years ?? [view.from, view.to];
  const from = year(params.get('from'));
  const to = year(params.get('to'));
  if (params.get('from') !== null && from === null) notices.push(t.rankingNotices.badFrom);
  if (params.get('to') !== null && to === null) notices.push(t.rankingNotices.badTo);
  view.from = from ?? view.from;
  view.to = to ?? view.to;
  if (view.to > last || view.to < first) view.to = last;
  if (view.from < first || view.from >= view.to) view.from = Math.max(first, view.to - 5);
  if (view.measure === 'per1000' && info && !info.perCapita) {
    notices.push(t.rankingNotices.noPer1000);
    view.measure = 'level';
  }
  return { view, notices };
}

/**
 * The inverse of `parseRankingView`; every field is written so a link says what it shows, except the
 * size class, written only when one is chosen (kommuner only), so links without it stay as they were.
 */
export function rankingViewToParams(view: RankingView): URLSearchParams {
  const params = new URLSearchParams({
    indicator: view.indicator,
    level: view.level,
    fylke: view.fylke,
    from: String(view.from),
    to: String(view.to),
    measure: view.measure,
  });
  if (view.size !== '' && view.level === 'kommune') params.set('size', view.size);
  return params;
}

/** The comparison dashboard with these regions (at most `max`, in the order given). */
export function comparisonHref(indicator: string, codes: readonly string[], max = 10): string {
  return `/?${new URLSearchParams({ indicator, regions: codes.slice(0, max).join(',') }).toString().replace(/%2C/g, ',')}`;
}
