/**
 * Shift-share analysis: splits a region's change in employment from year 0 to year 1 into what it
 * would have gained growing like the benchmark (national effect), what its mix of sectors adds or
 * takes away (industry-mix effect) and the rest (local, or regional, effect). Pure: no DB, no DOM.
 *
 * For sector i, with E the employed, r the region, N the benchmark and g growth as a fraction:
 *   national_i = E_r,i,0 × g_N
 *   mix_i      = E_r,i,0 × (g_N,i − g_N)
 *   local_i    = E_r,i,0 × (g_r,i − g_N,i)
 * summed over sectors; expected growth = national + mix, and national + mix + local = the actual change.
 * `local_i` is computed as (E_r,i,1 − E_r,i,0) − E_r,i,0 × g_N,i, which is the same where E_r,i,0 > 0
 * and keeps the sum exact where a sector starts at 0 (Siljan has no county jobs in some years).
 *
 * @example shiftShare({ region: [{ sector: 'Privat sektor', start: 100, end: 110 }], benchmark: … })
 */

/** Employed persons in one sector in the start and end year; null = missing or suppressed. */
export interface SectorEmployment {
  sector: string;
  start: number | null;
  end: number | null;
}

/** The change split into its three effects (persons); national + mix + local = actual. */
interface Effects {
  start: number;
  end: number;
  actual: number;
  national: number;
  mix: number;
  local: number;
}

export interface SectorEffects extends Effects {
  sector: string;
  /** The benchmark's growth in this sector, as a fraction. */
  benchmarkGrowth: number;
}

export interface ShiftShare extends Effects {
  status: 'ok';
  /** national + mix: the change had every sector grown as in the benchmark. */
  expected: number;
  /** The benchmark's growth over all sectors, as a fraction. */
  benchmarkGrowth: number;
  sectors: SectorEffects[];
}

/** Why no shift-share can be computed: the sectors (in the region or the benchmark) lacking a figure. */
export interface ShiftShareMissing {
  status: 'missing';
  region: string[];
  benchmark: string[];
}

export function isShiftShare(v: ShiftShare | ShiftShareMissing): v is ShiftShare {
  return v.status === 'ok';
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The three effects for `region` against `benchmark`, sector by sector and summed. Every sector of
 * the benchmark must have both years in both (a suppressed cell would make any sum wrong), and the
 * benchmark's start must be above 0 in every sector (its growth rate must exist).
 */
export function shiftShare(input: {
  region: readonly SectorEmployment[];
  benchmark: readonly SectorEmployment[];
}): ShiftShare | ShiftShareMissing {
  const byRegion = new Map(input.region.map((s) => [s.sector, s]));
  const sectors = input.benchmark.map((b) => b.sector);
  const regionGaps = sectors.filter((s) => {
    const r = byRegion.get(s);
    return !r || r.start === null || r.end === null;
  });
  const benchmarkGaps = input.benchmark
    .filter((b) => b.start === null || b.end === null || b.start <= 0)
    .map((b) => b.sector);
  if (regionGaps.length || benchmarkGaps.length || sectors.length === 0)
    return { status: 'missing', region: regionGaps, benchmark: benchmarkGaps };

  const bStart = sum(input.benchmark.map((b) => b.start!));
  const bEnd = sum(input.benchmark.map((b) => b.end!));
  const gN = (bEnd - bStart) / bStart;
  const rows: SectorEffects[] = input.benchmark.map((b) => {
    const r = byRegion.get(b.sector)!;
    const start = r.start!;
    const end = r.end!;
    const gNi = (b.end! - b.start!) / b.start!;
    const actual = end - start;
    return {
      sector: b.sector,
      start,
      end,
      actual,
      national: start * gN,
      mix: start * (gNi - gN),
      local: actual - start * gNi,
      benchmarkGrowth: gNi,
    };
  });
  const national = sum(rows.map((s) => s.national));
  const mix = sum(rows.map((s) => s.mix));
  return {
    status: 'ok',
    start: sum(rows.map((s) => s.start)),
    end: sum(rows.map((s) => s.end)),
    actual: sum(rows.map((s) => s.actual)),
    national,
    mix,
    local: sum(rows.map((s) => s.local)),
    expected: national + mix,
    benchmarkGrowth: gN,
    sectors: rows,
  };
}
