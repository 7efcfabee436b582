/** How each ranking measure is written in Norwegian: «+10,5 %», «+1 226», «541,3», «17 550». */
import { formatNumber } from '../i18n/format';
import type { RankMeasure } from './rank';

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

export function formatMeasure(value: number | null, measure: RankMeasure): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (measure === 'growth') return `${signed(formatNumber(value * 100, 1), value)} %`;
  if (measure === 'change') return signed(formatNumber(value, Number.isInteger(value) ? 0 : 1), value);
  if (measure === 'per1000') return formatNumber(value, 1);
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}
