/**
 * Build time: the regions with sector figures and the default shift-share (Skien 2015–2021), so the
 * prerendered page shows the chart and the table before DuckDB-wasm has started in the browser.
 */
import { buildDb } from '$lib/server/db';
import { loadCatalogue } from '$lib/series/load';
import { loadSectorRegions, loadShiftShare } from '$lib/shiftshare/load';
import { DEFAULT_SHIFT_SHARE } from '$lib/shiftshare/view';
import type { ShiftShareSeed } from '$lib/state/shift-share.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const { regions } = await loadCatalogue(db.engine);
  const seed: ShiftShareSeed = {
    regions: await loadSectorRegions(db.engine),
    names: Object.fromEntries(
      regions.filter((r) => r.level === 'kommune' || r.level === 'fylke').map((r) => [r.code, r.name]),
    ),
    view: DEFAULT_SHIFT_SHARE,
    result: await loadShiftShare(db.engine, DEFAULT_SHIFT_SHARE),
    version: db.manifest.version,
  };
  return { seed };
};
