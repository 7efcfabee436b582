/**
 * State of the commuting page: the area the URL asks for and its figures. The default area's figures
 * come with the page; any other is loaded through the engine, started only then. A newer request wins
 * over a slower older one, and an unknown code falls back to the default with a notice.
 */
import type { Engine } from '../db/engine';
import { regionLabel } from '../definitions/regions';
import { t } from '../i18n';
import { DEFAULT_AREA, loadCommuting } from '../commuting/load';
import type { CommutingData } from '../commuting/load';
import { errorText } from '../i18n/errors';

export interface CommutingArea {
  code: string;
  name: string;
  level: string;
  kind: string;
}

export class CommutingPageState {
  /** Replaced whole, never mutated: raw, so `shown === seed` compares the objects themselves. */
  shown = $state.raw<CommutingData>(null!);
  /** The area picked, shown in the picker at once while its figures load. */
  wanted = $state('');
  loading = $state(false);
  failure = $state<string | null>(null);
  notice = $state<string | null>(null);

  readonly seed: CommutingData;
  readonly byCode: ReadonlyMap<string, CommutingArea>;
  #engine: () => Promise<Engine>;
  #settled: () => void;
  #request = 0;

  /** `settled` runs once the page shows what the URL asks for, or says why not. */
  constructor(
    seed: CommutingData,
    areas: readonly CommutingArea[],
    engine: () => Promise<Engine>,
    settled: () => void,
  ) {
    this.seed = seed;
    this.shown = seed;
    this.wanted = seed.code;
    this.byCode = new Map(areas.map((a) => [a.code, a]));
    this.#engine = engine;
    this.#settled = settled;
  }

  async applyUrl(search: string): Promise<void> {
    let code = new URLSearchParams(search).get('region') ?? DEFAULT_AREA;
    this.notice = null;
    if (!this.byCode.has(code)) {
      this.notice = t.commuting.unknownArea(code, regionLabel(this.byCode.get(DEFAULT_AREA)!));
      code = DEFAULT_AREA;
    }
    this.wanted = code;
    if (code === this.shown.code) {
      this.loading = false;
      this.#settled();
      return;
    }
    const request = ++this.#request;
    this.loading = true;
    this.failure = null;
    try {
      const next = code === this.seed.code ? this.seed : await loadCommuting(await this.#engine(), code);
      if (request === this.#request) this.shown = next;
    } catch (e) {
      if (request === this.#request) this.failure = errorText(e);
    } finally {
      if (request === this.#request) {
        this.loading = false;
        this.#settled();
      }
    }
  }
}
