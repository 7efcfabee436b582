/**
 * The series the targets page measures on: those the prerender brought, and those of the user's own
 * targets, loaded once each through the tab's engine-free engine (same rows as DuckDB, which starts in
 * idle time and takes over). A series that cannot be loaded gets a message instead, so its card says why.
 * A target link's series were started before hydration (first/target-link.ts): taken over, not asked again.
 */
import type { Engine } from '../db/engine';
import type { TargetLinkConfig } from '../first/config';
import type { Point } from '../targets/arithmetic';
import { seriesKey } from '../targets/evaluate';
import { loadTargetSeries } from '../targets/series';
import { takeTargetLink, targetEngine } from '../first/target-link';

export interface SeriesRequest {
  indicator: string;
  region: string;
  own_region?: string;
}

export class TargetSeries {
  series = $state<Record<string, Point[]>>({});
  /** Series that could not be loaded, by key: the message replaces «Laster …». */
  errors = $state<Record<string, string>>({});
  #requested = new Set<string>();
  #engine: Promise<Engine> | null = null;
  /** A target link's series, started before hydration (first/target-link.ts). */
  #early = takeTargetLink();

  constructor(
    seed: Record<string, Point[]>,
    /** Where this build's data and engine-free files are: the page's, as its <head> script has it. */
    private readonly files: TargetLinkConfig,
    private readonly failed: () => string,
  ) {
    this.series = { ...seed };
  }

  /** Loads every requested series not loaded or asked for yet; call from an effect. */
  request(wanted: readonly SeriesRequest[]): void {
    const missing = wanted.filter((x) => {
      const key = seriesKey(x.indicator, x.region);
      return !this.#requested.has(key) && !this.series[key];
    });
    if (missing.length === 0) return;
    for (const x of missing) this.#requested.add(seriesKey(x.indicator, x.region));
    this.#engine ??= Promise.resolve().then(
      () => this.#early?.instant.engine ?? targetEngine(this.files).engine,
    );
    void this.#engine.then(
      async (engine) => {
        const started = (await this.#early?.linked)?.series;
        for (const x of missing) {
          const key = seriesKey(x.indicator, x.region);
          const early = started?.get(key);
          const load = () => loadTargetSeries(engine, x.indicator, x.region, x.own_region);
          try {
            this.series[key] = await (early ? early.catch(load) : load());
          } catch {
            this.errors[key] = this.failed();
          }
        }
      },
      () => {
        for (const x of missing) this.errors[seriesKey(x.indicator, x.region)] = this.failed();
      },
    );
  }
}
