/**
 * The life of a page whose state lives in the URL and whose data comes from the engine: read the URL
 * when the page mounts and after every navigation within it, and start the engine in the browser (never
 * during prerendering). Call during component initialisation.
 */
import { onMount } from 'svelte';
import { afterNavigate } from '$app/navigation';
import { assets } from '$app/paths';
import { cachedEngine } from '../db/cache';
import { startEngine } from '../db/start';
import type { Engine } from '../db/engine';

export interface UrlPage {
  applyUrl(search: string): Promise<void>;
  connect(engine: Engine): void;
}

export function followUrlAndEngine(page: UrlPage, onError: (message: string) => void): void {
  onMount(() => {
    void page.applyUrl(location.search);
    void (async () => {
      try {
        const db = await startEngine(new URL(`${assets}/data/`, location.href));
        page.connect(cachedEngine(db.engine));
      } catch (e) {
        onError(e instanceof Error ? e.message : String(e));
      }
    })();
  });
  afterNavigate(({ type }) => {
    if (type !== 'enter') void page.applyUrl(location.search);
  });
}
