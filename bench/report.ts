/**
 * Statistics, the table on stdout, the targets of issue 6 checked against the medians, and the
 * JSON file under bench/results/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../tools/chromium';
import { KINDS } from './load';
import type { LoadResult } from './load';
import type { StepResult } from './interactions';

export interface Spread {
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

export interface Percentiles {
  n: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

export interface ViewReport {
  name: string;
  url: string;
  runs: LoadResult[];
}

export interface InteractionReport {
  name: string;
  steps: StepResult[];
  /** Set when the site could not be loaded or measured: that is a result too. */
  failure?: string;
  load?: LoadResult;
}

const finite = (values: (number | null)[]) =>
  values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);

export function spread(values: (number | null)[]): Spread {
  const s = finite(values);
  if (s.length === 0) return { n: 0, median: null, min: null, max: null };
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { n: s.length, median: Math.round(mid), min: Math.round(s[0]!), max: Math.round(s[s.length - 1]!) };
}

/** Nearest-rank percentiles. */
export function percentiles(values: (number | null)[]): Percentiles {
  const s = finite(values);
  if (s.length === 0) return { n: 0, p50: null, p95: null, max: null };
  const rank = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return { n: s.length, p50: r1(rank(50)), p95: r1(rank(95)), max: r1(s[s.length - 1]!) };
}

export function machine() {
  const cpu = cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // reported as unknown
  }
  const playwright = (
    JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8')) as { version: string }
  ).version;
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    /** Other work on the machine skews timings; the 1-minute load average when the report is made. */
    loadAvg1m: Math.round(loadavg()[0]! * 100) / 100,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
    playwright,
  };
}

const kb = (n: number | null) => (n === null ? '–' : (n / 1024).toFixed(0));
const fmt = (n: number | null) => (n === null ? '–' : String(n));
const pad = (s: string, n: number) => s.padStart(n);

function loadRows(view: ViewReport): string[] {
  const rows: [string, (r: LoadResult) => number | null][] = [
    ['first chart visible (ms)', (r) => r.firstChartMs],
    ['first live chart (ms)', (r) => r.liveChartMs],
    ['engine asked for (ms)', (r) => r.engineStartMs],
    ['engine ready (ms)', (r) => r.engineReadyMs],
    ['interactive (ms)', (r) => r.interactiveMs],
    ['  stage manifest (ms)', (r) => r.stages.manifest ?? null],
    ['  stage engine (ms)', (r) => r.stages.engine ?? null],
    ['  stage data (ms)', (r) => r.stages.data ?? null],
    ['JS heap, main thread (MB)', (r) => r.heapMb],
  ];
  const out = [
    `${view.name}  ${view.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}  (${view.runs.length} cold loads)`,
  ];
  out.push(`  ${'metric'.padEnd(30)}${pad('median', 8)}${pad('min', 8)}${pad('max', 8)}`);
  for (const [label, get] of rows) {
    const s = spread(view.runs.map(get));
    if (s.n === 0 && label.startsWith('  stage')) continue;
    out.push(`  ${label.padEnd(30)}${pad(fmt(s.median), 8)}${pad(fmt(s.min), 8)}${pad(fmt(s.max), 8)}`);
  }
  const kinds = ['total', ...KINDS] as const;
  out.push(`  ${'transfer, kB (median)'.padEnd(30)}${kinds.map((k) => pad(k, 7)).join('')}`);
  for (const [label, pick] of [
    ['  before first chart', (r: LoadResult) => r.bytesBeforeChart],
    ['  total', (r: LoadResult) => r.bytesTotal],
  ] as const) {
    const cells = kinds.map(
      (k) =>
        spread(
          view.runs.map((r) =>
            k === 'total' ? Object.values(pick(r)).reduce((a, b) => a + b, 0) : pick(r)[k],
          ),
        ).median,
    );
    out.push(`  ${label.padEnd(30)}${cells.map((c) => pad(kb(c), 7)).join('')}`);
  }
  out.push(
    `  ${'  before the wasm request'.padEnd(30)}${pad(kb(spread(view.runs.map((r) => r.bytesBeforeWasm)).median), 7)}`,
  );
  const errors = [...new Set(view.runs.flatMap((r) => r.errors))];
  if (errors.length) out.push(`  errors: ${errors.slice(0, 3).join(' | ')}`);
  return out;
}

export function interactionLine(rep: InteractionReport): string {
  if (rep.failure && rep.steps.length === 0) return `  ${rep.name.padEnd(34)} FAILED: ${rep.failure}`;
  const p = percentiles(rep.steps.map((s) => s.ms));
  const outcomes = rep.steps.reduce<Record<string, number>>(
    (acc, s) => ({ ...acc, [s.outcome]: (acc[s.outcome] ?? 0) + 1 }),
    {},
  );
  const data = percentiles(rep.steps.map((s) => s.dataMs));
  const hits = rep.steps.filter((s) => s.queries === 0).length;
  const load = rep.load
    ? `; load: interactive ${fmt(rep.load.interactiveMs)} ms, ${kb(Object.values(rep.load.bytesTotal).reduce((a, b) => a + b, 0))} kB`
    : '';
  return (
    `  ${rep.name.padEnd(34)}${pad(fmt(p.n), 4)}${pad(fmt(p.p50), 8)}${pad(fmt(p.p95), 8)}${pad(fmt(p.max), 8)}` +
    `${pad(fmt(data.p50), 8)}${pad(fmt(data.p95), 8)}${pad(String(hits), 6)}   ${Object.entries(outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}${load}`
  );
}

/** A number the benchmark is held to: met when `value` ≤ `limit`. */
export interface Target {
  what: string;
  limit: number;
  value: number | null;
  unit: string;
}

export function targetLines(targets: Target[]): string[] {
  return targets.map((t) => {
    const verdict =
      t.value === null
        ? 'not measured'
        : t.value <= t.limit
          ? 'met'
          : `MISSED by ${Math.round(t.value - t.limit)} ${t.unit}`;
    return `  ${t.what.padEnd(52)}${pad(t.value === null ? '–' : String(t.value), 8)} ≤ ${t.limit} ${t.unit.padEnd(4)} ${verdict}`;
  });
}

export function printReport(
  header: string,
  views: ViewReport[],
  interactions: InteractionReport[],
  targets: Target[],
  notes: string[],
): void {
  const lines = [header, ''];
  for (const v of views) lines.push(...loadRows(v), '');
  lines.push(`interaction latency, input → final chart render (ms)`);
  lines.push(
    `  ${'run'.padEnd(34)}${pad('n', 4)}${pad('p50', 8)}${pad('p95', 8)}${pad('max', 8)}${pad('data50', 8)}${pad('data95', 8)}${pad('cached', 6)}   outcomes`,
  );
  lines.push(
    `  (data = input → last engine query answered; cached = steps answered entirely from the page's query cache)`,
  );
  for (const rep of interactions) lines.push(interactionLine(rep));
  lines.push('', 'targets (issues 6 and 13)', ...targetLines(targets));
  if (notes.length) lines.push('', ...notes.map((n) => `note: ${n}`));
  console.log(`\n${lines.join('\n')}`);
}

export function writeJson(data: unknown): string {
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
