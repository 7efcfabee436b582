/**
 * The first chart's hand-off: drawn before hydration (draw.ts, started from the page's <head>), taken
 * over by the page when it hydrates, so the page starts from the state that drew it — no query is run
 * again and the live chart replaces the first one in place.
 */
import type { LocalEngine } from '../db/local';
import type { Dashboard } from '../state/dashboard.svelte';

export interface FirstChart {
  /** The `location.search` it was drawn for. */
  search: string;
  /** The state that drew it: catalogue, view, notices and series. */
  dash: Dashboard;
  /** The engine-free engine with the files it fetched and checked (the page's engine reuses it). */
  local: LocalEngine;
}

let kept: FirstChart | null = null;
let hydrating = false;

export function keepFirst(first: FirstChart | null): void {
  kept = first;
}

/** The page hydrates now: a first chart still on its way must not touch the page's DOM. */
export function hydrationStarts(): void {
  hydrating = true;
}

/** False once the page hydrates (a late first chart is dropped). */
export function firstStillWanted(): boolean {
  return !hydrating;
}

/** The first chart if it was drawn for `search`; handed out once. */
export function takeFirst(search: string): FirstChart | null {
  const first = kept;
  kept = null;
  return first && first.search === search ? first : null;
}

/** The page's body is parsed (an early start may run while it still streams in). */
export function bodyParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}
