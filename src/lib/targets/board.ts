/**
 * The targets page's cards: every target measured on its series, or the reason it cannot be (an
 * unknown code or indicator, a series that failed to load), and the cards grouped side by side by
 * indicator and form so neighbours can be compared; targets with a lookup problem form a group of
 * their own. A target whose series has not arrived yet gets no card until it does.
 */
import type { Indicator } from '../schema';
import type { Point } from './arithmetic';
import { cannotMeasure, evaluateTarget, seriesKey } from './evaluate';
import type { TargetView } from './evaluate';
import type { Target } from './model';

/** The series loaded so far by «indicator|region» key, and the message for each that failed. */
export interface LoadedSeries {
  series: Readonly<Record<string, Point[]>>;
  errors: Readonly<Record<string, string>>;
}

/** `problems`: each target's lookup problem by id (evaluate.ts lookupProblem), null where there is none. */
export function measureTargets(
  targets: readonly Target[],
  problems: ReadonlyMap<string, string | null>,
  loaded: LoadedSeries,
  indicatorOf: (id: string) => Indicator | undefined,
  regionName: (target: Target) => string,
): TargetView[] {
  return targets.flatMap((target): TargetView[] => {
    const problem = problems.get(target.id);
    if (problem) return [cannotMeasure(target, problem)];
    const key = seriesKey(target.indicator, target.region);
    if (loaded.errors[key]) return [cannotMeasure(target, loaded.errors[key])];
    const actual = loaded.series[key];
    return actual ? [evaluateTarget(target, actual, indicatorOf(target.indicator)!, regionName(target))] : [];
  });
}

/** Groups in first-seen order, keyed «indicator|kind», or «problem» for targets that cannot be looked up. */
export function groupTargetViews(
  views: readonly TargetView[],
  problems: ReadonlyMap<string, string | null>,
): { key: string; list: TargetView[] }[] {
  const byKey = new Map<string, TargetView[]>();
  for (const v of views) {
    const key = problems.get(v.target.id) ? 'problem' : `${v.target.indicator}|${v.target.kind}`;
    byKey.set(key, [...(byKey.get(key) ?? []), v]);
  }
  return [...byKey.entries()].map(([key, list]) => ({ key, list }));
}
