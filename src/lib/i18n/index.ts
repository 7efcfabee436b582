import { nb } from './nb';
import type { Messages } from './nb';

export type { Messages };
export { formatNumber, formatShare, digitsFor, digitsForUnit } from './format';

/** The active catalogue. Bokmål for now; nn and en plug in here with the same shape. */
export const t: Messages = nb;

/** The indicator's display name in the active language. */
export function indicatorName(ind: { name_nb: string; name_nn: string; name_en: string }): string {
  return t.locale === 'nb-NO' ? ind.name_nb : ind.name_en;
}
