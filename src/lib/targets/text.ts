/**
 * The words a target view shows: status, gap, paces, projection, the target itself — all from the
 * evaluated numbers, formatted the Norwegian way.
 */
import { formatNumber } from '../i18n/format';
import { t } from '../i18n';
import type { Target } from './model';
import type { TargetView } from './evaluate';

function signed(v: number, digits = 0): string {
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(Math.abs(v), digits)}`;
}

export function describeTarget(target: Target): string {
  if (target.kind === 'rate') return t.targets.kinds.rate(formatNumber(target.amount * 100, 1));
  if (target.kind === 'end') return t.targets.kinds.end(signed(target.amount), target.end_year);
  return t.targets.kinds.per_year(signed(target.amount));
}

export interface TargetTexts {
  status: string;
  gap: string | null;
  required: string | null;
  achieved: string | null;
  trend: string | null;
}

export function targetTexts(view: TargetView, unit: string): TargetTexts {
  const p = view.progress;
  if (!p) return { status: t.targets.unmeasurable, gap: null, required: null, achieved: null, trend: null };
  const gapRounded = Math.round(p.gap);
  const gap = gapRounded === 0 ? t.targets.onPath(p.latestYear) : t.targets.gap(formatNumber(Math.abs(gapRounded)), unit, gapRounded > 0, p.latestYear);
  const required = p.requiredPace === null ? t.targets.reached(view.target.end_year) : t.targets.required(signed(p.requiredPace), view.target.end_year);
  const achieved = t.targets.achieved(signed(p.paceSinceBase), view.target.base_year, p.paceLast3 === null ? null : signed(p.paceLast3));
  const last = view.projection?.[view.projection.length - 1];
  const trend = last ? t.targets.trend(`${formatNumber(last.value)} (${formatNumber(last.low)}–${formatNumber(last.high)})`, last.year) : null;
  return { status: t.targets.status[p.status] ?? p.status, gap, required, achieved, trend };
}
