/**
 * The life of a page whose state lives in the URL and whose data comes from the engine: read the URL
 * when the page mounts and after every navigation within it, and start the engine in the browser (never
 * during prerendering). Call during component initialisation.
 */
import { onMount } from 'svelte';
import { afterNavigate, goto } from '$app/navigation';
import { assets } from '$app/paths';
import { cachedEngine } from '../db/cache';
import { startEngine, type StartedEngine } from '../db/start';
import type { Engine } from '../db/engine';
import { errorText } from '../i18n/errors';
import { linkLang, setLang, withLang } from '../i18n';

export interface UrlPage {
  applyUrl(search: string): Promise<void>;
  connect(engine: Engine): void;
}

/**
 * Takes the link's language before the page reads the rest of its URL. The layout applies it too, but
 * after the pages' own mount (a parent's effects run after its children's), so a page's notices would
 * otherwise be worded in bokmål and stay so. The page is hydrated by then, so the words simply update.
 */
function takeLinkLanguage(): void {
  setLang(linkLang(location));
}

/** Reads the URL when the page mounts and after every navigation within it. */
export function followUrl(page: Pick<UrlPage, 'applyUrl'>): void {
  onMount(() => {
    takeLinkLanguage();
    void page.applyUrl(location.search);
  });
  afterNavigate(({ type }) => {
    if (type === 'enter') return;
    takeLinkLanguage();
    void page.applyUrl(location.search);
  });
}

/**
 * Goes to another state of the same page (`href` is `?…`): a control changed, so focus and scroll stay
 * where they are, and the reader's language stays in the link.
 */
export function goWithin(href: string, options: { replaceState?: boolean } = {}): Promise<void> {
  return goto(withLang(href), { ...options, keepFocus: true, noScroll: true });
}

/** Follows the URL and starts the engine as soon as the page mounts. */
export function followUrlAndEngine(page: UrlPage, onError: (message: string) => void): void {
  followUrl(page);
  onMount(() => {
    sessionQueries().then(
      (engine) => page.connect(engine),
      (e: unknown) => onError(errorText(e)),
    );
  });
}

let session: Promise<StartedEngine> | null = null;
let queries: Promise<Engine> | null = null;

/**
 * The tab's engine: started by the first page that needs it and shared by every page after, so moving
 * between pages starts DuckDB once and keeps one query cache (identical queries are answered once). A
 * failed start is tried again on the next call.
 */
export function sessionEngine(): Promise<StartedEngine> {
  return (session ??= startEngine(new URL(`${assets}/data/`, location.href)).catch((e: unknown) => {
    session = null;
    throw e;
  }));
}

/** The tab's engine behind its query cache (see sessionEngine). */
function sessionQueries(): Promise<Engine> {
  return (queries ??= sessionEngine()
    .then((db) => cachedEngine(db.engine))
    .catch((e: unknown) => {
      queries = null;
      throw e;
    }));
}

/**
 * For pages whose first view needs no engine: the tab's engine, asked for only when first called.
 */
export function browserEngine(): () => Promise<Engine> {
  return sessionQueries;
}
