/**
 * The actual series a target is measured on, on either engine: one region's series, or for a sum of
 * regions ("kongsvingerregionen+3419") the yearly sum — only in years where every part has a value,
 * since a sum with a part missing would look like a fall.
 */
import type { Engine } from '../db/engine';
import { loadSeries } from '../series/load';
import type { Point } from './arithmetic';
import { regionParts } from './model';
import { groupCode } from '../groups/group';

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

/**
 * The series a target is measured on. An own region (`ownRegion`, its name; `region` its members) is
 * summed by the series query's own-region sum, so one query serves up to 60 members on every engine.
 */
export async function loadTargetSeries(
  engine: Engine,
  indicator: string,
  region: string,
  ownRegion?: string,
): Promise<Point[]> {
  const parts = regionParts(region);
  if (ownRegion !== undefined) {
    const group = { slot: 1, name: ownRegion, members: parts };
    const { rows } = await loadSeries(engine, {
      indicator,
      regions: [groupCode(1)],
      mode: 'absolute',
      base: null,
      groups: [group],
    });
    return rows.map((r) => ({ year: r.year, value: r.value }));
  }
  const { rows } = await loadSeries(engine, { indicator, regions: parts, mode: 'absolute', base: null });
  const of = (code: string) =>
    rows.filter((r) => r.region_code === code).map((r) => ({ year: r.year, value: r.value }));
  return parts.length === 1 ? of(parts[0]!) : sumSeries(parts.map(of));
}
