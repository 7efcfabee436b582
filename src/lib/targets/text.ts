/**
 * The words a target view shows: status, gap, paces, progress class, projection, the target itself, and
 * what the data cannot tell — all from the evaluated numbers, formatted the Norwegian way. Counts are
 * whole numbers; only growth rates and R carry decimals.
 */
import { formatNumber } from '../i18n/format';
import { t } from '../i18n';
import type { Target } from './model';
import type { TargetView } from './evaluate';
import type { PaceFromNow } from './arithmetic';
import type { ProgressClass, RatioAssessment } from './ratio';
import type { ReportedCheck } from './reported';

export function signed(v: number, digits = 0): string {
  const rounded = Number(v.toFixed(digits));
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${formatNumber(Math.abs(rounded), digits)}`;
}

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
    ? `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`
    : (parts[0] ?? '');
}

export const PROGRESS_LABEL: Record<ProgressClass, string> = {
  met: 'Målet er nådd',
  on_track: 'I rute',
  speed_up: 'Framgang, men må øke takten',
  limited: 'Begrenset framgang',
  wrong_direction: 'Feil retning',
  cannot_assess: 'Kan ikke vurderes',
};

/** Fixed sentences and sentence builders that are not in the message catalogue. */
export const words = {
  method:
    'Framdriften vurderes med forholdstallsmetoden som Eurostat bruker i sin SDG-overvåking og Statistics Canada dokumenterer for Open SDG: R er den årlige vekstraten oppnådd fra grunnåret til siste år med tall, delt på vekstraten som trengs fra grunnåret for å nå målet i målåret – i rute når R er minst 95 %, framgang men må øke takten ved 60–95 %, begrenset framgang ved 0–60 % og feil retning under 0; med færre enn to år med tall kan den ikke vurderes.',
  reportedNote:
    'Et rapportert resultat er ikke et mål og får ingen status: her vises hva statistikken sier om de samme årene.',
  caveatReported:
    'Statistikken viser netto endring for hele regionen uansett årsak; den kan verken bekrefte eller avkrefte hvor mye av endringen som skyldes tiltaket.',
  baseFallback: (base: number, start: number) =>
    `Grunnåret ${base} mangler i statistikken; banen starter fra ${start}, første år med tall.`,
  noData: (what: string) =>
    `Regionpuls har ennå ingen tall for ${what}, så målet kan ikke måles. Det som mangler, er tall fra grunnåret og framover.`,
  noDataFromBase: (what: string, has: string, base: number, end: number) =>
    `Regionpuls har tall for ${what} bare for ${has}, ikke for noe år fra grunnåret ${base} til målåret ${end}, så målet kan ikke måles ennå.`,
  oneYearOnly: (what: string, year: number, end: number) =>
    `Regionpuls har tall for ${what} bare for ${year} fram til målåret ${end}; det trengs minst to år med tall for å måle framgangen.`,
  reportedNoData: (what: string, period: string, has: string | null) =>
    `Regionpuls har ingen tall for ${what} for ${period}${has ? ` (bare for ${has})` : ''}, så det rapporterte resultatet kan ikke holdes opp mot statistikken.`,
  reportedOneYear: (what: string, year: number, period: string) =>
    `Regionpuls har tall for ${what} bare for ${year} i perioden ${period}, så endringen kan ikke beregnes.`,
  unknownIndicator: (id: string) =>
    `Indikatoren «${id}» finnes ikke i Regionpuls, så målet kan ikke måles. Velg en indikator fra listen når du redigerer målet.`,
  unknownRegion: (codes: readonly string[]) =>
    `${codes.length === 1 ? 'Regionkoden' : 'Regionkodene'} ${codes.map((c) => `«${c}»`).join(', ')} finnes ikke i Regionpuls, så målet kan ikke måles. Kommuner og fylker har numrene fra 2024 (for eksempel 3103 for Moss).`,
  unknownTarget: (id: string) =>
    `Målet «${id.slice(0, 80)}» finnes ikke her. Det kan være slettet, eller lenken kan være skrevet feil eller laget i en annen nettleser uten målene. Alle målene som finnes, står under.`,
  seriesFailed: 'Tallene for dette målet kunne ikke hentes. Last siden på nytt for å prøve igjen.',
  notSummable: (unit: string) =>
    `Målet gjelder en sum av regioner, men tall målt i «${unit}» kan ikke legges sammen.`,
};

/** «9999», «8888», «7777» og 4 997 til */
function sample(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((v) => `«${v.slice(0, 40)}»`);
  if (values.length > max) return `${shown.join(', ')} og ${formatNumber(values.length - max)} til`;
  return shown.length > 1
    ? `${shown.slice(0, -1).join(', ')} og ${shown[shown.length - 1]}`
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
    badRegions.length
      ? `regionkode${badRegions.length > 1 ? 'ne' : 'n'} ${sample(badRegions)} finnes ikke i Regionpuls`
      : '',
    badIndicators.length
      ? `indikator${badIndicators.length > 1 ? 'ene' : 'en'} ${sample(badIndicators)} finnes ikke i Regionpuls`
      : '',
  ].filter(Boolean);
  const n = targets.length === 1 ? 'Ett mål' : `${formatNumber(targets.length)} mål`;
  return `${n} kan ikke måles${why.length ? `: ${why.join(', og ')}` : ''}. ${targets.length === 1 ? 'Det vises' : 'De vises'} under «Mål som ikke kan måles» med en forklaring.`;
}

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'rate':
      return t.targets.kinds.rate(formatNumber(target.amount * 100, 1));
    case 'end':
      return t.targets.kinds.end(signed(target.amount), target.end_year);
    case 'level':
      return `${formatNumber(target.amount)} i ${target.end_year}`;
    case 'reported':
      return `rapportert ${signed(target.amount)} for ${target.base_year}–${target.end_year}`;
    case 'per_year':
      return t.targets.kinds.per_year(signed(target.amount));
  }
}

export function paceFromNowText(p: PaceFromNow, unit: string): string {
  switch (p.kind) {
    case 'needed':
      return `Takt som trengs fra nå: ${signed(p.perYear)} per år fra ${p.fromYear} til ${p.toYear} for å nå ${formatNumber(p.targetValue)} ${unit}.`;
    case 'met':
      return `Målet er allerede nådd: ${formatNumber(p.latest)} ${unit} i ${p.latestYear} er ${p.direction > 0 ? 'over' : 'under'} målverdien ${formatNumber(p.targetValue)} for ${p.toYear}.`;
    case 'missed':
      return `Målåret ${p.toYear} er passert uten at målet ble nådd: ${formatNumber(p.latest)} ${unit} i ${p.latestYear} mot målet ${formatNumber(p.targetValue)}.`;
  }
}

export function ratioText(a: RatioAssessment, endYear: number): string {
  const label = PROGRESS_LABEL[a.class];
  if (a.observedRate === null || a.requiredRate === null || !a.start || !a.at) return label;
  const r = a.ratio === null ? '' : `R = ${formatNumber(a.ratio * 100, 0)} %: `;
  return `${label} (${r}vekst ${percent(a.observedRate, 2)} i året ${a.start.year}–${a.at.year}, mot ${percent(a.requiredRate, 2)} i året som trengs ${a.start.year}–${endYear})`;
}

export function reportedTexts(r: ReportedCheck, what: string, unit: string): string[] {
  const out = [`Rapportert: ${signed(r.claimed)} for ${r.from}–${r.to}.`];
  if (!r.change) return out;
  const first = r.years[0]!;
  const last = r.years[r.years.length - 1]!;
  out.push(
    `Statistikken: ${what} endret seg med ${signed(r.change.value)} ${unit} fra ${r.change.from} til ${r.change.to} (fra ${formatNumber(first.value)} til ${formatNumber(last.value)}).`,
  );
  const before = r.missingYears.filter((y) => y < first.year);
  const after = r.missingYears.filter((y) => y > last.year);
  if (before.length)
    out.push(
      `Statistikken har ikke tall for ${yearList(before)}, så endringen fra ${r.from} til ${first.year} kan ikke kontrolleres.`,
    );
  if (after.length)
    out.push(
      `Statistikken har ikke tall for ${yearList(after)}, så endringen fra ${last.year} til ${r.to} kan ikke kontrolleres.`,
    );
  out.push(words.caveatReported);
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
  const progressClass = PROGRESS_LABEL[view.assessment.class];
  if (view.target.kind === 'reported')
    return {
      status: 'Rapportert resultat',
      gap: null,
      fromNow: null,
      achieved: null,
      trend: null,
      progressClass,
      ratio: null,
    };
  if (!p)
    return {
      status: t.targets.unmeasurable,
      gap: null,
      fromNow: null,
      achieved: null,
      trend: null,
      progressClass,
      ratio: null,
    };
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
