/**
 * Build time: the catalogue and the default ranking (jobs in Innlandet's kommuner 2017–2022), so the
 * prerendered page shows a full table before DuckDB-wasm has started in the browser.
 */
import { buildDb } from '$lib/server/db';
import { loadCatalogue } from '$lib/series/load';
import { loadRanking } from '$lib/ranking/load';
import { DEFAULT_RANKING } from '$lib/ranking/view';
import { regionLabels } from '$lib/definitions/regions';
import type { RankingSeed } from '$lib/state/ranking.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const { indicators, regions } = await loadCatalogue(db.engine);
  const ranking = await loadRanking(db.engine, DEFAULT_RANKING, regions, regionLabels(regions));
  const seed: RankingSeed = { indicators, regions, manifest: db.manifest, view: DEFAULT_RANKING, ranking };
  return { seed };
};
