/**
 * One target against its actual series: everything a target view shows, computed once.
 * Where the data cannot measure the target, `missing` says so in words and no status is made up.
 */
import type { Indicator } from '../schema';
import type { Target } from './model';
import { isProgress, progress, projection, targetPath } from './arithmetic';
import type { Point, Progress, ProjectionPoint } from './arithmetic';

export interface TargetView {
  target: Target;
  actual: Point[];
  progress: Progress | null;
  path: { year: number; value: number }[] | null;
  projection: ProjectionPoint[] | null;
  /** Why the target cannot be measured with the data at hand, and how to get that data. */
  missing: string | null;
}

export function evaluateTarget(target: Target, actual: Point[], indicator: Indicator, regionName: string): TargetView {
  const p = progress(target, actual);
  const withValue = actual.filter((a) => a.value !== null).map((a) => a.year);
  const span = withValue.length ? `${Math.min(...withValue)}–${Math.max(...withValue)}` : null;
  const fetchHint = 'Med internett kan hele landet hentes fra SSB med «npm run data:fetch» (tabellene i data/sources/ssb.json), som også bygger dataene på nytt.';
  if (!isProgress(p)) {
    const missing =
      span === null
        ? `Datasettet har ingen tall for «${indicator.name_nb}» i ${regionName}, så målet kan ikke måles ennå. ${fetchHint}`
        : p.reason === 'no-base'
          ? `Datasettet har «${indicator.name_nb}» for ${regionName} bare for ${span}, ikke for basisåret ${p.year}. ${fetchHint}`
          : `Datasettet har «${indicator.name_nb}» for ${regionName} bare for ${span}, ingen år etter basisåret ${p.year}. ${fetchHint}`;
    return { target, actual, progress: null, path: null, projection: null, missing };
  }
  const sinceBase = actual.filter((a) => a.year >= target.base_year);
  return {
    target,
    actual,
    progress: p,
    path: targetPath(target, p.base),
    projection: projection(sinceBase, target.end_year),
    missing: null
  };
}

/** Key of the actual series a target is measured on. */
export function seriesKey(indicator: string, region: string): string {
  return `${indicator}|${region}`;
}
