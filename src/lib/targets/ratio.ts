/**
 * Progress classified by the ratio method Eurostat uses in its SDG monitoring and Statistics Canada
 * documents for Open SDG (open-sdg/open-sdg, docs/progress-methodology.md): the compound annual growth
 * rate achieved from the base year to the latest observation, divided by the rate needed from the base
 * year to reach the end-year target value on time.
 *
 *   CAGR_observed = (y_latest / y_base)^(1 / (t_latest − t_base)) − 1
 *   CAGR_required = (y_target / y_base)^(1 / (t_end − t_base)) − 1
 *   R = CAGR_observed / CAGR_required
 *
 * Target met when the latest value has reached the target value; otherwise on track (R ≥ 95 %),
 * progress but must speed up (60 % ≤ R < 95 %), limited progress (0 ≤ R < 60 %), wrong direction
 * (R < 0); cannot assess with fewer than two observations or a value that is not positive (the growth
 * model needs positive values).
 */
import type { Target } from './model';
import { direction, observed, pathStart, pathValue } from './arithmetic';
import type { PathStart, Point } from './arithmetic';

export const PROGRESS_CLASSES = [
  'met',
  'on_track',
  'speed_up',
  'limited',
  'wrong_direction',
  'cannot_assess',
] as const;
export type ProgressClass = (typeof PROGRESS_CLASSES)[number];

/** Lower bounds of R for "on track" and "progress but must speed up" (Eurostat / Open SDG). */
export const RATIO_ON_TRACK = 0.95;
export const RATIO_SPEED_UP = 0.6;

export interface RatioAssessment {
  class: ProgressClass;
  /** R as a fraction (0.82 = 82 %); null when met with no growth needed, or when it cannot be assessed. */
  ratio: number | null;
  observedRate: number | null;
  requiredRate: number | null;
  start: PathStart | null;
  /** The observation R is measured at: the latest at or before the end year. */
  at: { year: number; value: number } | null;
  targetValue: number | null;
  /** Why it cannot be assessed. */
  why: 'too-few' | 'not-positive' | null;
}

const cagr = (from: number, to: number, years: number) => Math.pow(to / from, 1 / years) - 1;

/** The assessment of something that cannot be assessed (too few observations, or not a target at all). */
export function unassessable(
  why: 'too-few' | 'not-positive',
  start: PathStart | null = null,
  at: RatioAssessment['at'] = null,
  targetValue: number | null = null,
): RatioAssessment {
  return {
    class: 'cannot_assess',
    ratio: null,
    observedRate: null,
    requiredRate: null,
    start,
    at,
    targetValue,
    why,
  };
}

/** Classifies a target's progress by the ratio method; a `reported` entry is never classified. */
export function assessByRatio(target: Target, series: readonly Point[]): RatioAssessment {
  if (target.kind === 'reported') return unassessable('too-few');
  const values = observed(series.filter((p) => p.year <= target.end_year));
  const start = pathStart(target, values);
  if (start === null) return unassessable('too-few');
  const lastYear = Math.max(...values.keys());
  if (lastYear <= start.year) return unassessable('too-few', start);
  const at = { year: lastYear, value: values.get(lastYear)! };
  const targetValue = pathValue(target, start, target.end_year);
  if (start.value <= 0 || at.value <= 0 || targetValue <= 0)
    return unassessable('not-positive', start, at, targetValue);

  const observedRate = cagr(start.value, at.value, at.year - start.year);
  const requiredRate = cagr(start.value, targetValue, target.end_year - start.year);
  const d = direction(start.value, targetValue);
  const base = { observedRate, requiredRate, start, at, targetValue, why: null };
  if (d * (at.value - targetValue) >= 0)
    return { class: 'met', ratio: requiredRate === 0 ? null : observedRate / requiredRate, ...base };
  // A target that asks to hold the level and is below it has moved the wrong way (R would be −∞).
  if (requiredRate === 0) return { class: 'wrong_direction', ratio: null, ...base };
  const ratio = observedRate / requiredRate;
  const cls: ProgressClass =
    ratio >= RATIO_ON_TRACK
      ? 'on_track'
      : ratio >= RATIO_SPEED_UP
        ? 'speed_up'
        : ratio >= 0
          ? 'limited'
          : 'wrong_direction';
  return { class: cls, ratio, ...base };
}
