/**
 * The words a target view shows: status, gap, paces, progress class, projection, the target itself, and
 * what the data cannot tell — all from the evaluated numbers, formatted the Norwegian way. Counts are
 * whole numbers; only growth rates and R carry decimals.
 */
import { formatNumber, formatSigned } from '../i18n/format';
import { t } from '../i18n';
import type { Target } from './model';
import type { TargetView } from './evaluate';
import type { PaceFromNow } from './arithmetic';
import type { RatioAssessment } from './ratio';
import type { ReportedCheck } from './reported';

const signed = formatSigned;

const percent = (fraction: number, digits = 1) => `${signed(fraction * 100, digits)} %`;

/** "2013–2015, 2017 og 2018": runs of consecutive years as spans, the rest listed. */
export function yearList(input: readonly number[]): string {
  const years = [...new Set(input)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${years[i]}–${years[j]}` : years.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  const parts = runs.join(', ').split(', ');
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} ${t.targetWords.and} ${parts[parts.length - 1]}`
    : (parts[0] ?? '');
}

/** «9999», «8888», «7777» og 4 997 til */
function sample(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((v) => `«${v.slice(0, 40)}»`);
  if (values.length > max) return t.targetWords.more(shown.join(', '), formatNumber(values.length - max));
  return shown.length > 1
    ? `${shown.slice(0, -1).join(', ')} ${t.targetWords.and} ${shown[shown.length - 1]}`
    : (shown[0] ?? '');
}

/** One notice for every target that cannot be looked up, however many there are; null when none. */
export function problemsNotice(
  targets: readonly Target[],
  indicators: ReadonlyMap<string, unknown>,
  regionCodes: ReadonlySet<string>,
): string | null {
  if (targets.length === 0) return null;
  const badIndicators = [...new Set(targets.map((x) => x.indicator).filter((i) => !indicators.has(i)))];
  const badRegions = [
    ...new Set(targets.flatMap((x) => x.region.split('+')).filter((c) => !regionCodes.has(c))),
  ];
  const why = [
    badRegions.length ? t.targetWords.badRegions(badRegions.length, sample(badRegions)) : '',
    badIndicators.length ? t.targetWords.badIndicators(badIndicators.length, sample(badIndicators)) : '',
  ].filter(Boolean);
  return t.targetWords.problems(targets.length, formatNumber(targets.length), why);
}

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'rate':
      return t.targets.kinds.rate(formatNumber(target.amount * 100, 1));
    case 'end':
      return t.targets.kinds.end(signed(target.amount), target.end_year);
    case 'level':
      return t.targetWords.level(formatNumber(target.amount), target.end_year);
    case 'reported':
      return t.targetWords.reported(signed(target.amount), target.base_year, target.end_year);
    case 'per_year':
      return t.targets.kinds.per_year(signed(target.amount));
  }
}

export function paceFromNowText(p: PaceFromNow, unit: string): string {
  switch (p.kind) {
    case 'needed':
      return t.targetWords.needed(signed(p.perYear), p.fromYear, p.toYear, formatNumber(p.targetValue), unit);
    case 'met':
      return t.targetWords.alreadyMet(
        formatNumber(p.latest),
        unit,
        p.latestYear,
        p.direction > 0,
        formatNumber(p.targetValue),
        p.toYear,
      );
    case 'missed':
      return t.targetWords.missed(
        p.toYear,
        formatNumber(p.latest),
        unit,
        p.latestYear,
        formatNumber(p.targetValue),
      );
  }
}

export function ratioText(a: RatioAssessment, endYear: number): string {
  const label = t.targetWords.progress[a.class]!;
  if (a.observedRate === null || a.requiredRate === null || !a.start || !a.at) return label;
  const r = a.ratio === null ? '' : `R = ${formatNumber(a.ratio * 100, 0)} %: `;
  return t.targetWords.ratio(
    label,
    r,
    percent(a.observedRate, 2),
    a.start.year,
    a.at.year,
    percent(a.requiredRate, 2),
    endYear,
  );
}

export function reportedTexts(r: ReportedCheck, what: string, unit: string): string[] {
  const out = [t.targetWords.reportedClaim(signed(r.claimed), r.from, r.to)];
  if (!r.change) return out;
  const first = r.years[0]!;
  const last = r.years[r.years.length - 1]!;
  out.push(
    t.targetWords.statistics(
      what,
      signed(r.change.value),
      unit,
      r.change.from,
      r.change.to,
      formatNumber(first.value),
      formatNumber(last.value),
    ),
  );
  const before = r.missingYears.filter((y) => y < first.year);
  const after = r.missingYears.filter((y) => y > last.year);
  if (before.length) out.push(t.targetWords.unchecked(yearList(before), r.from, first.year));
  if (after.length) out.push(t.targetWords.unchecked(yearList(after), last.year, r.to));
  out.push(t.targetWords.caveatReported);
  return out;
}

export interface TargetTexts {
  status: string;
  gap: string | null;
  fromNow: string | null;
  achieved: string | null;
  trend: string | null;
  progressClass: string;
  ratio: string | null;
}

export function targetTexts(view: TargetView, unit: string): TargetTexts {
  const p = view.progress;
  const progressClass = t.targetWords.progress[view.assessment.class]!;
  // A reported target, or one the data cannot measure: a status, and nothing computed to show.
  const statusOnly = (status: string): TargetTexts => ({
    status,
    gap: null,
    fromNow: null,
    achieved: null,
    trend: null,
    progressClass,
    ratio: null,
  });
  if (view.target.kind === 'reported') return statusOnly(t.targetWords.reportedStatus);
  if (!p) return statusOnly(t.targets.unmeasurable);
  const gapRounded = Math.round(p.gap);
  const gap =
    gapRounded === 0
      ? t.targets.onPath(p.latestYear)
      : t.targets.gap(formatNumber(Math.abs(gapRounded)), unit, gapRounded > 0, p.latestYear);
  const achieved = t.targets.achieved(
    signed(p.paceSinceBase),
    p.start.year,
    p.paceLast3 === null ? null : signed(p.paceLast3),
  );
  const last = view.projection?.[view.projection.length - 1];
  const trend = last
    ? t.targets.trend(
        `${formatNumber(last.value)} (${formatNumber(last.low)}–${formatNumber(last.high)})`,
        last.year,
      )
    : null;
  return {
    status: t.targets.status[p.status] ?? p.status,
    gap,
    fromNow: paceFromNowText(p.fromNow, unit),
    achieved,
    trend,
    progressClass,
    ratio: ratioText(view.assessment, view.target.end_year),
  };
}
