/** The map page's chart for a ranking view: the areas in scope coloured by the ranked measure. */
import type { PlotOptions } from '@observablehq/plot';
import { choroplethChart, choroplethKeyPoints } from '../charts/choropleth';
import type { KeyPoint } from '../charts/key-points';
import type { AreaFeature, OwnArea } from '../charts/choropleth';
import type { Indicator } from '../schema';
import type { Ranking } from '../ranking/rank';
import { formatMeasure } from '../ranking/format';
import type { RankingView } from '../ranking/view';
import type { RegionInfo } from '../series/load';
import { regionsInScope } from '../ranking/load';
import { indicatorName, t } from '../i18n';
import type { OwnRegionRank } from '../ranking/own-regions';
import type { MultiPolygon } from 'geojson';

/** Map levels: the boundaries exist for kommuner and fylker only. */
export function mapLevelOf(view: Pick<RankingView, 'level'>): 'kommuner' | 'fylker' | null {
  return view.level === 'kommune' ? 'kommuner' : view.level === 'fylke' ? 'fylker' : null;
}

function areasInScope(
  areas: readonly AreaFeature[],
  regions: readonly RegionInfo[],
  view: RankingView,
): AreaFeature[] {
  if (!mapLevelOf(view)) return [];
  const scope = new Set(regionsInScope(regions, view).map((r) => r.code));
  return areas.filter((a) => scope.has(a.properties.code));
}

/** The map's areas for keyboard readers: highest value first, each with its tooltip's words. */
export function mapKeyPoints(
  areas: readonly AreaFeature[],
  regions: readonly RegionInfo[],
  view: RankingView,
  ranking: Ranking,
): KeyPoint[] {
  return choroplethKeyPoints(areasInScope(areas, regions, view), {
    values: new Map(ranking.rows.map((r) => [r.code, r.value])),
    format: (v) => formatMeasure(v, view.measure),
    noDataLabel: t.mapPage.noValue,
  });
}

export function mapSpec(
  areas: readonly AreaFeature[],
  regions: readonly RegionInfo[],
  view: RankingView,
  ranking: Ranking,
  indicator: Indicator,
  outlined: readonly string[] = [],
  dashed: readonly string[] = [],
  ownAreas: readonly OwnArea[] = [],
): PlotOptions | null {
  const shown = areasInScope(areas, regions, view);
  if (!shown.length) return null;
  const values = new Map(ranking.rows.map((r) => [r.code, r.value]));
  const { from, to } = ranking.period;
  const label = `${t.rankingPage.measures[view.measure]}, ${view.measure === 'level' || view.measure === 'per1000' ? to : `${from}–${to}`}`;
  const top = ranking.rows[0];
  return choroplethChart(shown, {
    measure: view.measure,
    values,
    label,
    format: (v) => formatMeasure(v, view.measure),
    noDataLabel: t.mapPage.noValue,
    outlined,
    dashed,
    ownAreas,
    description: t.mapPage.chartDescription(
      indicatorName(indicator),
      label.toLowerCase(),
      ranking.ranked,
      shown.length,
      top ? `${top.name} (${formatMeasure(top.value, view.measure)})` : null,
    ),
  });
}

/**
 * The own regions' areas for the map: each one's members merged (`merged`, from the boundaries), labelled
 * «name: value» in the view's measure — the value the «Egne regioner» table shows, «–» without one.
 */
export function ownMapAreas(
  ranks: readonly Pick<OwnRegionRank, 'code' | 'name' | 'members' | 'value'>[],
  merged: (codes: readonly string[]) => MultiPolygon | null,
  measure: RankingView['measure'],
): OwnArea[] {
  return ranks.flatMap((r) => {
    const geometry = merged(r.members);
    return geometry
      ? [{ code: r.code, geometry, label: `${r.name}: ${formatMeasure(r.value, measure)}` }]
      : [];
  });
}
