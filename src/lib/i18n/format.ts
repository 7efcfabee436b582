/**
 * Number formatting in the active language: "49 273", "12,5" in nb and nn, "49,273", "12.5" in en. One
 * formatter per locale and digit count, made once.
 */
import { activeLang } from './lang.svelte';

const formatters = new Map<string, Intl.NumberFormat>();

export type Locale = 'nb-NO' | 'nn-NO' | 'en-GB';

const LOCALES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** The number locale of the active language. */
export function activeLocale(): Locale {
  return LOCALES[activeLang()];
}

function formatter(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** Formats a number, or returns `missing` for null/NaN (missing data is never shown as 0). */
export function formatNumber(
  value: number | null | undefined,
  digits = 0,
  locale: Locale = activeLocale(),
  missing = '–',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  return formatter(locale, digits).format(value);
}

/** Digits worth showing for a value of this size: whole persons, but 1 decimal for rates and indices. */
export function digitsFor(values: readonly (number | null)[]): number {
  const max = Math.max(
    0,
    ...values.filter((v): v is number => v !== null && Number.isFinite(v)).map(Math.abs),
  );
  return max >= 1000 ? 0 : max >= 10 ? 1 : 2;
}

/** Units that count whole things: a count is shown without decimals however small («176 foretak», not «176,0»). */
const COUNT_UNITS = new Set(['personer', 'foretak']);

/** Digits for values in `unit`: none for counts, otherwise by size (rates, indices, NOK million). */
export function digitsForUnit(unit: string, values: readonly (number | null)[]): number {
  return COUNT_UNITS.has(unit) ? 0 : digitsFor(values);
}

/** Digits for a chart's values: by unit as counted (absolute), by size for indices and per-1 000 rates. */
export function digitsForMode(mode: string, unit: string, values: readonly (number | null)[]): number {
  return mode === 'absolute' ? digitsForUnit(unit, values) : digitsFor(values);
}

/** A percentage already ×100 for readers: «25 %», English «25%». */
export function formatPercent(percent: number, digits = 0): string {
  return `${formatNumber(percent, digits)}${activeLang() === 'en' ? '%' : ' %'}`;
}

/**
 * A change with its sign, as rounded for display: «+1 226», «−3,5», and «±0» when it rounds to zero
 * (so a tiny fall never reads «−0»).
 */
export function formatSigned(value: number, digits = 0): string {
  const rounded = Number(value.toFixed(digits));
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${formatNumber(Math.abs(rounded), digits)}`;
}

/** A share (0.125) as a percentage for readers: «12,5 %» (English: «12.5%»); «–» when missing. */
export function formatShare(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatPercent(value * 100, digits);
}
