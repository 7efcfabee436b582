/**
 * The embed's own URL parameters, on top of the view's (src/lib/config.ts):
 * - `theme=auto|light|dark` — auto (the default) follows the host page's colours when framed (host-theme.ts),
 *   the reader's system when opened alone;
 * - `lang=nb|nn|en` — the language of the embed's words and numbers (nb, the default, is left out);
 * - `v=<data version>` — an archived embed, pinned to manifest.json's `version`. Its data is read
 *   from `embed/data/<version>/` (see src/routes/embed/data), never from the live folder, so an
 *   archived chart can only ever show the numbers it was published with.
 */
import { DEFAULT_VIEW, parseView, viewToParams } from '../config';
import type { ViewConfig } from '../config';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.svelte';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The pipeline's version is a hex content hash; anything else cannot name a hosted folder. */
export const VERSION_PATTERN = /^[0-9a-f]{6,64}$/;

export interface EmbedParams {
  theme: Theme;
  /** The pinned data version as written in the URL (trimmed to 64 characters), or null when live. */
  version: string | null;
  /** False when `v` is present but could not be a version; the embed then shows nothing but a message. */
  versionValid: boolean;
}

export function parseEmbedParams(params: URLSearchParams): EmbedParams {
  const rawTheme = params.get('theme');
  const theme: Theme = (THEMES as readonly string[]).includes(rawTheme ?? '') ? (rawTheme as Theme) : 'auto';
  const rawVersion = params.get('v');
  if (rawVersion === null || rawVersion === '') return { theme, version: null, versionValid: true };
  const version = rawVersion.slice(0, 64);
  return { theme, version, versionValid: VERSION_PATTERN.test(rawVersion) };
}

/** The query string of an embed: the view's parameters, then theme (unless auto), language (unless nb) and the pinned version. */
export function embedSearch(
  view: ViewConfig,
  options: { theme?: Theme; version?: string | null; lang?: Lang } = {},
): URLSearchParams {
  const p = viewToParams(view);
  if (options.theme && options.theme !== 'auto') p.set('theme', options.theme);
  if (options.lang && options.lang !== DEFAULT_LANG) p.set('lang', options.lang);
  if (options.version) p.set('v', options.version);
  return p;
}

/** Query strings keep commas readable (`regions=3103,3112`): they are legal there and easier to edit by hand. */
export function readableSearch(p: URLSearchParams): string {
  return p.toString().replace(/%2C/gi, ',');
}

/** Where the files of a pinned data version are hosted, relative to the site's root folder. */
export function versionedDataPath(version: string): string {
  return `embed/data/${version}/`;
}

/**
 * Whether a query string names exactly `view`. Decided on the URL alone, before any catalogue is
 * known (the prerendered page carries only the default view's regions): every code in the URL counts
 * as known here, so a real code that is not in `view` makes it another view, never a dropped one.
 */
export function namesView(search: string, view: ViewConfig): boolean {
  const p = new URLSearchParams(search);
  const known = {
    indicators: new Set([p.get('indicator') ?? '', DEFAULT_VIEW.indicator]),
    regions: new Set([
      ...(p.get('regions') ?? '').split(',').map((c) => c.trim()),
      ...DEFAULT_VIEW.regions,
      // Own regions' members (`g1=Navn:3103,3112`) count as known too.
      ...[...p.entries()].flatMap(([k, v]) =>
        /^g\d+$/.test(k) ? v.slice(v.lastIndexOf(':') + 1).split(',') : [],
      ),
    ]),
  };
  return viewToParams(parseView(p, known).view).toString() === viewToParams(view).toString();
}
