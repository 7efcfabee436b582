/**
 * The one hook the benchmark (bench/) and the browser tests read: performance marks named
 * `regionpuls:<name>` and the object `window.__regionpuls`. Product code reports here and never reads
 * any of it back, so the hook can change without touching a view. What it holds:
 * - marks `first-chart` (the first live chart), `first-chart-before-hydration` (src/lib/first),
 *   `engine-start` and `engine-ready` — each set once per page load;
 * - `renders` and `lastRenderAt`: a count of chart draws and the last one's time, from which the
 *   benchmark measures interaction latency;
 * - `queries`: the last 500 engine calls (start, end, rows), to split data time from render time;
 * - `timings`: DuckDB's start-up stages;
 * - `crashEngine()`: lets a test simulate a crashed DuckDB worker.
 */

/** One engine call, in performance.now() time. */
export interface QueryTiming {
  start: number;
  end: number;
  rows: number;
}

export interface Probe {
  timings: Record<string, number>;
  renders: number;
  lastRenderAt?: number;
  queries: QueryTiming[];
  crashEngine?: () => void;
}

export type ProbeMark = 'first-chart' | 'first-chart-before-hydration' | 'engine-start' | 'engine-ready';

const QUERY_LOG = 500;

function probe(): Probe | null {
  if (typeof window === 'undefined') return null;
  return (window.__regionpuls ??= { timings: {}, renders: 0, queries: [] });
}

/** Sets the mark the first time only: the benchmark wants the first occurrence after navigation. */
export function markOnce(name: ProbeMark): void {
  const full = `regionpuls:${name}`;
  if (typeof performance !== 'undefined' && performance.getEntriesByName(full).length === 0)
    performance.mark(full);
}

/** A live chart was drawn. */
export function chartDrawn(): void {
  markOnce('first-chart');
  const p = probe();
  if (!p) return;
  p.renders += 1;
  p.lastRenderAt = performance.now();
}

/** An engine call finished (costs ~1 µs). */
export function queryTimed(timing: QueryTiming): void {
  const log = probe()?.queries;
  if (!log) return;
  log.push(timing);
  if (log.length > QUERY_LOG) log.splice(0, log.length - QUERY_LOG);
}

/** DuckDB's start-up stages, once it is ready. */
export function engineTimings(timings: Record<string, number>): void {
  const p = probe();
  if (p) p.timings = timings;
}

/** How a test may crash the running DuckDB worker. */
export function exposeCrash(crash: () => void): void {
  const p = probe();
  if (p) p.crashEngine = crash;
}
