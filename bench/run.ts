/**
 * `npm run bench`: how fast Regionpuls feels, in numbers (a script that prints, never a timed test).
 *
 * 1. Builds the site (in a throw-away copy, see site.ts) and serves it on 127.0.0.1.
 * 2. Cold loads in a fresh headless Chromium profile, --runs times each: the default view, the links
 *    of issue 13 — a shared comparison link, a non-default embed, a target link — interleaved run by
 *    run with the engine-free floor (bench/floor.ts: the shared link's rows precomputed + Plot, built
 *    from the same data), another non-default view and a region report page. Prints each link's
 *    first-chart ratio to the floor.
 * 3. ≥ 50 scripted interactions on the real data, input → final chart render: once as users get it
 *    (DuckDB starts and takes over during the run), once with every wasm request refused (the page
 *    as it is before DuckDB is ready, answered engine-free throughout).
 * 4. The real data through the server engine (server/): cold loads and the same interactions.
 * 5. Scale: the same interactions on SYNTHETIC 1M and 10M-row datasets (bench/synthetic.ts), with
 *    DuckDB-wasm at 1M and the server engine at 1M and 10M.
 * Prints a table and writes bench/results/<timestamp>.json.
 *
 * Options: --runs N (default 5) · --interactions N (default 60, min 50) · --quick (2 runs, real
 * data only) · --scale (with --quick: run the scale part too) · --no-scale · --rebuild (ignore
 * cached builds in bench/data/sites).
 */
import { parseArgs } from 'node:util';
import { execSync } from 'node:child_process';
import { buildSite } from './site';
import type { Variant } from './site';
import { serveSite } from './serve';
import { coldLoad } from './load';
import type { LoadOptions, LoadResult } from './load';
import { buildFloor } from './floor';
import { EMBED_LINK, SHARED_LINK, TARGET_CHART, targetLink } from './links';
import { plan, REAL_POOL, runInteractions, syntheticPool } from './interactions';
import { ensureSynthetic, regionCode, SIZES, SYNTHETIC_NOTE } from './synthetic';
import type { SyntheticSize } from './synthetic';
import { machine, percentiles, printReport, spread, writeJson } from './report';
import { speedTargets } from './targets';
import type { InteractionReport, ViewReport } from './report';
import { startSqlServer } from '../server/sql-server';

