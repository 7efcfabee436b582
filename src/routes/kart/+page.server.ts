/**
 * Build time: the default map (jobs growth 2017–2022 in Innlandet's kommuner) drawn into the HTML with
 * the same spec the browser uses, so the map shows before DuckDB-wasm and the boundaries have loaded.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDb, DATA_DIR } from '$lib/server/db';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue } from '$lib/series/load';
import { loadRanking } from '$lib/ranking/load';
import { DEFAULT_RANKING } from '$lib/ranking/view';
import { regionLabels } from '$lib/definitions/regions';
import { areasFromTopology, mapFile } from '$lib/map/boundaries';
import { mapSpec } from '$lib/map/view';
import type { RankingSeed } from '$lib/state/ranking.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const { indicators, regions } = await loadCatalogue(db.engine);
  const ranking = await loadRanking(db.engine, DEFAULT_RANKING, regions, regionLabels(regions));
  const seed: RankingSeed = { indicators, regions, manifest: db.manifest, view: DEFAULT_RANKING, ranking };
  const areas = areasFromTopology(
    JSON.parse(await readFile(join(DATA_DIR, mapFile('kommuner')), 'utf-8')),
    'kommuner',
  );
  const indicator = indicators.find((i) => i.id === DEFAULT_RANKING.indicator)!;
  const spec = mapSpec(areas, regions, DEFAULT_RANKING, ranking, indicator);
  return { seed, mapHtml: spec ? plotHtml(spec) : null };
};
