/**
 * `npx tsx bench/engines-ab.ts <built site> [runs]`: the comparison page's 60 scripted interactions
 * (bench/interactions.ts) on one build, by turns, once after DuckDB-wasm is ready and once with every
 * wasm request refused (the engine-free engine alone). Prints p50 / p95 / max per run and over all
 * runs, input → final render and input → last query answered ("data").
 */
import { serveSite } from './serve';
import { coldLoad } from './load';
import { plan, REAL_POOL, runInteractions } from './interactions';
import { percentiles } from './report';
const [dir, runsArg] = process.argv.slice(2);
const site = await serveSite(dir!);
const all: Record<string, number[]> = { duckdb: [], local: [] };
const data: Record<string, number[]> = { duckdb: [], local: [] };
for (let i = 0; i < Number(runsArg ?? 2); i++)
  for (const name of ['duckdb', 'local']) {
    const { result, session } = await coldLoad(
      `${site.url}/`,
      60_000,
      name === 'local' ? { blockWasm: true } : { waitEngine: true },
    );
    if (name === 'duckdb')
      await session.page.waitForFunction(
        () => performance.getEntriesByName('regionpuls:engine-ready').length > 0,
        null,
        { timeout: 60_000 },
      );
    await session.page.waitForTimeout(500);
    const steps = await runInteractions(session.page, plan(60), REAL_POOL);
    await session.close();
    const ms = steps.map((s) => s.ms).filter((x): x is number => x !== null);
    all[name]!.push(...ms);
    data[name]!.push(...steps.map((s) => s.dataMs).filter((x): x is number => x !== null));
    const p = percentiles(ms);
    console.log(
      `${name} run ${i + 1}: ready ${result.engineReadyMs} ms, p50 ${p.p50} p95 ${p.p95} max ${p.max} (${ms.length} steps, ${steps.filter((s) => s.outcome !== 'chart').length} not chart)`,
    );
  }
for (const name of Object.keys(all)) {
  const p = percentiles(all[name]!);
  const d = percentiles(data[name]!);
  console.log(`${name} all: p50 ${p.p50} p95 ${p.p95} max ${p.max} n=${p.n}; data p50 ${d.p50} p95 ${d.p95}`);
}
await site.close();
