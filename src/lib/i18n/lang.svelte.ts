/**
 * The active language, read from `lang=` in the URL. Held in a rune so every template and `$derived`
 * that reads a string re-runs when the reader switches language. Pages are prerendered in bokmål and
 * switch after hydration; `nb` is the default and is left out of links.
 */
export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';
/** Each language named in itself, as language menus do, so a reader finds their own. */
export const LANG_NAMES: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** `lang=` from a URL; anything unknown means bokmål, silently (a link is never refused for it). */
export function parseLang(value: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : DEFAULT_LANG;
}

const active = $state({ lang: DEFAULT_LANG as Lang });

export function activeLang(): Lang {
  return active.lang;
}

export function setLang(lang: Lang): void {
  active.lang = lang;
}

/**
 * `href` with the active language added (or `lang` removed for bokmål), other parameters and the hash
 * kept. Relative hrefs are resolved against `base` (defaults to the current page in the browser).
 */
export function withLang(href: string | URL, lang: Lang = active.lang, base?: string): URL {
  const url = new URL(href, base ?? (typeof location === 'undefined' ? 'http://localhost/' : location.href));
  if (lang === DEFAULT_LANG && !url.searchParams.has('lang')) return url;
  if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  // Editing searchParams re-encodes the whole query; links keep their lists readable (regions=3103,3112).
  url.search = url.search.replace(/%2C/gi, ',');
  return url;
}

/**
 * Pages that run no script (region reports, `/dekning`) are prerendered once per language under
 * `/<lang>/…` (src/params/lang.ts); every other page takes `lang=`.
 */
const PATH_LANG_PAGE = /^\/(?:region\/|dekning(?:$|[?#]))/;

/**
 * An app path (`/region/3403`, `/pendling?region=3401`) in `lang`: a language segment for the pages
 * that run no script, `lang=` for the others, unchanged in bokmål.
 * @example langPath('/region/3403', 'nn') // '/nn/region/3403'
 */
export function langPath(path: string, lang: Lang = active.lang): string {
  if (lang === DEFAULT_LANG) return path;
  if (PATH_LANG_PAGE.test(path)) return `/${lang}${path}`;
  const hash = path.indexOf('#');
  const [head, tail] = hash < 0 ? [path, ''] : [path.slice(0, hash), path.slice(hash)];
  return `${head}${head.includes('?') ? '&' : '?'}lang=${lang}${tail}`;
}

/** Whether a pathname already names its language in a segment (`/en/dekning`). */
export function hasLangSegment(pathname: string): boolean {
  return LANG_SEGMENT.test(pathname);
}

/** A language segment before a page that has one (`/nn/region/…`, `/en/dekning`). */
const LANG_SEGMENT = /(?:^|\/)(nn|en)\/(?:region\/|dekning$)/;

/**
 * The language a link asks for: its path segment on the pages that have one (`/nn/region/egen-1?g1=…`,
 * an own region's report, runs script and must not fall back to bokmål for want of `lang=`), else `lang=`.
 */
export function linkLang(url: { pathname: string; search: string }): Lang {
  const segment = LANG_SEGMENT.exec(url.pathname)?.[1];
  return parseLang(segment ?? new URLSearchParams(url.search).get('lang'));
}
