import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';
import type { Messages } from './nb';
import { activeLang } from './lang.svelte';

export type { Messages };
export { formatNumber, formatShare, formatPercent, formatSigned, digitsFor, digitsForUnit } from './format';
export {
  LANGS,
  LANG_NAMES,
  DEFAULT_LANG,
  parseLang,
  activeLang,
  setLang,
  withLang,
  langPath,
  hasLangSegment,
  linkLang,
} from './lang.svelte';
export type { Lang } from './lang.svelte';
export {
  indicatorSource,
  indicatorTable,
  indicatorDefinition,
  indicatorBreakNote,
  sourceName,
} from './data-text';

/** The three catalogues, one `Messages` shape: a missing or extra key is a type error here. */
export const catalogues: Record<'nb' | 'nn' | 'en', Messages> = { nb, nn, en };

/**
 * The active catalogue. Each property read goes through the language rune, so a template showing
 * `t.nav.label` re-renders when the language changes.
 */
export const t: Messages = new Proxy(nb, {
  get: (_, key) => catalogues[activeLang()][key as keyof Messages],
});

/** An indicator's unit («personer») in the active language; an unknown unit as written. */
export function unitName(unit: string): string {
  return (t.units as Record<string, string>)[unit] ?? unit;
}

/** The indicator's display name in the active language. */
export function indicatorName(ind: { name_nb: string; name_nn: string; name_en: string }): string {
  const lang = activeLang();
  return lang === 'nn' ? ind.name_nn : lang === 'en' ? ind.name_en : ind.name_nb;
}
