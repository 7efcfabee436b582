/**
 * A region's report: for every indicator it has data for, the latest level, the change over the last
 * five years, indexed growth against its fylke and the country, and its rank on growth among
 * comparable regions. Engine-agnostic; prerendered at build time for every region.
 */
import type { Engine } from '../db/engine';
import type { Indicator } from '../schema';
import { growthRankQuery, regionCoverageQuery } from '../sql/region';
import type { GrowthRankRow } from '../sql/region';
import { loadSeries } from './load';
import type { RegionInfo, SeriesResult } from './load';

export const CHANGE_YEARS = 5;

export interface ReportSection {
  indicator: Indicator;
  /** Indexed series for [region, fylke?, land?] with absolute values in `value`. */
  series: SeriesResult;
  order: string[];
  latest: { year: number; value: number };
  change: { from: number; to: number; fromValue: number; toValue: number } | null;
  rank: { position: number; of: number; from: number; to: number; growth: number } | null;
}

export interface RegionReport {
  region: RegionInfo;
  sections: ReportSection[];
}

/** The regions a region is compared with: itself, its fylke and the country, where they differ. */
export function comparators(region: RegionInfo): string[] {
  const out = [region.code];
  if (region.fylke_code && region.level !== 'fylke' && region.fylke_code !== region.code) out.push(region.fylke_code);
  if (region.level !== 'land') out.push('0');
  return out;
}

export async function loadRegionReport(
  engine: Engine,
  region: RegionInfo,
  indicators: readonly Indicator[],
  rankCache = new Map<string, Promise<GrowthRankRow[]>>()
): Promise<RegionReport> {
  const coverage = await engine.query<{ indicator: string; first_year: number; last_year: number }>(regionCoverageQuery(region.code));
  const sections: ReportSection[] = [];
  for (const cov of coverage) {
    const indicator = indicators.find((i) => i.id === cov.indicator);
    if (!indicator) continue;
    const order = comparators(region);
    const series = await loadSeries(engine, { indicator: indicator.id, regions: order, mode: 'indexed', base: null });
    const own = series.rows.filter((r) => r.region_code === region.code && r.value !== null);
    const last = own[own.length - 1];
    if (!last) continue;
    const back = own.filter((r) => r.year <= last.year - CHANGE_YEARS).at(-1) ?? (own[0] !== last ? own[0] : undefined);
    const change = back ? { from: back.year, to: last.year, fromValue: back.value!, toValue: last.value! } : null;
    let rank: ReportSection['rank'] = null;
    if (change) {
      const key = [indicator.id, region.level, region.kind, change.from, change.to].join('|');
      let ranking = rankCache.get(key);
      if (!ranking) {
        ranking = engine.query<GrowthRankRow>(growthRankQuery(indicator.id, region.level, region.kind, change.from, change.to));
        rankCache.set(key, ranking);
      }
      const rows = await ranking;
      const i = rows.findIndex((r) => r.code === region.code);
      if (i >= 0 && rows.length > 1) rank = { position: i + 1, of: rows.length, from: change.from, to: change.to, growth: rows[i]!.growth };
    }
    sections.push({ indicator, series, order, latest: { year: last.year, value: last.value! }, change, rank });
  }
  return { region, sections };
}
