/**
 * One target against its actual series: everything a target view shows, computed once.
 * Where the data cannot measure the target, `missing` says what is missing in words and no status is
 * made up; a reported result gets its check against the statistics instead of a status.
 */
import type { Indicator } from '../schema';
import { SUMMABLE_UNITS, regionParts } from './model';
import type { Target } from './model';
import { isProgress, progress, projection, targetPath } from './arithmetic';
import type { Point, Progress, ProjectionPoint } from './arithmetic';
import { assessByRatio, unassessable } from './ratio';
import type { RatioAssessment } from './ratio';
import { checkReported } from './reported';
import type { ReportedCheck } from './reported';
import { indicatorName, t } from '../i18n';
import { yearList } from './text';
import { regionLabel } from '../definitions/regions';
import type { RegionNaming } from '../definitions/regions';

export interface TargetView {
  target: Target;
  actual: Point[];
  progress: Progress | null;
  path: { year: number; value: number }[] | null;
  projection: ProjectionPoint[] | null;
  /** Progress by the Eurostat / Open SDG ratio method; `cannot_assess` for reported results. */
  assessment: RatioAssessment;
  /** For `reported` entries: the statistics over the reported period. */
  reported: ReportedCheck | null;
  /** Why the target cannot be measured with the data at hand, in t.targetWords. */
  missing: string | null;
  /** Says so when the path starts after the base year because the base year has no value. */
  baseNote: string | null;
}

function span(actual: readonly Point[]): string | null {
  const years = actual.filter((a) => a.value !== null).map((a) => a.year);
  return years.length ? yearList(years) : null;
}

/** A target that cannot be looked up at all (unknown region or indicator): shown with `message`. */
export function cannotMeasure(target: Target, message: string): TargetView {
  return {
    target,
    actual: [],
    progress: null,
    path: null,
    projection: null,
    assessment: unassessable('too-few'),
    reported: null,
    missing: message,
    baseNote: null,
  };
}

export function evaluateTarget(
  target: Target,
  actual: Point[],
  indicator: Indicator,
  regionName: string,
): TargetView {
  const what = t.targetFile.what(indicatorName(indicator), regionName);
  const has = span(actual);
  if (target.kind === 'reported') {
    const reported = checkReported(target, actual);
    const period = `${target.base_year}–${target.end_year}`;
    const missing =
      reported.years.length === 0
        ? t.targetWords.reportedNoData(what, period, has)
        : reported.change === null
          ? t.targetWords.reportedOneYear(what, reported.years[0]!.year, period)
          : null;
    return { ...cannotMeasure(target, ''), actual, reported, missing };
  }
  const p = progress(target, actual);
  const assessment = assessByRatio(target, actual);
  if (!isProgress(p)) {
    const missing =
      has === null
        ? t.targetWords.noData(what)
        : p.reason === 'no-base'
          ? t.targetWords.noDataFromBase(what, has, target.base_year, target.end_year)
          : t.targetWords.oneYearOnly(what, p.year, target.end_year);
    return {
      target,
      actual,
      progress: null,
      path: null,
      projection: null,
      assessment,
      reported: null,
      missing,
      baseNote: null,
    };
  }
  const sinceStart = actual.filter((a) => a.year >= p.start.year);
  return {
    target,
    actual,
    progress: p,
    path: targetPath(target, p.start),
    projection: projection(sinceStart, target.end_year),
    assessment,
    reported: null,
    missing: null,
    baseNote: p.start.fallback ? t.targetWords.baseFallback(target.base_year, p.start.year) : null,
  };
}

/** Key of the actual series a target is measured on. */
export function seriesKey(indicator: string, region: string): string {
  return `${indicator}|${region}`;
}

/**
 * Why a target cannot even be looked up — an indicator or region code the data does not have, or a
 * sum of regions over a unit that does not add up — in words; null when it can.
 */
export function lookupProblem(
  target: Target,
  regionCodes: ReadonlySet<string>,
  indicators: ReadonlyMap<string, Indicator>,
): string | null {
  const indicator = indicators.get(target.indicator);
  if (!indicator) return t.targetWords.unknownIndicator(target.indicator);
  const unknown = regionParts(target.region).filter((c) => !regionCodes.has(c));
  if (unknown.length) return t.targetWords.unknownRegion(unknown);
  if (regionParts(target.region).length > 1 && !SUMMABLE_UNITS.has(indicator.unit))
    return t.targetWords.notSummable(indicator.unit);
  return null;
}

/**
 * Where a target is, as its page names it: the user's own region by its name, else each region's
 * label («Kongsvinger (BA-region)») in the language being read, a sum's parts joined by " + ".
 */
export function targetPlace(target: Target, regions: readonly RegionNaming[]): string {
  if (target.own_region) return target.own_region;
  return targetRegionName(target.region, (code) => {
    const region = regions.find((r) => r.code === code);
    return region && regionLabel(region);
  });
}

/** The name of a target's region, or of each part of a sum joined by " + ". */
export function targetRegionName(region: string, nameOf: (code: string) => string | undefined): string {
  return regionParts(region)
    .map((c) => nameOf(c) ?? c)
    .join(' + ');
}
