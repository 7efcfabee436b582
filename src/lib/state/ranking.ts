/**
 * Running the ranking view's query on any engine (DuckDB-wasm at run time, Node's DuckDB at build
 * time) and ranking the rows. Names are the distinct labels used everywhere («Kongsvinger (BA-region)»).
 */
import type { Engine } from '../db/engine';
import type { Indicator, Manifest } from '../schema';
import { rankingValuesQuery } from '../sql/ranking';
import type { RankingValueRow } from '../sql/ranking';
import { earliestYearNeeded, groupRows, rankRegions } from '../ranking/rank';
import type { Ranking } from '../ranking/rank';
import { levelAndKind } from '../ranking/view';
import type { RankingKnown, RankingView } from '../ranking/view';
import type { RegionInfo } from './load';

/** The regions a view ranks among, with or without figures. */
export function regionsInScope(
  regions: readonly RegionInfo[],
  view: Pick<RankingView, 'level' | 'fylke'>,
): RegionInfo[] {
  const { level, kind } = levelAndKind(view.level);
  return regions.filter(
    (r) => r.level === level && r.kind === kind && (view.fylke === '' || r.fylke_code === view.fylke),
  );
}

export async function loadRankingRows(engine: Engine, view: RankingView): Promise<RankingValueRow[]> {
  const { level, kind } = levelAndKind(view.level);
  const fromYear = earliestYearNeeded(view);
  return engine.query<RankingValueRow>(
    rankingValuesQuery({
      indicator: view.indicator,
      level,
      kind,
      fylke: view.fylke,
      fromYear,
      toYear: view.to,
    }),
  );
}

export async function loadRanking(
  engine: Engine,
  view: RankingView,
  regions: readonly RegionInfo[],
  names: ReadonlyMap<string, string>,
): Promise<Ranking> {
  const rows = await loadRankingRows(engine, view);
  const series = groupRows(rows.map((r) => ({ ...r, name: names.get(r.code) ?? r.name })));
  return rankRegions(
    series,
    { from: view.from, to: view.to },
    view.measure,
    regionsInScope(regions, view).length,
  );
}

/** What the URL parser needs to know, from the catalogue and manifest. */
export function rankingKnown(
  indicators: readonly Indicator[],
  regions: readonly RegionInfo[],
  manifest: Pick<Manifest, 'indicators'>,
): RankingKnown {
  const map = new Map<string, { years: [number, number]; perCapita: boolean }>();
  for (const i of indicators) {
    const years = manifest.indicators[i.id]?.years;
    if (years) map.set(i.id, { years, perCapita: i.per_capita });
  }
  return { indicators: map, fylker: new Set(regions.filter((r) => r.level === 'fylke').map((r) => r.code)) };
}
