/**
 * The shift-share page's state as it lives in the URL: `/skiftandel?region=4020&from=2015&to=2021`.
 * Unknown input → typed view plus notices (never throws). A real region outside the sector data
 * (any kommune outside Vestfold and Telemark) is kept, so the page can say why nothing is computed.
 */

export interface ShiftShareView {
  /** A kommune or fylke code. Default: '4003' Skien, Telemark's largest kommune. */
  region: string;
  /** Default: 2015, the first year after SSB's 2015 break in the employment statistics. */
  from: number;
  /** Default: 2021, the last year of the sector data. */
  to: number;
}

export const DEFAULT_SHIFT_SHARE: ShiftShareView = { region: '4003', from: 2015, to: 2021 };

export interface ShiftShareKnown {
  /** Codes of every region in the catalogue (the sector data covers only some of them). */
  regions: ReadonlySet<string>;
  /** First and last year of the sector data. */
  years: [number, number];
}

export function parseShiftShareView(
  params: URLSearchParams,
  known: ShiftShareKnown,
  messages: { unknown: (code: string) => string; badYears: string },
): { view: ShiftShareView; notices: string[] } {
  const notices: string[] = [];
  const view = { ...DEFAULT_SHIFT_SHARE };
  const region = params.get('region');
  if (region !== null) {
    if (known.regions.has(region)) view.region = region;
    else notices.push(messages.unknown(region.slice(0, 40)));
  }
  const year = (raw: string | null) => (raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : null);
  const from = year(params.get('from'));
  const to = year(params.get('to'));
  if (params.has('from') || params.has('to')) {
    const [first, last] = known.years;
    const f = from ?? view.from;
    const t = to ?? view.to;
    if (f >= first && t <= last && f < t) {
      view.from = f;
      view.to = t;
    } else notices.push(messages.badYears);
  }
  return { view, notices };
}

export function shiftShareViewToParams(view: ShiftShareView): URLSearchParams {
  return new URLSearchParams({ region: view.region, from: String(view.from), to: String(view.to) });
}
