/** How each ranking measure is written: «+10,5 %», «+1 226», «541,3», «17 550» (English «+10.5%»). */
import { formatNumber } from '../i18n/format';
import { activeLang } from '../i18n/lang.svelte';
import type { RankMeasure } from './rank';

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

/** `growthDigits`: decimals of a percentage (2 where a band's edge and a value must not round alike). */
export function formatMeasure(value: number | null, measure: RankMeasure, growthDigits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (measure === 'growth')
    return `${signed(formatNumber(value * 100, growthDigits), value)}${activeLang() === 'en' ? '%' : '\u00a0%'}`;
  if (measure === 'change') return signed(formatNumber(value, Number.isInteger(value) ? 0 : 1), value);
  if (measure === 'per1000') return formatNumber(value, 1);
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}
