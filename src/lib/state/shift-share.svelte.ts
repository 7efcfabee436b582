/**
 * State of the shift-share page: the regions with sector figures and the default result (seeded at
 * build time), the view from the URL, and the result for it. Regions outside the sector data get no
 * query: the page says why instead.
 */
import type { Engine } from '../db/engine';
import type { SectorRegionRow } from '../sql/sectors';
import type { ShiftShare, ShiftShareMissing } from '../shiftshare/shift-share';
import { DEFAULT_SHIFT_SHARE, parseShiftShareView, shiftShareViewToParams } from '../shiftshare/view';
import type { ShiftShareView } from '../shiftshare/view';
import { t } from '../i18n';
import { loadShiftShare } from '../shiftshare/load';
import { failed, loading, type QueryState } from './query';

export interface ShiftShareSeed {
  /** Regions with sector figures (fylker, then kommuner). */
  regions: SectorRegionRow[];
  /** Kommune and fylke names by code, to name a region outside the data. */
  names: Record<string, string>;
  view: ShiftShareView;
  result: ShiftShare | ShiftShareMissing;
  version: string;
}

export class ShiftSharePageState {
  regions = $state.raw<SectorRegionRow[]>([]);
  names = $state.raw<Record<string, string>>({});
  version = $state('');
  view = $state<ShiftShareView>({ ...DEFAULT_SHIFT_SHARE });
  notices = $state<string[]>([]);
  result = $state.raw<QueryState<ShiftShare | ShiftShareMissing>>(loading);

  readonly covered = $derived(this.regionsCover(this.view.region));
  readonly name = $derived(this.names[this.view.region] ?? this.view.region);
  readonly years = $derived.by(() => {
    const first = Math.min(...this.regions.map((r) => r.first_year));
    const last = Math.max(...this.regions.map((r) => r.last_year));
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });

  #engine: Promise<Engine>;
  #resolve!: (e: Engine) => void;
  #request = 0;
  #seedKey: string;
  #seed: ShiftShare | ShiftShareMissing;

  constructor(seed: ShiftShareSeed) {
    this.#engine = new Promise((resolve) => (this.#resolve = resolve));
    this.regions = seed.regions;
    this.names = seed.names;
    this.version = seed.version;
    this.view = { ...seed.view };
    this.result = { status: 'ready', data: seed.result };
    this.#seed = seed.result;
    this.#seedKey = shiftShareViewToParams(seed.view).toString();
  }

  regionsCover(code: string): boolean {
    return this.regions.some((r) => r.code === code);
  }

  connect(engine: Engine): void {
    this.#resolve(engine);
  }

  async applyUrl(search: string): Promise<void> {
    const years = this.years;
    const { view, notices } = parseShiftShareView(
      new URLSearchParams(search),
      { regions: new Set(Object.keys(this.names)), years: [years[0]!, years[years.length - 1]!] },
      t.shiftShare,
    );
    this.notices = notices;
    this.view = view;
    const request = ++this.#request;
    if (shiftShareViewToParams(view).toString() === this.#seedKey) {
      this.result = { status: 'ready', data: this.#seed };
      return;
    }
    if (!this.regionsCover(view.region)) return;
    this.result = loading;
    try {
      const data = await loadShiftShare(await this.#engine, view);
      if (request === this.#request) this.result = { status: 'ready', data };
    } catch (e) {
      if (request === this.#request) this.result = failed(e);
    }
  }

  href(change: Partial<ShiftShareView>): string {
    return `?${shiftShareViewToParams({ ...this.view, ...change }).toString()}`;
  }
}
