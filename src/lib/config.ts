/**
 * Unknown input (the URL's query string) → a typed view, with a notice for everything dropped.
 * Downstream code takes a `ViewConfig` and never re-validates. Defaults stand beside each field.
 */
import { groupCode, parseGroups, setGroupParams } from './groups/group';
import type { GroupRefusal, OwnGroup } from './groups/group';

export const MODES = ['absolute', 'per1000', 'indexed'] as const;
export type Mode = (typeof MODES)[number];

/** line (one chart), panels (small multiples, one per region) or dumbbell (start year → end year). */
export const CHART_KINDS = ['line', 'panels', 'dumbbell'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** The panels' y axis: one for all (compare levels) or one per panel (compare shapes). */
export const Y_SCALES = ['shared', 'free'] as const;
export type YScale = (typeof Y_SCALES)[number];

/** More lines than this stop being readable in one chart. */
export const MAX_REGIONS = 10;

export interface ViewConfig {
  /** Indicator id from the catalogue. Default: population. */
  indicator: string;
  /** Region codes, in the order the user picked them. Default: the Moss region's three kommuner. */
  regions: string[];
  /** absolute | per1000 (per 1 000 inhabitants) | indexed (base year = 100). Default: absolute. */
  mode: Mode;
  /** Base year of the indexed mode; null = the first year every region has a value. */
  base: number | null;
  /** URL `view`: how the regions are drawn. Default: line. */
  chart: ChartKind;
  /** URL `y`, panels only. Default: shared. */
  y: YScale;
  /** URL `from`/`to`, dumbbell only; null = the first / last year every region has a value. */
  from: number | null;
  to: number | null;
  /** URL `g1` … `g5`: the user's own regions, by slot; in the comparison when `egen-N` is in `regions`. Default: none. */
  groups: OwnGroup[];
}

/** What the numbers depend on; the rest of a view only changes how they are drawn. */
export type SeriesView = Pick<ViewConfig, 'indicator' | 'regions' | 'mode' | 'base'> &
  Partial<Pick<ViewConfig, 'groups'>>;

export const DEFAULT_VIEW: ViewConfig = {
  indicator: 'befolkning',
  regions: ['3103', '3112', '3114'],
  mode: 'absolute',
  base: null,
  chart: 'line',
  y: 'shared',
  from: null,
  to: null,
  groups: [],
};

/** Something in the URL that could not be used, said to the user (see i18n `notice`). */
export type Notice =
  | { kind: 'unknown-indicator'; value: string }
  /** Every unknown code of one link in one notice (a link with 5 000 of them gets one, not 5 000). */
  | { kind: 'unknown-region'; values: string[]; count: number }
  | { kind: 'too-many-regions'; dropped: string[] }
  | { kind: 'invalid-mode'; value: string }
  | { kind: 'invalid-base'; value: string }
  /** An own region in the link that could not be used (src/lib/groups); the rest of the view stands. */
  | ({ kind: 'invalid-group' } & GroupRefusal);

export interface Known {
  indicators: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

const CODE = /^[A-Za-z0-9-]{1,40}$/;
/** Unknown codes named in the notice; the rest are counted. */
const SHOWN_UNKNOWN = 5;

/** Parses `?indicator=…&regions=a,b&mode=…&base=…&view=…&y=…&from=…&to=…`; never throws. */
export function parseView(params: URLSearchParams, known: Known): { view: ViewConfig; notices: Notice[] } {
  const notices: Notice[] = [];

  // Own regions first: their codes are known regions of this link. Members are 2024 kommuner, the
  // regions with four-digit codes.
  const { groups, refused } = parseGroups(params, (code) => known.regions.has(code));
  for (const r of refused) notices.push({ kind: 'invalid-group', ...r });
  const groupCodes = new Set(groups.map((g) => groupCode(g.slot)));
  const isKnownRegion = (code: string) => known.regions.has(code) || groupCodes.has(code);

  let indicator = DEFAULT_VIEW.indicator;
  const rawIndicator = params.get('indicator');
  if (rawIndicator !== null) {
    if (known.indicators.has(rawIndicator)) indicator = rawIndicator;
    else notices.push({ kind: 'unknown-indicator', value: rawIndicator.slice(0, 60) });
  }

  let regions = DEFAULT_VIEW.regions.filter((c) => known.regions.has(c));
  const rawRegions = params.get('regions');
  if (rawRegions !== null) {
    const picked: string[] = [];
    const unknown: string[] = [];
    for (const raw of rawRegions.split(',')) {
      const code = raw.trim();
      if (code === '') continue;
      if (!CODE.test(code) || !isKnownRegion(code)) {
        unknown.push(code.slice(0, 60));
      } else if (!picked.includes(code)) {
        picked.push(code);
      }
    }
    if (unknown.length)
      notices.push({
        kind: 'unknown-region',
        values: [...new Set(unknown)].slice(0, SHOWN_UNKNOWN),
        count: new Set(unknown).size,
      });
    if (picked.length > MAX_REGIONS) {
      notices.push({ kind: 'too-many-regions', dropped: picked.slice(MAX_REGIONS) });
    }
    regions = picked.slice(0, MAX_REGIONS);
  }

  let mode: Mode = DEFAULT_VIEW.mode;
  const rawMode = params.get('mode');
  if (rawMode !== null) {
    if ((MODES as readonly string[]).includes(rawMode)) mode = rawMode as Mode;
    else notices.push({ kind: 'invalid-mode', value: rawMode.slice(0, 60) });
  }

  let base: number | null = DEFAULT_VIEW.base;
  const rawBase = params.get('base');
  if (rawBase !== null && rawBase !== '') {
    const year = Number(rawBase);
    if (/^\d{4}$/.test(rawBase) && year >= 1900 && year <= 2100) base = year;
    else notices.push({ kind: 'invalid-base', value: rawBase.slice(0, 60) });
  }

  // The drawing is a presentation choice, not data: a value we do not know silently means the default.
  const chart = oneOf(CHART_KINDS, params.get('view')) ?? DEFAULT_VIEW.chart;
  const y = chart === 'panels' ? (oneOf(Y_SCALES, params.get('y')) ?? DEFAULT_VIEW.y) : DEFAULT_VIEW.y;
  let from = chart === 'dumbbell' ? yearOf(params.get('from')) : null;
  let to = chart === 'dumbbell' ? yearOf(params.get('to')) : null;
  // A span that runs backwards or stands still answers no «since when» question.
  if (from !== null && to !== null && from >= to) from = to = null;

  // A base year only means something when indexed; keeping it otherwise would make two URLs of one view.
  return {
    view: { indicator, regions, mode, base: mode === 'indexed' ? base : null, chart, y, from, to, groups },
    notices,
  };
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return (values as readonly string[]).includes(raw ?? '') ? (raw as T) : null;
}

function yearOf(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** The inverse of `parseView`: only non-default fields are written, so links stay short. */
export function viewToParams(view: ViewConfig): URLSearchParams {
  const p = new URLSearchParams();
  p.set('indicator', view.indicator);
  p.set('regions', view.regions.join(','));
  if (view.mode !== 'absolute') p.set('mode', view.mode);
  if (view.mode === 'indexed' && view.base !== null) p.set('base', String(view.base));
  if (view.chart !== 'line') p.set('view', view.chart);
  if (view.chart === 'panels' && view.y !== 'shared') p.set('y', view.y);
  if (view.chart === 'dumbbell' && view.from !== null) p.set('from', String(view.from));
  if (view.chart === 'dumbbell' && view.to !== null) p.set('to', String(view.to));
  setGroupParams(p, view.groups);
  return p;
}
