/**
 * The copy-paste code of the embed dialog. Both variants work on a host page with a strict
 * Content-Security-Policy: no inline script and no style attribute (a `style-src 'self'` host would
 * drop it); the one script is hosted by Regionpuls and the iframe's size comes from presentational
 * attributes, which CSP does not govern.
 */
import type { ViewConfig } from '../config';
import { groupParam } from '../groups/group';
import { embedSearch, readableSearch } from './params';
import type { Theme } from './params';
import type { Lang } from '../i18n/lang.svelte';

export interface SnippetInput {
  /** Absolute URL of the /embed page, without a query string. */
  embedPage: string;
  /** Absolute URL of static/embed/regionpuls.js. */
  scriptUrl: string;
  view: ViewConfig;
  theme: Theme;
  /** The pinned data version for an archived embed; null for a live one. */
  version: string | null;
  /** The embed's language; bokmål when absent. */
  lang?: Lang;
  /** Short title, the iframe's `title`. */
  title: string;
  /** The chart's generated description: the iframe's accessible name (alt text). */
  description: string;
  /** Height before the embed reports its own, in CSS pixels. */
  height: number;
}

/** Escapes text for a double-quoted HTML attribute. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedUrl(
  input: Pick<SnippetInput, 'embedPage' | 'view' | 'theme' | 'version' | 'lang'>,
): string {
  const options = { theme: input.theme, version: input.version, ...(input.lang ? { lang: input.lang } : {}) };
  return `${input.embedPage}?${readableSearch(embedSearch(input.view, options))}`;
}

function iframeTag(input: SnippetInput): string {
  // `data-regionpuls` marks the frames the host script may resize; `loading=lazy` keeps a chart far
  // down an article from costing anything until it is scrolled to.
  return (
    `<iframe src="${attr(embedUrl(input))}" title="${attr(input.title)}" aria-label="${attr(input.description)}"` +
    ` width="100%" height="${Math.round(input.height)}" frameborder="0" loading="lazy" data-regionpuls></iframe>`
  );
}

function scriptTag(input: SnippetInput): string {
  return `<script src="${attr(input.scriptUrl)}" async></script>`;
}

/** (a) A responsive iframe plus the script that sets its height from the embed's messages. */
export function iframeSnippet(input: SnippetInput): string {
  return `${iframeTag(input)}\n${scriptTag(input)}`;
}

/**
 * (b) The `<regionpuls-chart>` element. Its attributes say which chart it is and are the ones to
 * edit; the iframe inside is the fallback a browser shows when the script is blocked or JavaScript
 * is off (the element adopts that iframe rather than loading a second one).
 */
export function componentSnippet(input: SnippetInput): string {
  const attrs: [string, string][] = [
    ['indicator', input.view.indicator],
    ['regions', input.view.regions.join(',')],
  ];
  if (input.view.mode !== 'absolute') attrs.push(['mode', input.view.mode]);
  if (input.view.mode === 'indexed' && input.view.base !== null)
    attrs.push(['base', String(input.view.base)]);
  if (input.theme !== 'auto') attrs.push(['theme', input.theme]);
  if (input.lang && input.lang !== 'nb') attrs.push(['lang', input.lang]);
  if (input.version) attrs.push(['v', input.version]);
  // Own regions are part of what the chart shows: an edited `regions` attribute still finds them.
  for (const g of input.view.groups) attrs.push([`g${g.slot}`, groupParam(g)]);
  const open = `<regionpuls-chart ${attrs.map(([k, v]) => `${k}="${attr(v)}"`).join(' ')}>`;
  return `${open}\n  ${iframeTag(input)}\n</regionpuls-chart>\n${scriptTag(input)}`;
}
