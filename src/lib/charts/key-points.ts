/**
 * The points a keyboard reader steps through on a chart (Chart.svelte): the same points and the same
 * tooltip words as the pointer's tip, in data coordinates, so the component places its highlight with
 * the drawn chart's own scales.
 */
export interface KeyPoint {
  /** The series (region code): ArrowUp/ArrowDown move between series, ArrowLeft/ArrowRight along one. */
  series: string;
  x: number;
  y: number;
  /** What the pointer's tooltip says for this point. */
  text: string;
}

/** The point a key moves to from `at` (an index into `points`, which are grouped by series, x ascending). */
export function stepKeyPoint(points: readonly KeyPoint[], at: number, key: string): number {
  const here = points[at];
  if (!here) return 0;
  const series = [...new Set(points.map((p) => p.series))];
  const inSeries = (s: string) => points.flatMap((p, i) => (p.series === s ? [i] : []));
  const mine = inSeries(here.series);
  const pos = mine.indexOf(at);
  switch (key) {
    case 'ArrowRight':
      return mine[Math.min(pos + 1, mine.length - 1)]!;
    case 'ArrowLeft':
      return mine[Math.max(pos - 1, 0)]!;
    case 'Home':
      return mine[0]!;
    case 'End':
      return mine[mine.length - 1]!;
    case 'ArrowDown':
    case 'ArrowUp': {
      const s = series.indexOf(here.series) + (key === 'ArrowDown' ? 1 : -1);
      const next = series[Math.min(Math.max(s, 0), series.length - 1)]!;
      // The same year in the next series, or the nearest it has.
      return inSeries(next).reduce((best, i) =>
        Math.abs(points[i]!.x - here.x) < Math.abs(points[best]!.x - here.x) ? i : best,
      );
    }
    default:
      return at;
  }
}
