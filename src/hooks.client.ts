/**
 * Before the page hydrates: a link's first chart (src/lib/first). The built page starts drawing it
 * from its <head>, ahead of the app's own modules (src/build/first-chart.js); SvelteKit awaits `init`
 * before it hydrates, so the chart is on screen first and hydration — about as costly as a whole
 * engine-free page — comes after it. Pages that need no first chart (their view is prerendered) leave
 * no config and hydrate at once. A target link starts its series and draws its target here
 * (src/lib/first/target-link.ts).
 */
import type { ClientInit } from '@sveltejs/kit';
import { firstConfig, targetLinkConfig } from '$lib/first/config';
import { hydrationStarts } from '$lib/first/handoff';

/** Hydration never waits longer than this for the first chart (a stalled file request). */
const FIRST_CHART_WAIT_MS = 4000;

/** Waits for a drawing before hydration, but never longer than FIRST_CHART_WAIT_MS; then hydration starts. */
async function beforeHydration(drawing: Promise<unknown>): Promise<void> {
  await Promise.race([drawing, new Promise((resolve) => setTimeout(resolve, FIRST_CHART_WAIT_MS))]);
  hydrationStarts();
}

export const init: ClientInit = async () => {
  // A target link's series start now and its target is drawn while the page's modules load.
  if (targetLinkConfig())
    return beforeHydration(import('$lib/first/target-link').then((link) => link.targetLinkDrawn()));
  if (!firstConfig()) return;
  // The same module (and so the same drawing) the page's <head> started, or its start now (dev).
  return beforeHydration(import('$lib/first/draw').then(({ firstChart }) => firstChart()));
};
