/**
 * The limits issue 13 set on the benchmark's numbers, each with the median or p95 it is held to: first
 * chart and DuckDB ready times, bytes before the first chart, the links' ratio to the engine-free floor,
 * and interaction p95s. A number the run did not measure is null («not measured» in the report).
 */
import type { LoadResult } from './load';
import { percentiles, spread } from './report';
import type { InteractionReport, Target, ViewReport } from './report';

/** `floor`: the name of the engine-free floor's view; `linkNames`: the views loaded from a shared link. */
export function speedTargets(
  views: readonly ViewReport[],
  interactions: readonly InteractionReport[],
  floor: string,
  linkNames: readonly string[],
): Target[] {
  const find = (name: string) => views.find((v) => v.name === name)!;
  const median = (name: string, get: (r: LoadResult) => number | null) =>
    spread(find(name).runs.map(get)).median;
  const p95 = (prefix: string) => {
    const rep = interactions.find((i) => i.name.startsWith(prefix));
    return rep ? percentiles(rep.steps.map((s) => s.ms)).p95 : null;
  };
  const total = (b: Record<string, number>) => Object.values(b).reduce((x, y) => x + y, 0);
  const kbOf = (n: number | null) => (n === null ? null : Math.round(n / 1024));
  const floorMedian = median(floor, (r) => r.firstChartMs);
  const ratio = (name: string) => {
    const m = median(name, (r) => r.firstChartMs);
    return m === null || floorMedian === null || floorMedian === 0
      ? null
      : Math.round((m / floorMedian) * 100) / 100;
  };
  return [
    {
      what: 'first chart visible, default view (median)',
      limit: 500,
      value: median('default view', (r) => r.firstChartMs),
      unit: 'ms',
    },
    {
      what: 'first chart visible, region page (median)',
      limit: 500,
      value: median('region page', (r) => r.firstChartMs),
      unit: 'ms',
    },
    {
      what: 'first chart visible, non-default view (median)',
      limit: 500,
      value: median('non-default view', (r) => r.firstChartMs),
      unit: 'ms',
    },
    ...linkNames.map((name) => ({
      what: `first chart, ${name} ÷ floor (medians)`,
      limit: 1.25,
      value: ratio(name),
      unit: '×',
    })),
    ...linkNames.map((name) => ({
      what: `DuckDB ready, ${name} (median)`,
      limit: 2000,
      value: median(name, (r) => r.engineReadyMs),
      unit: 'ms',
    })),
    ...linkNames.map((name) => ({
      what: `bytes before first chart, ${name} (median)`,
      limit: 100,
      value: kbOf(median(name, (r) => total(r.bytesBeforeChart))),
      unit: 'kB',
    })),
    {
      what: 'bytes before first chart, floor (median)',
      limit: 100,
      value: kbOf(median(floor, (r) => total(r.bytesBeforeChart))),
      unit: 'kB',
    },
    {
      what: 'DuckDB ready, default view (median)',
      limit: 2000,
      value: median('default view', (r) => r.engineReadyMs),
      unit: 'ms',
    },
    {
      what: 'bytes before first chart, default view (median)',
      limit: 300,
      value: kbOf(median('default view', (r) => total(r.bytesBeforeChart))),
      unit: 'kB',
    },
    {
      what: 'bytes before the wasm request, default view (median)',
      limit: 300,
      value: kbOf(median('default view', (r) => r.bytesBeforeWasm)),
      unit: 'kB',
    },
    { what: 'interaction p95, real data (wasm)', limit: 50, value: p95('real data, wasm'), unit: 'ms' },
    {
      what: 'interaction p95, real data before DuckDB',
      limit: 50,
      value: p95('real data, before DuckDB'),
      unit: 'ms',
    },
    {
      what: 'interaction p95, SYNTHETIC 10M rows (server)',
      limit: 100,
      value: p95('SYNTHETIC 10M'),
      unit: 'ms',
    },
  ];
}
