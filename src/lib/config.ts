/**
 * Unknown input (the URL's query string) → a typed view, with a notice for everything dropped.
 * Downstream code takes a `ViewConfig` and never re-validates. Defaults stand beside each field.
 */

export const MODES = ['absolute', 'per1000', 'indexed'] as const;
export type Mode = (typeof MODES)[number];

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
}

export const DEFAULT_VIEW: ViewConfig = {
  indicator: 'befolkning',
  regions: ['3103', '3112', '3114'],
  mode: 'absolute',
  base: null,
};

/** Something in the URL that could not be used, said to the user (see i18n `notice`). */
export type Notice =
  | { kind: 'unknown-indicator'; value: string }
  /** Every unknown code of one link in one notice (a link with 5 000 of them gets one, not 5 000). */
  | { kind: 'unknown-region'; values: string[]; count: number }
  | { kind: 'too-many-regions'; dropped: string[] }
  | { kind: 'invalid-mode'; value: string }
  | { kind: 'invalid-base'; value: string };

export interface Known {
  indicators: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

const CODE = /^[A-Za-z0-9-]{1,40}$/;
/** Unknown codes named in the notice; the rest are counted. */
const SHOWN_UNKNOWN = 5;

/** Parses `?indicator=…&regions=a,b&mode=…&base=…`; never throws. */
export function parseView(params: URLSearchParams, known: Known): { view: ViewConfig; notices: Notice[] } {
  const notices: Notice[] = [];

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
      if (!CODE.test(code) || !known.regions.has(code)) {
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

  // A base year only means something when indexed; keeping it otherwise would make two URLs of one view.
  return { view: { indicator, regions, mode, base: mode === 'indexed' ? base : null }, notices };
}

/** The inverse of `parseView`: only non-default fields are written, so links stay short. */
export function viewToParams(view: ViewConfig): URLSearchParams {
  const p = new URLSearchParams();
  p.set('indicator', view.indicator);
  p.set('regions', view.regions.join(','));
  if (view.mode !== 'absolute') p.set('mode', view.mode);
  if (view.mode === 'indexed' && view.base !== null) p.set('base', String(view.base));
  return p;
}
