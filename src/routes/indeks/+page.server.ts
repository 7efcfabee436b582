/**
 * Build time: the catalogue and the default composite index (Innlandet's kommuner 2017–2022: jobs growth
 * ×2, population growth and employed residents' growth ×1), so the page opens with a full table.
 */
import { buildDb } from '$lib/server/db';
import { loadCatalogue } from '$lib/series/load';
import { DEFAULT_COMPONENTS } from '$lib/ranking/composite';
import {
  DEFAULT_COMPOSITE,
  loadComposite,
  type CompositeSeed,
  type CompositeView,
} from '$lib/state/composite.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const { indicators, regions } = await loadCatalogue(db.engine);
  const view: CompositeView = { ...DEFAULT_COMPOSITE, components: DEFAULT_COMPONENTS };
  const index = await loadComposite(db.engine, view, regions);
  const seed: CompositeSeed = { indicators, regions, manifest: db.manifest, view, index };
  return { seed };
};
