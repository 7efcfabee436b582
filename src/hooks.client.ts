/**
 * Before the page hydrates: a link's first chart (src/lib/first). SvelteKit awaits `init` before it
 * hydrates, so the chart is on screen first and hydration — about as costly as a whole engine-free
 * page — comes after it. Pages that need no first chart (their view is prerendered) leave no config
 * and hydrate at once.
 */
import type { ClientInit } from '@sveltejs/kit';
import { takeFirstConfig } from '$lib/first/config';
import { keepFirst } from '$lib/first/handoff';

/** Hydration never waits longer than this for the first chart (a stalled file request). */
const FIRST_CHART_WAIT_MS = 4000;

export const init: ClientInit = async () => {
  const config = takeFirstConfig();
  if (!config) return;
  let waiting = true;
  const drawn = import('$lib/first/draw')
    .then(({ drawFirst }) => drawFirst(config, () => waiting))
    .then(keepFirst)
    // Not silent: the page fetches the same files through its own engine and shows why they failed
    // (a damaged file: DAMAGED_DATA, with no numbers).
    .catch(() => keepFirst(null));
  await Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, FIRST_CHART_WAIT_MS))]);
  // Once the page hydrates it draws for itself: a late first chart must not touch its DOM.
  waiting = false;
};
