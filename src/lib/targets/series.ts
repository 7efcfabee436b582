/**
 * The actual series a target is measured on, on either engine: one region's series, or for a sum of
 * regions ("kongsvingerregionen+3419") the yearly sum — only in years where every part has a value,
 * since a sum with a part missing would look like a fall.
 */
import type { Engine } from '../db/engine';
import { loadSeries } from '../state/load';
import type { Point } from './arithmetic';
import { regionParts } from './model';

/** Yearly sums over parts; a year is null unless every part has a value. */
export function sumSeries(parts: readonly (readonly Point[])[]): Point[] {
  const years = [...new Set(parts.flatMap((p) => p.map((x) => x.year)))].sort((a, b) => a - b);
  const byPart = parts.map((p) => new Map(p.map((x) => [x.year, x.value])));
  return years.map((year) => {
    const values = byPart.map((m) => m.get(year) ?? null);
    return {
      year,
      value: values.every((v): v is number => v !== null) ? values.reduce((s, v) => s + v, 0) : null,
    };
  });
}

export async function loadTargetSeries(engine: Engine, indicator: string, region: string): Promise<Point[]> {
  const parts = regionParts(region);
  const { rows } = await loadSeries(engine, { indicator, regions: parts, mode: 'absolute', base: null });
  const of = (code: string) =>
    rows.filter((r) => r.region_code === code).map((r) => ({ year: r.year, value: r.value }));
  return parts.length === 1 ? of(parts[0]!) : sumSeries(parts.map(of));
}
