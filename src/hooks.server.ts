/**
 * Runs for every prerendered page. The pages that run no script take their language from the path
 * (`/nn/region/3403`, src/params/lang.ts); every other page is prerendered in bokmål and switches after
 * hydration. The language is set before the page loads and renders (the prerender visits one page at a
 * time, so the shared rune cannot leak into another page) and written into `<html lang>`.
 */
import type { Handle } from '@sveltejs/kit';
import { parseLang, setLang } from '$lib/i18n';

export const handle: Handle = async ({ event, resolve }) => {
  const lang = parseLang(event.params.lang);
  setLang(lang);
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%rp.lang%', lang) });
};
