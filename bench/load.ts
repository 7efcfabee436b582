/**
 * One cold page load in a fresh Chromium profile: when a chart is first visible, when the engine is
 * ready, when the page is interactive (the start-up progress element is gone), what was transferred
 * before the first chart and in total, and the page's JS heap. The session can stay open for the
 * interaction script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { openBrowser } from '../tools/chromium';
import type { Session } from '../tools/chromium';

export const KINDS = ['html', 'js', 'wasm', 'data', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Bytes = Record<Kind, number>;

export interface LoadResult {
  url: string;
  /** First animation frame with a visible chart (prerendered SVG counts: it is what the user sees). */
  firstChartMs: number | null;
  /** First chart drawn live by Plot in the browser (performance mark from Chart.svelte). */
  liveChartMs: number | null;
  /** The page asked for the engine (startEngine called, after hydration). */
  engineStartMs: number | null;
  /** The engine answered: DuckDB-wasm instantiated with the data loaded, or the server reachable. */
  engineReadyMs: number | null;
  /** The start-up progress element is gone: every control works. */
  interactiveMs: number | null;
  /** Stage durations the page reports (manifest, engine, data). */
  stages: Record<string, number>;
  bytesBeforeChart: Bytes;
  bytesTotal: Bytes;
  /** Everything finished before the first wasm request started (the "first view" budget). */
  bytesBeforeWasm: number;
  requests: number;
  /** The largest responses: path, kind, bytes, and when they finished (ms after navigation start). */
  largest: { path: string; kind: Kind; bytes: number; doneMs: number }[];
  /** Main-thread JS heap after interactive (CDP Performance.getMetrics); wasm memory lives in the worker. */
  heapMb: number | null;
  errors: string[];
}

const INIT_SCRIPT = readFileSync(join(import.meta.dirname, 'in-page.js'), 'utf8');
const zero = (): Bytes => ({ html: 0, js: 0, wasm: 0, data: 0, other: 0 });

export function kindOf(url: string, type: string): Kind {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (/\.m?js$/.test(path) || type === 'script') return 'js';
  if (type === 'document') return 'html';
  if (/\.(parquet|arrow)$/.test(path) || /\/data\/|\/rows\/|__data\.json$|\/sql\//.test(path)) return 'data';
  return 'other';
}

interface Finished {
  url: string;
  kind: Kind;
  bytes: number;
  startAt: number;
  endAt: number;
}

/** What bench/in-page.js reports (`snapshot()`), in the page's clock. */
interface Snapshot {
  timeOrigin: number;
  chart: number | null;
  interactive: number | null;
  live: number | null;
  engineStart: number | null;
  engine: number | null;
  stages: Record<string, number>;
}

export interface OpenedLoad {
  result: LoadResult;
  session: Session;
}

export interface LoadOptions {
  /** CSS selector of the chart that counts as this view's first chart (default: any chart). */
  chartSelector?: string;
  /** Wait (up to 20 s) for DuckDB to be ready after the chart, so "engine ready" is measured. */
  waitEngine?: boolean;
  /** Abort every wasm request: the page as it is before DuckDB is ready, for as long as it runs. */
  blockWasm?: boolean;
}

/** Loads `url` cold and waits until interactive (or `timeoutMs`); the caller closes the session. */
export async function coldLoad(
  url: string,
  timeoutMs = 60_000,
  options: LoadOptions = {},
): Promise<OpenedLoad> {
  // The probe below polls with string predicates, which the built pages' CSP refuses as eval.
  const session = await openBrowser(undefined, { bypassCSP: true });
  const { page, context } = session;
  if (options.chartSelector)
    await context.addInitScript({
      content: `window.__benchChartSelector = ${JSON.stringify(options.chartSelector)};`,
    });
  await context.addInitScript({ content: INIT_SCRIPT });
  if (options.blockWasm) await context.route('**/*.wasm', (route) => route.abort());
  const finished: Promise<Finished | null>[] = [];
  const track = (req: Request) => {
    finished.push(
      (async () => {
        const sizes = await req.sizes().catch(() => null);
        const timing = req.timing();
        if (!sizes) return null;
        return {
          url: req.url(),
          kind: kindOf(req.url(), req.resourceType()),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          startAt: timing.startTime,
          endAt: timing.startTime + Math.max(timing.responseEnd, 0),
        };
      })(),
    );
  };
  // Requests made by workers (DuckDB fetches its wasm from its worker) are reported on the context.
  context.on('requestfinished', track);
  const errors = session.errors;

  await page.goto(url, { waitUntil: 'commit' });
  // Page-side code is passed as strings: tsx's transpiled functions reference helpers the page lacks.
  const probe = await page
    .waitForFunction('window.__bench !== undefined && window.__bench.loaded()', undefined, {
      timeout: timeoutMs,
      polling: 100,
    })
    .then(() => true)
    .catch((e: unknown) => {
      errors.push(`load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      return false;
    });
  if (options.waitEngine && probe) {
    await page
      .waitForFunction("performance.getEntriesByName('regionpuls:engine-ready').length > 0", undefined, {
        timeout: 20_000,
        polling: 50,
      })
      .catch(() => errors.push('engine not ready within 20 s of the chart'));
  }
  // Let requests that started before interactive finish (and be counted).
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const seen = (await page.evaluate('window.__bench.snapshot()')) as Snapshot;

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  await cdp.detach();

  const requests = (await Promise.all(finished)).filter((r): r is Finished => r !== null);
  const chartAt = seen.chart === null ? Infinity : seen.timeOrigin + seen.chart;
  const wasmStart = Math.min(...requests.filter((r) => r.kind === 'wasm').map((r) => r.startAt), Infinity);
  const bytesBeforeChart = zero();
  const bytesTotal = zero();
  let bytesBeforeWasm = 0;
  for (const r of requests) {
    bytesTotal[r.kind] += r.bytes;
    if (r.endAt <= chartAt) bytesBeforeChart[r.kind] += r.bytes;
    if (r.endAt <= wasmStart) bytesBeforeWasm += r.bytes;
  }
  const round = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    session,
    result: {
      url,
      firstChartMs: probe ? round(seen.chart) : null,
      liveChartMs: round(seen.live),
      engineStartMs: round(seen.engineStart),
      engineReadyMs: round(seen.engine),
      interactiveMs: probe ? round(seen.interactive) : null,
      stages: seen.stages,
      bytesBeforeChart,
      bytesTotal,
      bytesBeforeWasm,
      requests: requests.length,
      largest: [...requests]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 8)
        .map((r) => ({
          path: new URL(r.url).pathname,
          kind: r.kind,
          bytes: r.bytes,
          doneMs: Math.round(r.endAt - seen.timeOrigin),
        })),
      heapMb: heap === undefined ? null : Math.round((heap / 1048576) * 10) / 10,
      errors: [...errors],
    },
  };
}
