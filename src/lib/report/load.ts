/**
 * A region's report: for every indicator it has data for, the latest level, the change over the last
 * five years, indexed growth against its fylke and the country, and its rank on growth among
 * comparable regions. Engine-agnostic; prerendered at build time for every region.
 *
 * An own region («egen region», src/lib/groups) gets the same report in the browser: its series are its
 * members' sums through the series query (only years where every member has a value), every indicator
 * is tried (it has no coverage rows), and it has no growth rank — it is not one of the regions ranked.
 */
import type { Engine } from '../db/engine';
import type { Indicator } from '../schema';
import { growthRankQuery, regionCoverageQuery } from '../sql/region';
import type { GrowthRankRow } from '../sql/region';
import { loadSeries } from '../series/load';
import type { RegionInfo, SeriesResult } from '../series/load';
import { breaksBetween } from '../series/breaks';
import type { OwnGroup } from '../groups/group';

export const CHANGE_YEARS = 5;

export interface ReportSection {
  indicator: Indicator;
  /** Indexed series for [region, fylke?, land?] with absolute values in `value`, from the last break on. */
  series: SeriesResult;
  /** The regions drawn: the region and those comparators that have figures. */
  order: string[];
  /** Comparators left out of the chart because they have no figures for the indicator. */
  withoutData: string[];
  latest: { year: number; value: number };
  /** Over the last five years the data has (or the longest span after a break in series). */
  change: { from: number; to: number; fromValue: number; toValue: number } | null;
  /** `of` counts the regions with figures for both years; `total` all regions of the same level and kind. */
  rank: { position: number; of: number; total: number; from: number; to: number; growth: number } | null;
}

export interface RegionReport {
  region: RegionInfo;
  sections: ReportSection[];
}

/** The regions a region is compared with: itself, its fylke and the country, where they differ. */
export function comparators(region: RegionInfo): string[] {
  const out = [region.code];
  if (region.fylke_code && region.level !== 'fylke' && region.fylke_code !== region.code)
    out.push(region.fylke_code);
  if (region.level !== 'land') out.push('0');
  return out;
}

export async function loadRegionReport(
  engine: Engine,
  region: RegionInfo,
  indicators: readonly Indicator[],
  rankCache = new Map<string, Promise<GrowthRankRow[]>>(),
  /** How many regions share the region's level and kind (the rank's «av N kommuner»). */
  peers = 0,
  /** The own region `region` is (its code `egen-N`), summed from its members. */
  ownGroup?: OwnGroup,
): Promise<RegionReport> {
  const groups = ownGroup ? [ownGroup] : [];
  const coverage = ownGroup
    ? indicators.map((i) => ({ indicator: i.id }))
    : await engine.query<{ indicator: string }>(regionCoverageQuery(region.code));
  const sections: ReportSection[] = [];
  for (const cov of coverage) {
    const indicator = indicators.find((i) => i.id === cov.indicator);
    if (!indicator) continue;
    const wanted = comparators(region);
    const all = await loadSeries(engine, {
      indicator: indicator.id,
      regions: wanted,
      mode: 'absolute',
      base: null,
      groups,
    });
    // Values on either side of a break cannot be compared: the report starts after the last one it has.
    const lastBreak = Math.max(
      0,
      ...(indicator.breaks ?? []).filter((b) =>
        all.rows.some((r) => r.region_code === region.code && r.value !== null && r.year >= b),
      ),
    );
    const order = wanted.filter((code) =>
      all.rows.some((r) => r.region_code === code && r.value !== null && r.year >= lastBreak),
    );
    const withoutData = wanted.filter((code) => !order.includes(code));
    const base = commonYearFrom(all.rows, order, lastBreak);
    const series = await loadSeries(engine, {
      indicator: indicator.id,
      regions: order,
      mode: 'indexed',
      base,
      groups,
    });
    series.rows = series.rows.filter((r) => r.year >= lastBreak);
    const own = series.rows.filter((r) => r.region_code === region.code && r.value !== null);
    const last = own[own.length - 1];
    if (!last) continue;
    const back =
      own.filter((r) => r.year <= last.year - CHANGE_YEARS).at(-1) ?? (own[0] !== last ? own[0] : undefined);
    const change =
      back && breaksBetween(back.year, last.year, indicator.breaks ?? []).length === 0
        ? { from: back.year, to: last.year, fromValue: back.value!, toValue: last.value! }
        : null;
    let rank: ReportSection['rank'] = null;
    if (change && !ownGroup) {
      const key = [indicator.id, region.level, region.kind, change.from, change.to].join('|');
      let ranking = rankCache.get(key);
      if (!ranking) {
        ranking = engine.query<GrowthRankRow>(
          growthRankQuery(indicator.id, region.level, region.kind, change.from, change.to),
        );
        rankCache.set(key, ranking);
      }
      const rows = await ranking;
      const i = rows.findIndex((r) => r.code === region.code);
      if (i >= 0 && rows.length > 1)
        rank = {
          position: i + 1,
          of: rows.length,
          total: Math.max(peers, rows.length),
          from: change.from,
          to: change.to,
          growth: rows[i]!.growth,
        };
    }
    sections.push({
      indicator,
      series,
      order,
      withoutData,
      latest: { year: last.year, value: last.value! },
      change,
      rank,
    });
  }
  return { region, sections };
}

/** The first year from `from` on in which every region in `order` has a value (the index base). */
function commonYearFrom(
  rows: readonly { region_code: string; year: number; value: number | null }[],
  order: readonly string[],
  from: number,
): number | null {
  const years = [...new Set(rows.filter((r) => r.year >= from && r.value !== null).map((r) => r.year))].sort(
    (a, b) => a - b,
  );
  return (
    years.find((y) =>
      order.every((code) => rows.some((r) => r.region_code === code && r.year === y && r.value !== null)),
    ) ?? null
  );
}
