/**
 * Running the shift-share page's queries on any engine (DuckDB-wasm in the browser, Node's DuckDB at
 * build time) and computing the effects: the region's and the benchmark's sector figures for the two
 * years go into the pure `shiftShare`.
 */
import type { Engine } from '../db/engine';
import { BENCHMARK_CODE, sectorRegionsQuery, sectorValuesQuery } from '../sql/sectors';
import type { SectorRegionRow, SectorValueRow } from '../sql/sectors';
import { shiftShare, type SectorEmployment, type ShiftShare, type ShiftShareMissing } from './shift-share';
import type { ShiftShareView } from './view';

export async function loadSectorRegions(engine: Engine): Promise<SectorRegionRow[]> {
  return engine.query<SectorRegionRow>(sectorRegionsQuery());
}

/** Rows → one region's sectors for the two years, null where a figure is missing. */
export function sectorEmployment(
  rows: readonly SectorValueRow[],
  code: string,
  from: number,
  to: number,
): SectorEmployment[] {
  const mine = rows.filter((r) => r.region_code === code);
  const sectors = [...new Set(mine.map((r) => r.sector))];
  const value = (sector: string, year: number) =>
    mine.find((r) => r.sector === sector && r.year === year)?.persons ?? null;
  return sectors.map((sector) => ({ sector, start: value(sector, from), end: value(sector, to) }));
}

export async function loadShiftShare(
  engine: Engine,
  view: ShiftShareView,
): Promise<ShiftShare | ShiftShareMissing> {
  const rows = await engine.query<SectorValueRow>(sectorValuesQuery(view));
  return shiftShare({
    region: sectorEmployment(rows, view.region, view.from, view.to),
    benchmark: sectorEmployment(rows, BENCHMARK_CODE, view.from, view.to),
  });
}