const { values: args } = parseArgs({
  strict: true,
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    interactions: { type: 'string' },
    scale: { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
});
const quick = args.quick;
const runs = Number(args.runs) || (quick ? 2 : 5);
const interactionCount = Math.max(50, Number(args.interactions) || 60);
const scale = args['no-scale'] ? false : !quick || args.scale;
const force = args.rebuild;
const log = (s: string) =>
  console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${s}`);
const t0 = performance.now();

interface BenchView extends LoadOptions {
  name: string;
  path: string;
  /** Measured run by run with the floor, and ratioed against it. */
  link?: boolean;
}

const FLOOR = 'engine-free floor (precomputed rows + Plot)';
const REAL_VIEWS: BenchView[] = [
  { name: 'default view', path: '/', waitEngine: true },
  { name: 'shared link', path: SHARED_LINK, link: true, waitEngine: true },
  {
    name: 'non-default embed',
    path: EMBED_LINK,
    link: true,
    waitEngine: true,
  },
  {
    name: 'target link',
    path: await targetLink(),
    link: true,
    waitEngine: true,
    ...TARGET_CHART,
  },
  { name: 'non-default view', path: '/?indicator=sysselsatte&regions=4001,4003' },
  { name: 'region page', path: '/region/3103' },
];

execSync('npm run data:ensure', { stdio: ['ignore', 'ignore', 'inherit'] });
const real = buildSite({ id: 'real-wasm', dataDir: 'static/data', engine: 'wasm' }, { force, log });
log(real.reused ? 'reusing the real-data build' : `built the real-data site in ${real.buildMs} ms`);
const floorDir = await buildFloor({
  indicator: 'befolkning',
  regions: ['3103', '3107', '3105', '3101', '3403'],
  mode: 'absolute',
  base: null,
});

const views: ViewReport[] = [];
const interactions: InteractionReport[] = [];
const site = await serveSite(real.dir);
const floorSite = await serveSite(floorDir);
const measure = async (name: string, url: string, options: LoadOptions, results: LoadResult[], i: number) => {
  const { result, session } = await coldLoad(url, 60_000, options);
  await session.close();
  results.push(result);
  log(
    `${name} run ${i + 1}/${runs}: chart ${result.firstChartMs} ms, interactive ${result.interactiveMs} ms, engine ready ${result.engineReadyMs} ms`,
  );
};
// The floor and the links run by turns, so a slow moment on this shared machine hits them alike.
const group = [{ name: FLOOR, path: '/', link: true } as BenchView, ...REAL_VIEWS.filter((v) => v.link)];
const groupRuns = group.map((): LoadResult[] => []);
for (let i = 0; i < runs; i++) {
  for (const [g, view] of group.entries())
    await measure(view.name, `${g === 0 ? floorSite.url : site.url}${view.path}`, view, groupRuns[g]!, i);
}
for (const view of REAL_VIEWS) {
  const g = group.indexOf(view);
  const results: LoadResult[] = g >= 0 ? groupRuns[g]! : [];
  for (let i = 0; g < 0 && i < runs; i++)
    await measure(view.name, `${site.url}${view.path}`, view, results, i);
  views.push({ name: view.name, url: `${site.url}${view.path}`, runs: results });
}
views.push({ name: FLOOR, url: `${floorSite.url}/`, runs: groupRuns[0]! });
await floorSite.close();
interactions.push(
  await interactionRun(
    'real data, before DuckDB (wasm refused)',
    `${site.url}${SHARED_LINK}`,
    REAL_POOL,
    60_000,
    { blockWasm: true },
  ),
);
interactions.push(await interactionRun('real data, wasm', `${site.url}/`, REAL_POOL));
await site.close();

/** The same real data through the server engine: what a tab gets without any wasm. */
async function realServerRun(): Promise<void> {
  const built = buildSite(
    { id: 'real-server', dataDir: 'static/data', engine: 'server', entryPagesOnly: true },
    { force, log },
  );
  const sql = await startSqlServer({ dataDir: 'static/data', port: 0 });
  const host = await serveSite(built.dir, { sqlServer: sql.url });
  try {
    for (const view of REAL_VIEWS.filter((v) => !v.link).slice(0, 2)) {
      const results: LoadResult[] = [];
      for (let i = 0; i < runs; i++) {
        const { result, session } = await coldLoad(`${host.url}${view.path}`);
        await session.close();
        results.push(result);
      }
      log(
        `server engine, ${view.name}: interactive ${spread(results.map((r) => r.interactiveMs)).median} ms (median)`,
      );
      views.push({ name: `${view.name}, server engine`, url: `${host.url}${view.path}`, runs: results });
    }
    interactions.push(await interactionRun('real data, server', `${host.url}/`, REAL_POOL));
  } finally {
    await host.close();
    await sql.close();
  }
}

async function interactionRun(
  name: string,
  url: string,
  pool: readonly string[],
  loadTimeoutMs = 60_000,
  options: LoadOptions = {},
): Promise<InteractionReport> {
  const { result: load, session } = await coldLoad(url, loadTimeoutMs, options);
  try {
    if (load.interactiveMs === null)
      return {
        name,
        steps: [],
        load,
        failure: `not interactive within ${loadTimeoutMs / 1000} s (${load.errors.join('; ') || 'no error shown'})`,
      };
    log(`${name}: interactive after ${load.interactiveMs} ms; running ${interactionCount} interactions`);
    const steps = await runInteractions(session.page, plan(interactionCount), pool, {
      onStep: (i, r) => {
        if (r.outcome === 'timeout' || r.outcome === 'error') log(`  step ${i + 1} ${r.label}: ${r.outcome}`);
      },
    });
    const p = percentiles(steps.map((s) => s.ms));
    log(`${name}: p50 ${p.p50} ms, p95 ${p.p95} ms, max ${p.max} ms`);
    return { name, steps, load };
  } catch (e) {
    return { name, steps: [], load, failure: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  } finally {
    await session.close();
  }
}

async function scaleRun(size: SyntheticSize, engine: Variant['engine']): Promise<InteractionReport> {
  const name = `SYNTHETIC ${size.label.toUpperCase()} rows, ${engine}`;
  const dataDir = await ensureSynthetic(size, log);
  const variant: Variant = {
    id: `syn${size.label}-${engine}`,
    dataDir,
    engine,
    entryPagesOnly: true,
    defaultView: { indicator: 'syn_1', regions: [regionCode(1), regionCode(2), regionCode(3)] },
  };
  let built;
  try {
    built = buildSite(variant, { force, log });
  } catch (e) {
    return {
      name,
      steps: [],
      failure: `build failed: ${e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e)}`,
    };
  }
  const sql = engine === 'server' ? await startSqlServer({ dataDir, port: 0 }) : null;
  const host = await serveSite(built.dir, { sqlServer: sql?.url });
  try {
    // A tab decoding 1M rows may take long: give it 3 minutes before calling it a failure.
    return await interactionRun(
      name,
      `${host.url}/`,
      syntheticPool(size.regions),
      engine === 'wasm' ? 180_000 : 60_000,
    );
  } finally {
    await host.close();
    await sql?.close();
  }
}

if (scale) {
  await realServerRun();
  interactions.push(await scaleRun(SIZES['1m'], 'wasm'));
  interactions.push(await scaleRun(SIZES['1m'], 'server'));
  interactions.push(await scaleRun(SIZES['10m'], 'server'));
}

const targets = speedTargets(
  views,
  interactions,
  FLOOR,
  REAL_VIEWS.filter((v) => v.link).map((v) => v.name),
);

const env = machine();
const header =
  `Regionpuls benchmark — ${runs} cold loads per view, ${interactionCount} interactions per run${quick ? ' (quick)' : ''}\n` +
  `machine: ${env.cpu}, ${env.cores} cores, ${env.ramGb} GB RAM, ${env.platform}, load avg ${env.loadAvg1m}; ${env.chromium} (headless, playwright-core ${env.playwright}); Node ${env.node}`;
const notes = [
  'SYNTHETIC rows are generated by bench/synthetic.ts (codes S000001…, indicators syn_*), never mixed with real data.',
  'Transfer sizes are compressed bytes on the wire (gzip once per file, as a host would; Parquet is ZSTD inside).',
  'The server engine runs on the same 2-core machine as the browser, behind a same-origin /sql/ proxy.',
];
printReport(header, views, interactions, targets, notes);
const file = writeJson({
  machine: env,
  options: { runs, interactionCount, quick, scale },
  synthetic: SYNTHETIC_NOTE,
  views,
  interactions,
  targets,
  totalSeconds: Math.round((performance.now() - t0) / 1000),
});
console.log(`\nwritten ${file} (${Math.round((performance.now() - t0) / 1000)} s in total)`);
process.exit(0);
