/**
 * State of the ranking and map pages: the catalogue (seeded at build time), the view from the URL,
 * and the ranking for it. The engine arrives later (DuckDB-wasm starts in the browser); until then the
 * seeded default ranking is shown, and any other view waits for it.
 */
import type { Engine } from '../db/engine';
import { MAX_REGIONS } from '../config';
import type { Indicator, Manifest } from '../schema';
import type { Ranking } from '../ranking/rank';
import { isRankColumn } from '../ranking/table';
import type { RankColumn } from '../ranking/table';
import { DEFAULT_RANKING, parseRankingView, rankingViewToParams } from '../ranking/view';
import type { RankingView } from '../ranking/view';
import { regionLabels } from '../definitions/regions';
import type { RegionInfo } from '../series/load';
import { loadOwnRegionRanks, loadRanking, rankingKnown, regionsInScope } from '../ranking/load';
import { parseGroups, setGroupParams } from '../groups/group';
import type { OwnGroup } from '../groups/group';
import type { OwnRegionRank } from '../ranking/own-regions';
import { t } from '../i18n';
import { failed, loading } from './query';
import type { QueryState } from './query';

export interface RankingSeed {
  indicators: Indicator[];
  regions: RegionInfo[];
  manifest: Manifest;
  view: RankingView;
  ranking: Ranking;
}

export class RankingPageState {
  indicators = $state.raw<Indicator[]>([]);
  regions = $state.raw<RegionInfo[]>([]);
  manifest = $state.raw<Manifest | null>(null);
  view = $state<RankingView>({ ...DEFAULT_RANKING });
  sort = $state<RankColumn>('rank');
  descending = $state(false);
  notices = $state<string[]>([]);
  /** Kommuner picked on the map for the comparison (`pick=3401,3403` in the URL), at most MAX_REGIONS. */
  picked = $state<string[]>([]);
  ranking = $state.raw<QueryState<Ranking>>(loading);
  /** Own regions from the link (`g1` … `g5`, as on the comparison page): measured beside the ranking. */
  groups = $state.raw<OwnGroup[]>([]);
  /** Each own region's value and the rank it would have; null when there are none. */
  ownRanks = $state.raw<QueryState<OwnRegionRank[]> | null>(null);

  readonly names = $derived(regionLabels(this.regions));
  readonly indicator = $derived(this.indicators.find((i) => i.id === this.view.indicator) ?? null);
  readonly fylker = $derived(
    this.regions.filter((r) => r.level === 'fylke').sort((a, b) => a.code.localeCompare(b.code)),
  );
  readonly years = $derived(this.manifest?.indicators[this.view.indicator]?.years ?? null);
  readonly scope = $derived(regionsInScope(this.regions, this.view));

  #engine: Promise<Engine>;
  #resolve!: (e: Engine) => void;
  #request = 0;
  #seedKey: string;
  #seed: Ranking;

  /** Whether this page offers the size-class filter (the ranking does; the map draws every kommune). */
  #sizeFilter: boolean;

  constructor(seed: RankingSeed, options: { sizeFilter?: boolean } = {}) {
    this.#sizeFilter = options.sizeFilter ?? false;
    this.#engine = new Promise((resolve) => (this.#resolve = resolve));
    this.indicators = seed.indicators;
    this.regions = seed.regions;
    this.manifest = seed.manifest;
    this.view = { ...seed.view };
    this.ranking = { status: 'ready', data: seed.ranking };
    this.#seed = seed.ranking;
    this.#seedKey = rankingViewToParams(seed.view).toString();
  }

  connect(engine: Engine): void {
    this.#resolve(engine);
  }

  /** Reads `location.search` and loads the ranking it asks for. */
  async applyUrl(search: string): Promise<void> {
    const params = new URLSearchParams(search);
    const { view, notices } = parseRankingView(
      params,
      rankingKnown(this.indicators, this.regions, this.manifest!),
    );
    if (!this.#sizeFilter) view.size = '';
    const kommuner = new Set(this.regions.filter((r) => r.level === 'kommune').map((r) => r.code));
    const { groups, refused } = parseGroups(params, (c) => kommuner.has(c));
    this.groups = groups;
    this.notices = [...notices, ...refused.map((r) => t.groups.refused(r))];
    const sort = params.get('sort');
    this.sort = isRankColumn(sort) ? sort : 'rank';
    this.descending = params.get('desc') === '1';
    const known = new Set(this.regions.map((r) => r.code));
    this.picked = [...new Set((params.get('pick') ?? '').split(',').filter((c) => known.has(c)))].slice(
      0,
      MAX_REGIONS,
    );
    this.view = view;
    const key = rankingViewToParams(view).toString();
    const request = ++this.#request;
    let ranking: Ranking;
    if (key === this.#seedKey) {
      this.ranking = { status: 'ready', data: (ranking = this.#seed) };
    } else {
      this.ranking = loading;
      try {
        const engine = await this.#engine;
        ranking = await loadRanking(engine, view, this.regions, this.names);
        if (request === this.#request) this.ranking = { status: 'ready', data: ranking };
      } catch (e) {
        if (request === this.#request) this.ranking = failed(e);
        return;
      }
    }
    await this.#measureGroups(request, view, groups, ranking);
  }

  async #measureGroups(
    request: number,
    view: RankingView,
    groups: OwnGroup[],
    ranking: Ranking,
  ): Promise<void> {
    if (groups.length === 0) {
      this.ownRanks = null;
      return;
    }
    this.ownRanks = loading;
    try {
      const data = await loadOwnRegionRanks(await this.#engine, view, groups, ranking);
      if (request === this.#request) this.ownRanks = { status: 'ready', data };
    } catch (e) {
      if (request === this.#request) this.ownRanks = failed(e);
    }
  }

  /** The page's URL with some fields changed; sorting is kept unless it is changed too. */
  href(
    change: Partial<RankingView> & {
      sort?: RankColumn;
      descending?: boolean;
      picked?: string[];
      groups?: OwnGroup[];
    },
    path = '',
  ): string {
    const params = rankingViewToParams({ ...this.view, ...change });
    const sort = change.sort ?? this.sort;
    const descending = change.descending ?? this.descending;
    if (sort !== 'rank') params.set('sort', sort);
    if (descending) params.set('desc', '1');
    const picked = change.picked ?? this.picked;
    if (picked.length) params.set('pick', picked.join(','));
    setGroupParams(params, change.groups ?? this.groups);
    return `${path}?${params.toString().replace(/%2C/g, ',')}`;
  }
}
