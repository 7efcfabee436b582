/**
 * Target arithmetic: the target path from the base year, the gap to it, the status with its rule,
 * the pace achieved and the pace needed from now, and a projection of the recent trend. Pure functions
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

/** Where the target path starts: a year and the actual value that year. */
export interface PathStart {
  year: number;
  value: number;
  /** True when the base year has no value and the path starts from the first later year that has one. */
  fallback: boolean;
}

/** Years with a value, as a map. */
export function observed(series: readonly Point[]): Map<number, number> {
  return new Map(
    series
      .filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value))
      .map((p) => [p.year, p.value]),
  );
}

/**
 * The base year's value; when the base year has none, the first later year before the end year that
 * has one (the rule Open SDG uses for a missing base year), marked as a fallback so the UI says so.
 */
export function pathStart(target: Target, values: ReadonlyMap<number, number>): PathStart | null {
  const base = values.get(target.base_year);
  if (base !== undefined) return { year: target.base_year, value: base, fallback: false };
  const later = [...values.keys()]
    .filter((y) => y > target.base_year && y < target.end_year)
    .sort((a, b) => a - b)[0];
  return later === undefined ? null : { year: later, value: values.get(later)!, fallback: true };
}

/**
 * The target's value in `year` on the path from its start. A path that starts after the base year
 * keeps the target's pace (per year, rate, or the end change spread over the whole period); a level
 * target still aims at its level in the end year.
 */
export function pathValue(target: Target, start: { year: number; value: number }, year: number): number {
  const n = year - start.year;
  switch (target.kind) {
    case 'per_year':
      return start.value + target.amount * n;
    case 'rate':
      return start.value * Math.pow(1 + target.amount, n);
    case 'end':
      return start.value + (target.amount * n) / (target.end_year - target.base_year);
    case 'level':
      return start.value + ((target.amount - start.value) * n) / (target.end_year - start.year);
    case 'reported':
      throw new Error(`invalid kind: ${target.id} is a reported result and has no target path`);
  }
}

/** The path year by year from its start to the end year, inclusive. */
export function targetPath(
  target: Target,
  start: { year: number; value: number },
): { year: number; value: number }[] {
  const out: { year: number; value: number }[] = [];
  for (let y = start.year; y <= target.end_year; y++)
    out.push({ year: y, value: pathValue(target, start, y) });
  return out;
}

/**
 * The pace needed from the latest observation to the end-year value, or why none is needed: the target
 * is already reached (never shown as a negative "required pace"), or the end year is past without it.
 */
export type PaceFromNow =
  | { kind: 'needed'; perYear: number; fromYear: number; toYear: number; targetValue: number }
  | {
      kind: 'met';
      latest: number;
      latestYear: number;
      targetValue: number;
      toYear: number;
      direction: 1 | -1;
    }
  | { kind: 'missed'; latest: number; latestYear: number; targetValue: number; toYear: number };

export interface Progress {
  /** Where the path starts (the base year, or the first later year with a value). */
  start: PathStart;
  latestYear: number;
  latest: number;
  /** Actual minus path, every year from the start to the latest with a value. */
  gaps: { year: number; actual: number; path: number; gap: number }[];
  /** Gap in the latest year: positive = ahead of the path. */
  gap: number;
  status: TargetStatus;
  /** Half-width of the on-track band in the latest year, in the indicator's unit. */
  tolerance: number;
  endValue: number;
  /** +1 when the target asks for more, −1 when it asks for less. */
  direction: 1 | -1;
  fromNow: PaceFromNow;
  /** Average change per year achieved since the start. */
  paceSinceBase: number;
  /** Average change per year over the last 3 years; null without a value 3 years back. */
  paceLast3: number | null;
}

/** Why a target cannot be measured (yet): the UI says this instead of a status. */
export type Unmeasurable = { reason: 'no-base'; year: number } | { reason: 'no-later-data'; year: number };

/** +1 when the end value is above the start (or equal: "hold the level"), −1 below. */
export function direction(start: number, endValue: number): 1 | -1 {
  return endValue < start ? -1 : 1;
}

/** Progress up to the end year: a value after the end year does not measure the target. */
export function progress(target: Target, series: readonly Point[]): Progress | Unmeasurable {
  const values = observed(series.filter((p) => p.year <= target.end_year));
  const start = pathStart(target, values);
  if (start === null) return { reason: 'no-base', year: target.base_year };
  const later = [...values.keys()].filter((y) => y > start.year).sort((a, b) => a - b);
  const latestYear = later[later.length - 1];
  if (latestYear === undefined) return { reason: 'no-later-data', year: start.year };
  const latest = values.get(latestYear)!;

  const gaps = [start.year, ...later].map((year) => {
    const actual = values.get(year)!;
    const path = pathValue(target, start, year);
    return { year, actual, path, gap: actual - path };
  });
  const pathAtLatest = pathValue(target, start, latestYear);
  const gap = latest - pathAtLatest;
  const tolerance = Math.abs(pathAtLatest - start.value) * ON_TRACK_TOLERANCE;
  const status: TargetStatus = gap > tolerance ? 'ahead' : gap < -tolerance ? 'behind' : 'on_track';
  const endValue = pathValue(target, start, target.end_year);
  const d = direction(start.value, endValue);
  const back3 = values.get(latestYear - 3);
  const fromNow: PaceFromNow =
    d * (latest - endValue) >= 0
      ? { kind: 'met', latest, latestYear, targetValue: endValue, toYear: target.end_year, direction: d }
      : latestYear >= target.end_year
        ? { kind: 'missed', latest, latestYear, targetValue: endValue, toYear: target.end_year }
        : {
            kind: 'needed',
            perYear: (endValue - latest) / (target.end_year - latestYear),
            fromYear: latestYear,
            toYear: target.end_year,
            targetValue: endValue,
          };

  return {
    start,
    latestYear,
    latest,
    gaps,
    gap,
    status,
    tolerance,
    endValue,
    direction: d,
    fromNow,
    paceSinceBase: (latest - start.value) / (latestYear - start.year),
    paceLast3: back3 === undefined ? null : (latest - back3) / 3,
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
