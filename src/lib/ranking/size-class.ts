/**
 * Population size classes of kommuner, as in SSB's KOSTRA groupings by size (small < 5 000, medium
 * 5 000–19 999, large ≥ 20 000), with 50 000 and more split off so the towns are compared with towns.
 * A kommune's class is read from its population on 1 January of the ranking's end year
 * (SSB 07459 at 2024 borders), so one period ranks one fixed set of kommuner.
 */

export const SIZE_CLASSES = ['under-5000', '5000-19999', '20000-49999', '50000-plus'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export function isSizeClass(v: unknown): v is SizeClass {
  return typeof v === 'string' && (SIZE_CLASSES as readonly string[]).includes(v);
}

/** Inhabitants from `min` (inclusive) to `max` (exclusive; null = no upper bound). */
export interface SizeBounds {
  min: number;
  max: number | null;
}

const BOUNDS: Record<SizeClass, SizeBounds> = {
  'under-5000': { min: 0, max: 5000 },
  '5000-19999': { min: 5000, max: 20000 },
  '20000-49999': { min: 20000, max: 50000 },
  '50000-plus': { min: 50000, max: null },
};

export function sizeBounds(size: SizeClass): SizeBounds {
  return BOUNDS[size];
}
