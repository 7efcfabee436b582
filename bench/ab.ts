/**
 * `npx tsx bench/ab.ts --before <built site> --after <built site> [--runs N]`: the three links of
 * issue 13 (shared link, non-default embed, target link) from two builds, and the engine-free floor
 * (bench/floor.ts, built by `npm run bench` into bench/data/floor), loaded cold and by turns, run by
 * run, so a busy moment on this shared machine hits every variant alike. Prints each view's first
 * chart (median, min–max), its ratio to the floor, bytes before the first chart, DuckDB ready and
 * interactive, and writes bench/results/<time>-ab.json. For comparing a change against the commit
 * before it (build that commit in a copy), where two `npm run bench` runs under different load
 * would not compare.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { coldLoad } from './load';
import type { LoadOptions, LoadResult } from './load';
import { serveSite } from './serve';
import { machine, spread } from './report';
import { EMBED_LINK, SHARED_LINK, TARGET_CHART, targetLink } from './links';

const { values: args } = parseArgs({
  strict: true,
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    floor: { type: 'string', default: 'bench/data/floor' },
    runs: { type: 'string', default: '5' },
  },
});
if (!args.before || !args.after) throw new Error('invalid arguments: --before and --after name built sites');
const runs = Number(args.runs) || 5;
const before = await serveSite(args.before);
const after = await serveSite(args.after);
const floor = await serveSite(args.floor);
const target = await targetLink();
const links = (tag: string, url: string): (LoadOptions & { name: string; url: string })[] => [
  {
    name: `${tag}: shared link`,
    url: `${url}${SHARED_LINK}`,
    waitEngine: true,
  },
  {
    name: `${tag}: embed`,
    url: `${url}${EMBED_LINK}`,
    waitEngine: true,
  },
  {
    name: `${tag}: target link`,
    url: `${url}${target}`,
    waitEngine: true,
    ...TARGET_CHART,
  },
];
const views = [
  { name: 'floor', url: `${floor.url}/` },
  ...links('before', before.url),
  ...links('after', after.url),
];
const results = new Map<string, LoadResult[]>(views.map((v) => [v.name, []]));
for (let i = 0; i < runs; i++)
  for (const view of views) {
    const { result, session } = await coldLoad(view.url, 60_000, view);
    await session.close();
    results.get(view.name)!.push(result);
    console.error(`${view.name} ${i + 1}/${runs}: first chart ${result.firstChartMs} ms`);
  }
const floorMedian = spread(results.get('floor')!.map((r) => r.firstChartMs)).median!;
const kb = (r: LoadResult) => Object.values(r.bytesBeforeChart).reduce((a, b) => a + b, 0) / 1024;
for (const [name, rs] of results) {
  const chart = spread(rs.map((r) => r.firstChartMs));
  console.log(
    `${name.padEnd(22)} first chart ${chart.median} ms (${chart.min}–${chart.max}), ` +
      `÷ floor ${(chart.median! / floorMedian).toFixed(2)}, ${spread(rs.map(kb)).median} kB before it, ` +
      `DuckDB ready ${spread(rs.map((r) => r.engineReadyMs)).median} ms, interactive ${spread(rs.map((r) => r.interactiveMs)).median} ms`,
  );
}
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}-ab.json`;
writeFileSync(
  file,
  JSON.stringify({ machine: machine(), runs, views: Object.fromEntries(results) }, null, 1),
);
console.log(`written ${file}`);
await Promise.all([before.close(), after.close(), floor.close()]);
