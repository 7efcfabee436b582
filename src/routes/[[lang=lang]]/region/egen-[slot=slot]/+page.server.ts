/**
 * Build time: the shell of an own region's report — one page per slot (`/region/egen-1` … `egen-5`)
 * and language, with the catalogue seeded. The region itself is in the link (`g1=…`), so the report
 * is drawn in the browser, from the members' sums, unlike a shipped region's prerendered one.
 */
import { buildDb } from '$lib/server/db';
import { loadCatalogue } from '$lib/series/load';
import { MAX_GROUPS } from '$lib/groups/group';
import type { OwnReportSeed } from '$lib/state/own-report.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  Array.from({ length: MAX_GROUPS }, (_, i) => String(i + 1)).flatMap((slot) =>
    ([undefined, 'nn', 'en'] as const).map((lang) => ({ lang, slot })),
  );

export const load: PageServerLoad = async ({ params }) => {
  const db = await buildDb();
  const { indicators, regions, sources } = await loadCatalogue(db.engine);
  const seed: OwnReportSeed = { indicators, regions, sources, manifest: db.manifest };
  return { seed, slot: Number(params.slot) };
};
