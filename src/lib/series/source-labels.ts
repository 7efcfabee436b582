/**
 * How a figure's source is named on screen and in files, in the reader's language (the data names its
 * sources in bokmål; src/lib/i18n/data-text.ts has the others). Apart from load.ts, which also runs in
 * plain Node, because the language lives in a Svelte rune.
 */
import { sourceName } from '../i18n';
import type { IndicatorSourceRow } from '../schema';

/** How a figure's source is named: the label of each id, for the indicator it belongs to. */
export function sourceLabeller(
  sources: readonly IndicatorSourceRow[],
  indicator: string,
): (id: string) => string {
  const labels = new Map(sources.filter((s) => s.indicator === indicator).map((s) => [s.id, s.label]));
  // Named when called, so a view that changes language names its sources in the new one.
  return (id) => {
    const label = labels.get(id);
    return label === undefined ? id : sourceName(indicator, id, label);
  };
}
