/**
 * State of the composite-index page: the view from the URL (scope, period, components), the index for
 * it, computed on the engine once it runs; the prerendered default is shown until then.
 */
import type { Engine } from '../db/engine';
import type { Indicator, Manifest } from '../schema';
import { rankingValuesQuery, type RankingValueRow } from '../sql/ranking';
import {
  compositeIndex,
  componentsToParam,
  type OwnCompositeRow,
  parseComponents,
  type Component,
  type Composite,
} from '../ranking/composite';
import { levelAndKind, parseRankingView, type RankLevel } from '../ranking/view';
import { regionLabels } from '../definitions/regions';
import type { RegionInfo } from '../series/load';
import { loadOwnComposite, rankingKnown, regionsInScope } from '../ranking/load';
import { t } from '../i18n';
import { failed, loading, type QueryState } from './query';
import { parseGroups, setGroupParams, type OwnGroup } from '../groups/group';

export interface CompositeView {
  level: RankLevel;
  fylke: string;
  from: number;
  to: number;
  components: Component[];
}

export const DEFAULT_COMPOSITE: Omit<CompositeView, 'components'> = {
  level: 'kommune',
  fylke: '34',
  from: 2017,
  to: 2022,
};

export interface CompositeSeed {
  indicators: Indicator[];
  regions: RegionInfo[];
  manifest: Manifest;
  view: CompositeView;
  index: Composite;
}

export function compositeViewToParams(view: CompositeView): URLSearchParams {
  return new URLSearchParams({
    level: view.level,
    fylke: view.fylke,
    from: String(view.from),
    to: String(view.to),
    c: componentsToParam(view.components),
  });
}

export function parseCompositeView(
  params: URLSearchParams,
  indicators: readonly Indicator[],
  regions: readonly RegionInfo[],
  manifest: Pick<Manifest, 'indicators'>,
): { view: CompositeView; notices: string[] } {
  const known = rankingKnown(indicators, regions, manifest);
  // Scope and period are read as the ranking reads them (same defaults, same notices), on population's years.
  const scope = new URLSearchParams(params);
  scope.set('indicator', 'befolkning');
  scope.delete('measure');
  const { view: r, notices } = parseRankingView(scope, known);
  const { components, notices: more } = parseComponents(params.get('c'), new Set(known.indicators.keys()));
  return {
    view: { level: r.level, fylke: r.fylke, from: r.from, to: r.to, components },
    notices: [...notices, ...more],
  };
}

export async function loadComposite(
  engine: Engine,
  view: CompositeView,
  regions: readonly RegionInfo[],
): Promise<Composite> {
  const { level, kind } = levelAndKind(view.level);
  const names = regionLabels(regions);
  const rows = await Promise.all(
    view.components.map((c) =>
      engine.query<RankingValueRow>(
        rankingValuesQuery({
          indicator: c.indicator,
          level,
          kind,
          fylke: view.fylke,
          fromYear: view.from,
          toYear: view.to,
        }),
      ),
    ),
  );
  const named = rows.map((rs) => rs.map((r) => ({ ...r, name: names.get(r.code) ?? r.name })));
  return compositeIndex(
    view.components,
    named,
    { from: view.from, to: view.to },
    regionsInScope(regions, { level: view.level, fylke: view.fylke }).length,
  );
}

export class CompositePageState {
  view = $state<CompositeView>({ ...DEFAULT_COMPOSITE, components: [] });
  notices = $state<string[]>([]);
  index = $state.raw<QueryState<Composite>>(loading);
  /** Own regions from the link (`g1` … `g5`), scored beside the index; null when there are none. */
  groups = $state.raw<OwnGroup[]>([]);
  own = $state.raw<QueryState<OwnCompositeRow[]> | null>(null);
  readonly seed: CompositeSeed;
  #engine: Promise<Engine>;
  #resolve!: (e: Engine) => void;
  #request = 0;

  constructor(seed: CompositeSeed) {
    this.seed = seed;
    this.#engine = new Promise((resolve) => (this.#resolve = resolve));
    this.view = seed.view;
    this.index = { status: 'ready', data: seed.index };
  }

  connect(engine: Engine): void {
    this.#resolve(engine);
  }

  async applyUrl(search: string): Promise<void> {
    const params = new URLSearchParams(search);
    const { view, notices } = parseCompositeView(
      params,
      this.seed.indicators,
      this.seed.regions,
      this.seed.manifest,
    );
    const kommuner = new Set(this.seed.regions.filter((r) => r.level === 'kommune').map((r) => r.code));
    const { groups, refused } = parseGroups(params, (c) => kommuner.has(c));
    this.view = view;
    this.groups = groups;
    this.notices = [...notices, ...refused.map((r) => t.groups.refused(r))];
    const request = ++this.#request;
    if (compositeViewToParams(view).toString() === compositeViewToParams(this.seed.view).toString()) {
      this.index = { status: 'ready', data: this.seed.index };
      await this.#score(request, this.seed.index, groups);
      return;
    }
    if (view.components.length === 0) {
      this.index = {
        status: 'ready',
        data: { period: { from: view.from, to: view.to }, components: [], rows: [], total: 0, indexed: 0 },
      };
      return;
    }
    this.index = loading;
    try {
      const data = await loadComposite(await this.#engine, view, this.seed.regions);
      if (request !== this.#request) return;
      this.index = { status: 'ready', data };
      await this.#score(request, data, groups);
    } catch (e) {
      if (request === this.#request) this.index = failed(e);
    }
  }

  async #score(request: number, index: Composite, groups: OwnGroup[]): Promise<void> {
    if (groups.length === 0 || index.components.length === 0) {
      this.own = null;
      return;
    }
    this.own = loading;
    try {
      const data = await loadOwnComposite(await this.#engine, index, groups);
      if (request === this.#request) this.own = { status: 'ready', data };
    } catch (e) {
      if (request === this.#request)
        this.own = { status: 'error', error: e instanceof Error ? e : new Error(String(e)) };
    }
  }

  href(change: Partial<CompositeView>): string {
    const params = compositeViewToParams({ ...this.view, ...change });
    setGroupParams(params, this.groups);
    return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
  }
}
