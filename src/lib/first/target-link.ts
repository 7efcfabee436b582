/**
 * A target link's series, asked for before the page hydrates (issue 13). The targets page used to
 * decode `?t=` when it mounted and fetch the file holding the linked targets' series only then, after
 * hydrating every card; started from the client hook instead, decoding, fetching and reading run
 * while the page hydrates, through the same engine-free engine and the same `loadTargetSeries`, and
 * the page's series (state/target-series.svelte.ts) take that engine and those series over.
 */
import { startInstant } from '../db/start';
import type { InstantEngine } from '../db/start';
import type { Point } from '../targets/arithmetic';
import { seriesKey } from '../targets/evaluate';
import { loadTargetSeries } from '../targets/series';
import { decodeTargets } from '../targets/url';
import { targetLinkConfig } from './config';

export interface EarlyTargets {
  /** The engine the series were read with (DuckDB starts behind it in idle time, as on the page). */
  instant: InstantEngine;
  /** Series key → its series, for every target in the link; empty for a link that does not decode. */
  series: Promise<Map<string, Promise<Point[]>>>;
}

let early: EarlyTargets | null = null;

/** Starts once, and only on a targets page whose link carries targets (its head script says so). */
export function startTargetLink(): void {
  const config = targetLinkConfig();
  const param = new URLSearchParams(location.search).get('t');
  if (early || !config || !param) return;
  const instant = startInstant(
    new URL(config.data, location.href),
    new URL(config.rows, location.href),
    config.manifest,
    { hashes: config.hashes },
  );
  const series = decodeTargets(param).then(({ targets }) => {
    const byKey = new Map<string, Promise<Point[]>>();
    for (const t of targets) {
      const key = seriesKey(t.indicator, t.region);
      if (byKey.has(key)) continue;
      const loaded = loadTargetSeries(instant.engine, t.indicator, t.region, t.own_region);
      // The page asks again for a series that failed here, and says why if it fails there too.
      loaded.catch(() => {});
      byKey.set(key, loaded);
    }
    return byKey;
  });
  early = { instant, series };
}

/** What startTargetLink began, handed out once (to the page's series). */
export function takeTargetLink(): EarlyTargets | null {
  const taken = early;
  early = null;
  return taken;
}
