/**
 * Running a view's queries on any engine: the browser's DuckDB-wasm at run time, and Node's DuckDB
 * when pages are prerendered at build time. Both get the same SQL and return the same shapes.
 */
import type { Engine } from '../db/engine';
import type { Indicator, IndicatorSourceRow } from '../schema';
import type { SeriesView } from '../config';
import { coverageQuery, indicatorsQuery, regionsQuery, sourcesQuery } from '../sql/catalogue';
import { commonBaseYear, seriesQuery } from '../sql/series';
import type { SeriesRow } from '../sql/series';
import { groupSums } from '../groups/group';

export interface RegionInfo {
  code: string;
  name: string;
  level: string;
  kind: string;
  fylke_code: string | null;
  members: string[];
  source: string;
}

export interface Coverage {
  first_year: number;
  last_year: number;
  years: number;
}

export interface SeriesResult {
  rows: SeriesRow[];
  /** The base year actually used in indexed mode. */
  base: number | null;
  /** Years with a value for at least one selected region, for the base-year picker. */
  years: number[];
}

export interface Catalogue {
  indicators: Indicator[];
  regions: RegionInfo[];
  sources: IndicatorSourceRow[];
}

export async function loadCatalogue(engine: Engine): Promise<Catalogue> {
  const [indicators, regions, sources] = await Promise.all([
    engine.query<Indicator>(indicatorsQuery()),
    engine.query<RegionInfo>(regionsQuery()),
    engine.query<IndicatorSourceRow>(sourcesQuery()),
  ]);
  return { indicators, regions, sources };
}

export async function loadCoverage(engine: Engine, indicator: string): Promise<[string, Coverage][]> {
  const rows = await engine.query<{ region_code: string } & Coverage>(coverageQuery(indicator));
  return rows.map(({ region_code, ...c }) => [region_code, c]);
}

/** The series for a view; in indexed mode without a base year, the first year all regions share. */
export async function loadSeries(engine: Engine, seriesView: SeriesView): Promise<SeriesResult> {
  if (seriesView.regions.length === 0) return { rows: [], base: null, years: [] };
  const view = { ...seriesView, groups: groupSums(seriesView.groups ?? []) };
  const yearsOf = (rows: SeriesRow[]) =>
    [...new Set(rows.filter((r) => r.value !== null).map((r) => r.year))].sort((a, b) => a - b);
  // Without a base year the indexed query finds it (commonBaseYear); every mode's rows carry the
  // absolute `value`, so the base used is read off the same rows.
  const rows = await engine.query<SeriesRow>(seriesQuery(view));
  const base = view.mode !== 'indexed' ? null : (view.base ?? commonBaseYear(rows, view.regions));
  return { rows, base, years: yearsOf(rows) };
}
