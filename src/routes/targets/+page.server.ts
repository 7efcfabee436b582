/**
 * Build time: the shipped targets with the actual series each one is measured on, so the targets page
 * draws every shipped target without waiting for DuckDB.
 */
import { buildDb, shippedTargets } from '$lib/server/db';
import { loadCatalogue, loadSeries } from '$lib/state/load';
import type { Point } from '$lib/targets/arithmetic';
import { seriesKey } from '$lib/targets/evaluate';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const [targets, { indicators, regions }] = await Promise.all([shippedTargets(), loadCatalogue(db.engine)]);
  const series: Record<string, Point[]> = {};
  for (const t of targets) {
    const key = seriesKey(t.indicator, t.region);
    if (series[key]) continue;
    const s = await loadSeries(db.engine, { indicator: t.indicator, regions: [t.region], mode: 'absolute', base: null });
    series[key] = s.rows.map((r) => ({ year: r.year, value: r.value }));
  }
  return {
    targets,
    indicators,
    regions: regions.map((r) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind })),
    series
  };
};
