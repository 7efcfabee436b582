/** Build time: /embed's default view is prerendered with the chart drawn, like the main page. */
import { prerenderDefaultEmbed } from '$lib/embed/prerender.server';
import { rowsHashes } from '$lib/server/rows';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
  ...(await prerenderDefaultEmbed()),
  rowsHashes: await rowsHashes(),
});
