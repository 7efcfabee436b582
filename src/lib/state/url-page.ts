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

/** Reads the URL when the page mounts and after every navigation within it. */
export function followUrl(page: Pick<UrlPage, 'applyUrl'>): void {
  onMount(() => {
    void page.applyUrl(location.search);
  });
  afterNavigate(({ type }) => {
    if (type !== 'enter') void page.applyUrl(location.search);
  });
}

/** Follows the URL and starts the engine as soon as the page mounts. */
export function followUrlAndEngine(page: UrlPage, onError: (message: string) => void): void {
  followUrl(page);
  onMount(() => {
    browserEngine()().then(
      (engine) => page.connect(engine),
      (e: unknown) => onError(e instanceof Error ? e.message : String(e)),
    );
  });
}

/**
 * The browser's engine, started on the first call (for pages whose first view needs none) and shared
 * by later calls; a failed start is tried again on the next call.
 */
export function browserEngine(): () => Promise<Engine> {
  let engine: Promise<Engine> | null = null;
  return () =>
    (engine ??= startEngine(new URL(`${assets}/data/`, location.href))
      .then((db) => cachedEngine(db.engine))
      .catch((e: unknown) => {
        engine = null;
        throw e;
      }));
}
