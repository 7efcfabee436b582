/**
 * Breaks in series and changes of source within one indicator's series. A break (SSB's employment
 * statistics changed source in 2015) means values on either side cannot be compared: lines are drawn in
 * separate segments and the break is named. A change of source (SSB 13472 → SSB 11618) is the same
 * concept from another table or release: the line continues, and the change is named, because levels
 * can differ by a few persons or per cent between releases.
 */

/** Which segment of a series a year lies in: 0 before the first break, 1 after it, … */
export function segmentOf(year: number, breaks: readonly number[]): number {
  return breaks.filter((b) => year >= b).length;
}

/** The break years a comparison from one year to another crosses (a break at `to` counts; at `from` not). */
export function breaksBetween(from: number, to: number, breaks: readonly number[]): number[] {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return breaks.filter((b) => b > lo && b <= hi);
}

export interface SourceChange {
  code: string;
  /** The first year with the new source. */
  year: number;
  from: string;
  to: string;
}

/**
 * Per region, every year whose figure comes from another source than the region's previous figure.
 * Rows without a value are skipped: a gap is not a change of source.
 */
export function sourceChanges(
  rows: readonly { region_code: string; year: number; value: number | null; source?: string }[],
  order: readonly string[],
): SourceChange[] {
  const out: SourceChange[] = [];
  for (const code of order) {
    const own = rows
      .filter((r) => r.region_code === code && r.value !== null && r.source)
      .sort((a, b) => a.year - b.year);
    for (let i = 1; i < own.length; i++) {
      const prev = own[i - 1]!;
      const cur = own[i]!;
      if (cur.source !== prev.source) out.push({ code, year: cur.year, from: prev.source!, to: cur.source! });
    }
  }
  return out;
}

/**
 * The same change of source in several regions (the usual case: a whole table starts a year) said once,
 * with the regions it concerns, in the order of first appearance.
 */
export function groupSourceChanges(
  changes: readonly SourceChange[],
): { codes: string[]; year: number; from: string; to: string }[] {
  const groups = new Map<string, { codes: string[]; year: number; from: string; to: string }>();
  for (const c of changes) {
    const key = `${c.year}|${c.from}|${c.to}`;
    const g = groups.get(key) ?? { codes: [], year: c.year, from: c.from, to: c.to };
    g.codes.push(c.code);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => a.year - b.year);
}

/** Source ids in a figure's `source` («11618», or «07459+07459-k2024» for a sum over kommuner from two sources). */
export function sourceIds(source: string): string[] {
  return source === '' ? [] : source.split('+');
}
