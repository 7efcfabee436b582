/** Build time: /embed's default view is prerendered with the chart drawn, like the main page. */
import { prerenderDefaultEmbed } from '$lib/embed/prerender.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => prerenderDefaultEmbed();
