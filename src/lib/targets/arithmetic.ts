/**
 * Target arithmetic: the target path from the base year, the gap to it, the status with its rule,
 * the pace achieved and the pace now required, and a projection of the recent trend. Pure functions
 * of a target and the actual series; every number the UI shows about a target comes from here.
 */
import type { Target } from './model';

export interface Point {
  year: number;
  value: number | null;
}

export type TargetStatus = 'ahead' | 'on_track' | 'behind';

/** The share of the path's required change that counts as "on track" either side of the path. */
export const ON_TRACK_TOLERANCE = 0.1;

/** The target's value in `year` on the path from the base-year value. */
export function pathValue(target: Target, base: number, year: number): number {
  const n = year - target.base_year;
  switch (target.kind) {
    case 'per_year':
      return base + target.amount * n;
    case 'rate':
      return base * Math.pow(1 + target.amount, n);
    case 'end':
      return base + (target.amount * n) / (target.end_year - target.base_year);
  }
}

/** The path year by year from the base year to the end year, inclusive. */
export function targetPath(target: Target, base: number): { year: number; value: number }[] {
  const out: { year: number; value: number }[] = [];
  for (let y = target.base_year; y <= target.end_year; y++) out.push({ year: y, value: pathValue(target, base, y) });
  return out;
}

export interface Progress {
  base: number;
  latestYear: number;
  latest: number;
  /** Actual minus path, every year from the base year to the latest with a value. */
  gaps: { year: number; actual: number; path: number; gap: number }[];
  /** Gap in the latest year: positive = ahead of the path. */
  gap: number;
  status: TargetStatus;
  /** Half-width of the on-track band in the latest year, in the indicator's unit. */
  tolerance: number;
  endValue: number;
  /** Average change per year needed from the latest year to reach the end value; null once the end year has data. */
  requiredPace: number | null;
  /** Average change per year achieved since the base year. */
  paceSinceBase: number;
  /** Average change per year over the last 3 years; null without a value 3 years back. */
  paceLast3: number | null;
}

/** Why a target cannot be measured (yet): the UI says this instead of a status. */
export type Unmeasurable = { reason: 'no-base'; year: number } | { reason: 'no-later-data'; year: number };

export function progress(target: Target, series: readonly Point[]): Progress | Unmeasurable {
  const values = new Map(series.filter((p) => p.value !== null).map((p) => [p.year, p.value as number]));
  const base = values.get(target.base_year);
  if (base === undefined) return { reason: 'no-base', year: target.base_year };
  const later = [...values.keys()].filter((y) => y > target.base_year).sort((a, b) => a - b);
  const latestYear = later[later.length - 1];
  if (latestYear === undefined) return { reason: 'no-later-data', year: target.base_year };
  const latest = values.get(latestYear)!;

  const gaps = [target.base_year, ...later].map((year) => {
    const actual = values.get(year)!;
    const path = pathValue(target, base, year);
    return { year, actual, path, gap: actual - path };
  });
  const pathAtLatest = pathValue(target, base, latestYear);
  const gap = latest - pathAtLatest;
  const tolerance = Math.abs(pathAtLatest - base) * ON_TRACK_TOLERANCE;
  const status: TargetStatus = gap > tolerance ? 'ahead' : gap < -tolerance ? 'behind' : 'on_track';
  const endValue = pathValue(target, base, target.end_year);
  const back3 = values.get(latestYear - 3);

  return {
    base,
    latestYear,
    latest,
    gaps,
    gap,
    status,
    tolerance,
    endValue,
    requiredPace: latestYear < target.end_year ? (endValue - latest) / (target.end_year - latestYear) : null,
    paceSinceBase: (latest - base) / (latestYear - target.base_year),
    paceLast3: back3 === undefined ? null : (latest - back3) / 3
  };
}

export function isProgress(p: Progress | Unmeasurable): p is Progress {
  return !('reason' in p);
}

/** Two-sided 80 % Student t quantiles (0.9) by degrees of freedom; beyond 30, the normal 1.2816. */
const T80 = [NaN, 3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372];

export interface ProjectionPoint {
  year: number;
  value: number;
  low: number;
  high: number;
}

/**
 * The recent trend carried forward: the least-squares slope over the last `window` years with a
 * value (at least 3), drawn from the last actual value to `toYear`, with an 80 % band whose width
 * grows with the horizon h as sqrt(h·s² + h²·s²/Sxx) — year-to-year noise plus the slope's own
 * uncertainty. Null when there are too few points or nothing to project.
 */
export function projection(series: readonly Point[], toYear: number, window = 6): ProjectionPoint[] | null {
  const pts = series
    .filter((p): p is { year: number; value: number } => p.value !== null)
    .sort((a, b) => a.year - b.year)
    .slice(-window);
  const n = pts.length;
  if (n < 3) return null;
  const { year: last, value: lastValue } = pts[n - 1]!;
  if (toYear <= last) return null;
  const mx = pts.reduce((s, p) => s + p.year, 0) / n;
  const my = pts.reduce((s, p) => s + p.value, 0) / n;
  const sxx = pts.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const slope = pts.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0) / sxx;
  const intercept = my - slope * mx;
  const s2 = pts.reduce((s, p) => s + (p.value - (intercept + slope * p.year)) ** 2, 0) / (n - 2);
  const t = T80[n - 2] ?? 1.2816;
  const out: ProjectionPoint[] = [];
  for (let year = last; year <= toYear; year++) {
    const h = year - last;
    const value = lastValue + slope * h;
    const half = t * Math.sqrt(h * s2 + (h * h * s2) / sxx);
    out.push({ year, value, low: value - half, high: value + half });
  }
  return out;
}

/** The slope the projection uses, for the one-sentence explanation in the UI. */
export function trendPerYear(series: readonly Point[], window = 6): number | null {
  const p = projection(series, Math.max(...series.map((s) => s.year)) + 1, window);
  return p && p.length > 1 ? p[1]!.value - p[0]!.value : null;
}
