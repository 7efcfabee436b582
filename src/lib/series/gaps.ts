/**
 * Where data is missing in what the chart shows, per region, so the page can say it in words:
 * no data at all, a shorter span than the others, or holes inside the span.
 */
export interface RegionGaps {
  code: string;
  /** No value in any year. */
  empty: boolean;
  first: number | null;
  last: number | null;
  /** Years inside the chart's span without a value for this region. */
  missingYears: number[];
}

/** Years inside the span of the data for which no region has a value (e.g. no 2023 population). */
export function commonGaps(rows: readonly { year: number; y: number | null }[]): number[] {
  const years = new Set(rows.filter((r) => r.y !== null).map((r) => r.year));
  if (years.size === 0) return [];
  const out: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) if (!years.has(y)) out.push(y);
  return out;
}

/** Per region, the years missing among those where some other region has a value. */
export function findGaps(
  rows: readonly { region_code: string; year: number; y: number | null }[],
  regions: readonly string[],
): RegionGaps[] {
  const present = rows.filter((r) => r.y !== null);
  const allYears = [...new Set(present.map((r) => r.year))].sort((a, b) => a - b);
  return regions.map((code) => {
    const years = new Set(present.filter((r) => r.region_code === code).map((r) => r.year));
    const sorted = [...years].sort((a, b) => a - b);
    return {
      code,
      empty: years.size === 0,
      first: sorted[0] ?? null,
      last: sorted[sorted.length - 1] ?? null,
      missingYears: years.size === 0 ? [] : allYears.filter((y) => !years.has(y)),
    };
  });
}

/** "2011–2014, 2019": consecutive years folded into ranges. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | null = null;
  let prev: number | null = null;
  for (const y of [...years].sort((a, b) => a - b)) {
    if (start === null) start = y;
    else if (y !== prev! + 1) {
      parts.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = y;
    }
    prev = y;
  }
  if (start !== null) parts.push(start === prev ? `${start}` : `${start}–${prev}`);
  return parts.join(', ');
}
