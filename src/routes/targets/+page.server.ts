/**
 * Build time: the shipped targets with the actual series each one is measured on, so the targets page
 * draws every shipped target without waiting for DuckDB.
 */
import { buildDb, shippedTargets } from '$lib/server/db';
import { rowsHashes } from '$lib/server/rows';
import { loadCatalogue } from '$lib/series/load';
import type { Point } from '$lib/targets/arithmetic';
import { seriesKey } from '$lib/targets/evaluate';
import { loadTargetSeries } from '$lib/targets/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const [targets, { indicators, regions }] = await Promise.all([shippedTargets(), loadCatalogue(db.engine)]);
  const series: Record<string, Point[]> = {};
  for (const t of targets) {
    const key = seriesKey(t.indicator, t.region);
    series[key] ??= await loadTargetSeries(db.engine, t.indicator, t.region);
  }
  return {
    targets,
    indicators,
    // SSB's names: the page labels them (regionLabel) in the reader's language, so «Kongsvinger
    // (BA-region)» follows a language switch.
    regions: regions.map((r) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind })),
    series,
    rowsHashes: await rowsHashes(),
    // version and table sizes: the engine-free files are found (and used) by them.
    manifest: db.manifest,
  };
};
