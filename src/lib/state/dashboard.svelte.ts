/**
 * The dashboard's state: the catalogue (indicators, regions, coverage), the view parsed from the URL,
 * and the series query for that view. The URL is the source of truth: user actions produce a new URL,
 * and `applyUrl` turns a URL into state (so links and back/forward behave the same).
 */
import type { Engine } from '../db/engine';
import type { Indicator, Manifest } from '../schema';
import { DEFAULT_VIEW, parseView, viewToParams } from '../config';
import type { Notice, ViewConfig } from '../config';
import { coverageQuery, indicatorsQuery, regionsQuery } from '../sql/catalogue';
import { commonBaseYear, seriesQuery } from '../sql/series';
import type { SeriesRow } from '../sql/series';
import { loading } from './query';
import type { QueryState } from './query';

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

export class Dashboard {
  indicators = $state<Indicator[]>([]);
  regions = $state<RegionInfo[]>([]);
  manifest = $state<Manifest | null>(null);
  view = $state<ViewConfig>({ ...DEFAULT_VIEW });
  notices = $state<Notice[]>([]);
  coverage = $state<Map<string, Coverage>>(new Map());
  series = $state<QueryState<SeriesResult>>(loading);

  readonly regionByCode = $derived(new Map(this.regions.map((r) => [r.code, r])));
  readonly indicator = $derived(this.indicators.find((i) => i.id === this.view.indicator) ?? null);

  #engine: Engine | null = null;
  #request = 0;

  /** Loads the catalogue once DuckDB is up. */
  async connect(engine: Engine, manifest: Manifest): Promise<void> {
    this.#engine = engine;
    this.manifest = manifest;
    const [indicators, regions] = await Promise.all([
      engine.query<Indicator>(indicatorsQuery()),
      engine.query<RegionInfo>(regionsQuery())
    ]);
    this.indicators = indicators;
    this.regions = regions;
  }

  /** Parses a query string into the view and runs its queries; unknown input becomes notices. */
  async applyUrl(search: string): Promise<void> {
    const { view, notices } = parseView(new URLSearchParams(search), {
      indicators: new Set(this.indicators.map((i) => i.id)),
      regions: new Set(this.regions.map((r) => r.code))
    });
    this.view = view;
    this.notices = notices;
    await this.#run();
  }

  /** The URL search string for a view derived from the current one. */
  href(change: Partial<ViewConfig>): string {
    const next = { ...this.view, ...change };
    if (change.mode !== undefined && change.mode !== 'indexed') next.base = null;
    return `?${viewToParams(next).toString()}`;
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  async #run(): Promise<void> {
    const engine = this.#engine;
    if (!engine) return;
    const id = ++this.#request;
    const view = this.view;
    this.series = loading;
    try {
      const coverage = await engine.query<{ region_code: string } & Coverage>(coverageQuery(view.indicator));
      if (id !== this.#request) return;
      this.coverage = new Map(coverage.map((c) => [c.region_code, c]));
      if (view.regions.length === 0) {
        this.series = { status: 'ready', data: { rows: [], base: null, years: [] } };
        return;
      }
      const absolute = await engine.query<SeriesRow>(
        seriesQuery({ indicator: view.indicator, regions: view.regions, mode: 'absolute' })
      );
      const years = [...new Set(absolute.filter((r) => r.value !== null).map((r) => r.year))].sort((a, b) => a - b);
      let rows: SeriesRow[] = absolute;
      let base: number | null = null;
      if (view.mode !== 'absolute') {
        base = view.mode === 'indexed' ? (view.base ?? commonBaseYear(absolute, view.regions)) : null;
        rows = view.mode === 'indexed' && base === null ? absolute.map((r) => ({ ...r, y: null })) : await engine.query<SeriesRow>(seriesQuery({ ...view, base }));
      }
      if (id !== this.#request) return;
      this.series = { status: 'ready', data: { rows, base, years } };
    } catch (e) {
      if (id !== this.#request) return;
      this.series = { status: 'error', error: e instanceof Error ? e : new Error(String(e)) };
    }
  }
}
