/**
 * The scripted interaction sequence: ≥ 50 steps of changing the indicator, adding and removing
 * regions, switching absolute / per 1 000 / indexed, and changing the base year. Each step runs
 * in-page (bench/in-page.js), timed from just before the input event to the chart's final render
 * (`window.__regionpuls.lastRenderAt` once `renders` has grown and no loading line is shown).
 * The same plan runs on real and synthetic data; only the pool of region codes differs.
 */
import type { Page } from 'playwright-core';

export type PlannedAction =
  | { kind: 'add'; from: number }
  | { kind: 'remove'; index: number }
  | { kind: 'indicator' }
  | { kind: 'mode'; mode: 'Absolutte tall' | 'Per 1 000 innbyggere' | 'Indeksert vekst' }
  | { kind: 'base'; index: number };

export interface StepResult {
  label: string;
  outcome: 'chart' | 'empty' | 'error' | 'timeout';
  ms: number | null;
  renders: number;
  /** Engine queries the step ran (0 = every query came from the page's cache). */
  queries: number;
  /** Input → last engine query answered; the rest of `ms` is Svelte, Plot and the table. */
  dataMs: number | null;
}

/**
 * One round covers every kind of input; rounds repeat with shifted parameters, so later rounds mix
 * new views with views seen before (identical queries: the cache's job), as real use does.
 */
const ROUND = (r: number): PlannedAction[] => [
  { kind: 'add', from: r * 2 },
  { kind: 'mode', mode: 'Indeksert vekst' },
  { kind: 'base', index: r },
  { kind: 'base', index: r + 3 },
  { kind: 'mode', mode: 'Per 1 000 innbyggere' },
  { kind: 'mode', mode: 'Absolutte tall' },
  { kind: 'indicator' },
  { kind: 'add', from: r * 2 + 1 },
  { kind: 'remove', index: r + 1 },
  { kind: 'mode', mode: 'Indeksert vekst' },
  { kind: 'indicator' },
  { kind: 'remove', index: r },
];

export function plan(count: number): PlannedAction[] {
  const out: PlannedAction[] = [];
  for (let r = 0; out.length < count; r++) out.push(...ROUND(r));
  return out.slice(0, count);
}

/** Real regions with data for most indicators: the country, fylker, and kommuner of Østfold/Vestfold/Telemark. */
export const REAL_POOL = [
  '0',
  '31',
  '3105',
  '39',
  '3107',
  '40',
  '0301',
  '3901',
  '4601',
  '3403',
  '4001',
  '3101',
  '3905',
  '4003',
  '32',
  '46',
];

/** Synthetic codes spread over the whole table, so queries hit different row groups. */
export function syntheticPool(regions: number): string[] {
  const step = Math.floor(regions / 17);
  return Array.from({ length: 16 }, (_, i) => `S${String(1 + (i + 1) * step).padStart(6, '0')}`);
}

/** Runs the plan on an interactive page; a step that times out is recorded, and the run goes on. */
export async function runInteractions(
  page: Page,
  steps: readonly PlannedAction[],
  pool: readonly string[],
  options: { timeoutMs?: number; onStep?: (i: number, r: StepResult) => void } = {},
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const [i, action] of steps.entries()) {
    // A string, not a function: tsx's transpiled functions reference helpers the page lacks.
    const call = `window.__bench.step(${JSON.stringify(action)}, ${JSON.stringify(pool)}, ${options.timeoutMs ?? 30_000})`;
    const result = await page.evaluate(call).catch((e: unknown) => ({
      label: `${action.kind} (failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
      outcome: 'error',
      ms: null,
      renders: 0,
      queries: 0,
      dataMs: null,
    }));
    results.push(result as StepResult);
    options.onStep?.(i, result as StepResult);
  }
  return results;
}
