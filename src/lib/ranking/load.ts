/**
 * Running the ranking view's query on any engine (DuckDB-wasm at run time, Node's DuckDB at build
 * time) and ranking the rows. Names are the distinct labels used everywhere («Kongsvinger (BA-region)»).
 */
import type { Engine } from '../db/engine';
import type { Indicator, Manifest } from '../schema';
import { populationMembersQuery, rankingValuesQuery } from '../sql/ranking';
import type { PopulationFilter, RankingValueRow } from '../sql/ranking';
import { sizeBounds } from './size-class';
import { earliestYearNeeded, groupRows, rankRegions } from './rank';
import type { Ranking } from './rank';
import { levelAndKind } from './view';
import type { RankingKnown, RankingView } from './view';
import type { RegionInfo } from '../series/load';
import { ownRegionValuesQuery } from '../sql/own-ranking';
import type { OwnRegionValueRow } from '../sql/own-ranking';
import { ownRegionRanks } from './own-regions';
import type { OwnRegionRank } from './own-regions';
import { groupCode } from '../groups/group';
import type { OwnGroup } from '../groups/group';
import { ownCompositeScores } from './composite';
import type { Composite, OwnCompositeRow } from './composite';

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

/** The view's size class as population bounds on 1 January of its end year; null without one. */
export function sizeFilter(view: Pick<RankingView, 'level' | 'size' | 'to'>): PopulationFilter | null {
  if (view.size === '' || view.level !== 'kommune') return null;
  return { year: view.to, ...sizeBounds(view.size) };
}

export async function loadRankingRows(engine: Engine, view: RankingView): Promise<RankingValueRow[]> {
  const { level, kind } = levelAndKind(view.level);
  const fromYear = earliestYearNeeded(view);
  const size = sizeFilter(view);
  return engine.query<RankingValueRow>(
    rankingValuesQuery({
      indicator: view.indicator,
      level,
      kind,
      fylke: view.fylke,
      fromYear,
      toYear: view.to,
      ...(size ? { size } : {}),
    }),
  );
}

/** The regions the view ranks among: those in scope, and in its size class when it has one. */
export async function loadScope(
  engine: Engine,
  view: RankingView,
  regions: readonly RegionInfo[],
): Promise<RegionInfo[]> {
  const inScope = regionsInScope(regions, view);
  const size = sizeFilter(view);
  if (!size) return inScope;
  const { level, kind } = levelAndKind(view.level);
  const members = await engine.query<{ code: string }>(
    populationMembersQuery({ level, kind, fylke: view.fylke, size }),
  );
  const codes = new Set(members.map((m) => m.code));
  return inScope.filter((r) => codes.has(r.code));
}

export async function loadRanking(
  engine: Engine,
  view: RankingView,
  regions: readonly RegionInfo[],
  names: ReadonlyMap<string, string>,
): Promise<Ranking> {
  const [rows, scope] = await Promise.all([loadRankingRows(engine, view), loadScope(engine, view, regions)]);
  const series = groupRows(rows.map((r) => ({ ...r, name: names.get(r.code) ?? r.name })));
  return rankRegions(series, { from: view.from, to: view.to }, view.measure, scope.length);
}

/**
 * Own regions measured for the ranking's period and measure, each with the rank it would have among
 * the ranked regions (ranking/own-regions.ts). One query for all of them.
 */
export async function loadOwnRegionRanks(
  engine: Engine,
  view: Pick<RankingView, 'indicator' | 'from' | 'to'>,
  groups: readonly OwnGroup[],
  ranking: Ranking,
): Promise<OwnRegionRank[]> {
  if (groups.length === 0) return [];
  const sums = groups.map((g) => ({ code: groupCode(g.slot), members: g.members }));
  const rows = await engine.query<OwnRegionValueRow>(
    ownRegionValuesQuery({ indicator: view.indicator, fromYear: view.from, toYear: view.to, groups: sums }),
  );
  return ownRegionRanks(
    ranking,
    rows,
    groups.map((g) => ({ code: groupCode(g.slot), name: g.name, members: g.members })),
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

/**
 * Own regions scored beside an index: their members' sums per component (ownRegionValuesQuery, only
 * years where every member has a value) given the points they would get among the regions indexed.
 */
export async function loadOwnComposite(
  engine: Engine,
  index: Composite,
  groups: readonly OwnGroup[],
): Promise<OwnCompositeRow[]> {
  const sums = groups.map((g) => ({ code: groupCode(g.slot), members: g.members }));
  const rows = await Promise.all(
    index.components.map((c) =>
      engine.query<OwnRegionValueRow>(
        ownRegionValuesQuery({
          indicator: c.indicator,
          fromYear: index.period.from,
          toYear: index.period.to,
          groups: sums,
        }),
      ),
    ),
  );
  return ownCompositeScores(
    index,
    rows.map((rs) => rs.map((r) => ({ ...r, name: '', fylke_code: null }))),
    groups.map((g) => ({ code: groupCode(g.slot), name: g.name, members: g.members })),
  );
}
