/**
 * `npm run bench`: serves the built site on 127.0.0.1 and loads the default view in a cold Chromium
 * profile several times, printing medians and spread. Numbers only; nothing here is a test.
 * Options: --runs N (default 5), --no-build (reuse build/).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../tests/e2e/static-server';
import { openBrowser, waitForChart, CHROMIUM } from '../tests/e2e/browser';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

interface Run {
  firstChartMs: number;
  manifestMs: number;
  engineMs: number;
  dataMs: number;
  bytes: { wasm: number; js: number; data: number; other: number };
}

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: Math.round(median), min: Math.round(s[0]!), max: Math.round(s[s.length - 1]!) };
}

function kind(url: string): keyof Run['bytes'] {
  if (url.endsWith('.wasm')) return 'wasm';
  if (/\.m?js($|\?)/.test(url)) return 'js';
  if (/\.(parquet|json)($|\?)/.test(url)) return 'data';
  return 'other';
}

const server = await serveStatic('build');
const results: Run[] = [];
for (let i = 0; i < runs; i++) {
  const session = await openBrowser();
  const bytes: Run['bytes'] = { wasm: 0, js: 0, data: 0, other: 0 };
  session.page.on('response', async (res) => {
    const size = Number((await res.allHeaders())['content-length'] ?? 0);
    bytes[kind(res.url())] += size;
  });
  await session.page.goto(`${server.url}/?indicator=befolkning&regions=3103,3112,3114`);
  await waitForChart(session.page, 3);
  const probe = await session.page.evaluate(() => ({
    firstChart: performance.getEntriesByName('regionpuls:first-chart')[0]?.startTime ?? NaN,
    timings: window.__regionpuls?.timings ?? {}
  }));
  results.push({
    firstChartMs: probe.firstChart,
    manifestMs: probe.timings.manifest ?? NaN,
    engineMs: probe.timings.engine ?? NaN,
    dataMs: probe.timings.data ?? NaN,
    bytes
  });
  await session.close();
}
await server.close();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
const assets = walk('build')
  .filter((f) => /\.(js|wasm|css|parquet)$/.test(f))
  .map((f) => {
    const raw = readFileSync(f);
    return { file: f.replace(/^build\//, ''), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);

const chromium = execSync(`${CHROMIUM} --version`).toString().trim();
console.log(`\nRegionpuls benchmark — ${runs} cold loads, ${chromium}, ${process.platform} ${process.arch}, Node ${process.version}`);
console.log('metric                       median     min     max');
for (const [label, key] of [
  ['first chart visible (ms)', 'firstChartMs'],
  ['manifest (ms)', 'manifestMs'],
  ['DuckDB start (ms)', 'engineMs'],
  ['Parquet → DuckDB (ms)', 'dataMs']
] as const) {
  const s = stats(results.map((r) => r[key]));
  console.log(`${label.padEnd(28)} ${String(s.median).padStart(6)} ${String(s.min).padStart(7)} ${String(s.max).padStart(7)}`);
}
const b = results[0]!.bytes;
console.log(`bytes transferred (gzip): wasm ${b.wasm}, js ${b.js}, data ${b.data}, other ${b.other}`);
console.log('\nlargest assets (raw / gzip -9, bytes):');
for (const a of assets.slice(0, 12)) console.log(`  ${a.file.padEnd(64)} ${String(a.raw).padStart(10)} ${String(a.gzip).padStart(10)}`);

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ chromium, runs: results, assets }, null, 2));
console.log(`\nwritten ${file}`);
