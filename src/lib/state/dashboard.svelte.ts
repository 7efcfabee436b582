/**
 * The dashboard's state: the catalogue (indicators, regions, coverage), the view parsed from the URL,
 * and the series for that view. The URL is the source of truth: user actions produce a new URL, and
 * `applyUrl` turns a URL into state (so links and back/forward behave the same).
 *
 * The page can be seeded with everything the default view needs (prerendered at build time), so the
 * first chart does not wait for DuckDB; queries for any other view wait until an engine is connected.
 */
import type { Engine } from '../db/engine';
import type { Indicator, IndicatorSourceRow, Manifest } from '../schema';
import { regionLabels } from '../definitions/regions';
import { groupRegion } from '../groups/group';
import { DEFAULT_VIEW, parseView, viewToParams } from '../config';
import type { Notice, ViewConfig } from '../config';
import { loadCatalogue, loadCoverage, loadSeries } from '../series/load';
import type { Coverage, RegionInfo, SeriesResult } from '../series/load';
import { failed, loading } from './query';
import type { QueryState } from './query';

export type { Coverage, RegionInfo, SeriesResult };

/** What a prerendered page hands the client: enough to draw the default view at once. */
export interface Seed {
  indicators: Indicator[];
  regions: RegionInfo[];
  sources: IndicatorSourceRow[];
  manifest: Manifest;
  view: ViewConfig;
  series: SeriesResult;
}

export class Dashboard {
  // Raw state: the catalogue is replaced, never mutated, and deep proxies over 100 000 regions cost
  // hundreds of milliseconds per URL change (measured by bench/ at 10M rows).
  indicators = $state.raw<Indicator[]>([]);
  regions = $state.raw<RegionInfo[]>([]);
  sources = $state.raw<IndicatorSourceRow[]>([]);
  manifest = $state<Manifest | null>(null);
  view = $state<ViewConfig>({ ...DEFAULT_VIEW });
  notices = $state<Notice[]>([]);
  series = $state<QueryState<SeriesResult>>(loading);
  /** True once the catalogue is known (from a seed or from the engine). */
  ready = $state(false);

  /** The catalogue's regions and the view's own regions (src/lib/groups), which search and legends treat alike. */
  readonly allRegions = $derived(
    this.view.groups.length ? [...this.regions, ...this.view.groups.map(groupRegion)] : this.regions,
  );
  readonly regionByCode = $derived(new Map(this.allRegions.map((r) => [r.code, r])));
  /** Code → the name shown everywhere (distinct even where regions share a name). */
  readonly names = $derived(regionLabels(this.allRegions));
  readonly #known = $derived({
    indicators: new Set(this.indicators.map((i) => i.id)),
    regions: new Set(this.regions.map((r) => r.code)),
  });
  readonly indicator = $derived(this.indicators.find((i) => i.id === this.view.indicator) ?? null);

  #coverage = $state.raw<{ indicator: string; byRegion: Map<string, Coverage> } | null>(null);
  #coverageLoading: string | null = null;
  /** The view's indicator's coverage (region → years with data); null until asked for and loaded. */
  readonly coverage = $derived(
    this.#coverage?.indicator === this.view.indicator ? this.#coverage.byRegion : null,
  );

  #engine: Promise<Engine>;
  #resolveEngine!: (e: Engine) => void;
  #request = 0;
  #seeded: string | null = null;

  constructor(seed?: Seed) {
    this.#engine = new Promise((resolve) => (this.#resolveEngine = resolve));
    if (seed) {
      this.indicators = seed.indicators;
      this.regions = seed.regions;
      this.sources = seed.sources;
      this.manifest = seed.manifest;
      this.view = seed.view;
      this.series = { status: 'ready', data: seed.series };
      this.#seeded = viewToParams(seed.view).toString();
      this.ready = true;
    }
  }

  /** Hands over a running engine; loads the catalogue unless a seed brought it. */
  async connect(engine: Engine, manifest: Manifest): Promise<void> {
    if (!this.ready) {
      const { indicators, regions, sources } = await loadCatalogue(engine);
      this.indicators = indicators;
      this.regions = regions;
      this.sources = sources;
      this.manifest = manifest;
      this.ready = true;
    }
    this.#resolveEngine(engine);
  }

  /**
   * Takes over the state of a dashboard that already drew this page's view (the first chart, drawn
   * before hydration by src/lib/first): nothing is queried again, and no loading state shows between.
   */
  takeOver(other: Dashboard): void {
    this.indicators = other.indicators;
    this.regions = other.regions;
    this.sources = other.sources;
    this.manifest = other.manifest;
    this.view = other.view;
    this.notices = other.notices;
    this.#coverage = other.#coverage;
    this.series = other.series;
    this.ready = other.ready;
    this.#seeded = other.series.status === 'ready' ? viewToParams(other.view).toString() : null;
  }

  /** Parses a query string into the view and runs its queries; unknown input becomes notices. */
  async applyUrl(search: string): Promise<void> {
    const { view, notices } = parseView(new URLSearchParams(search), this.#known);
    this.notices = notices;
    // The seeded view is already drawn: nothing to query.
    if (
      this.#seeded !== null &&
      viewToParams(view).toString() === this.#seeded &&
      this.series.status === 'ready'
    ) {
      this.view = view;
      return;
    }
    this.#seeded = null;
    this.view = view;
    await this.#run(view);
  }

  /** The URL search string for a view derived from the current one. */
  href(change: Partial<ViewConfig>): string {
    const next = { ...this.view, ...change };
    if (change.mode !== undefined && change.mode !== 'indexed') next.base = null;
    // Another indicator has other years: its base and span are found afresh.
    if (change.indicator !== undefined) Object.assign(next, { base: null, from: null, to: null });
    return `?${viewToParams(next).toString()}`;
  }

  /**
   * Loads the view's coverage when something shows it: a region search getting focus, the «about the
   * data» note opened. No view waits for it: at 100 000 regions (the server engine) decoding it took
   * longer than the series itself (bench, 10M rows).
   */
  wantCoverage(): void {
    void this.#loadCoverage(this.view.indicator);
  }

  async #loadCoverage(indicator: string): Promise<void> {
    if (this.#coverage?.indicator === indicator || this.#coverageLoading === indicator) return;
    this.#coverageLoading = indicator;
    try {
      const rows = await loadCoverage(await this.#engine, indicator);
      if (this.#coverageLoading === indicator) this.#coverage = { indicator, byRegion: new Map(rows) };
    } catch {
      // The pickers list regions without their years; the next view or opening asks again.
    } finally {
      if (this.#coverageLoading === indicator) this.#coverageLoading = null;
    }
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  async #run(view: ViewConfig): Promise<void> {
    const id = ++this.#request;
    this.series = loading;
    try {
      const engine = await this.#engine;
      const series = await loadSeries(engine, view);
      if (id !== this.#request) return;
      this.series = { status: 'ready', data: series };
    } catch (e) {
      if (id !== this.#request) return;
      this.series = failed(e);
    }
  }
}
