/**
 * A reported result ("the project gave about 740 jobs 2013–2017") held up against the statistics:
 * which years of the period the statistics cover, and the net change between the first and last of
 * them. It says what the data can and cannot tell — never a status, since a net change in all jobs
 * neither confirms nor refutes what one project created.
 */
import type { Target } from './model';
import { observed } from './arithmetic';
import type { Point } from './arithmetic';

export interface ReportedCheck {
  /** The reported change and the years it covers. */
  claimed: number;
  from: number;
  to: number;
  /** The statistics' values within the period. */
  years: { year: number; value: number }[];
  /** Years of the period without a value. */
  missingYears: number[];
  /** Net change from the first to the last year with a value; null with fewer than two. */
  change: { from: number; to: number; value: number } | null;
}

export function checkReported(target: Target, series: readonly Point[]): ReportedCheck {
  const values = observed(series);
  const years: { year: number; value: number }[] = [];
  const missingYears: number[] = [];
  for (let y = target.base_year; y <= target.end_year; y++) {
    const v = values.get(y);
    if (v === undefined) missingYears.push(y);
    else years.push({ year: y, value: v });
  }
  const first = years[0];
  const last = years[years.length - 1];
  return {
    claimed: target.amount,
    from: target.base_year,
    to: target.end_year,
    years,
    missingYears,
    change:
      first && last && last.year > first.year
        ? { from: first.year, to: last.year, value: last.value - first.value }
        : null,
  };
}
