/**
 * The first chart's hand-off: drawn before hydration (hooks.client.ts → draw.ts), taken over by the
 * page when it hydrates, so the page starts from the state that drew it — no query is run again and
 * the live chart replaces the first one in place.
 */
import type { Engine } from '../db/engine';
import type { Dashboard } from '../state/dashboard.svelte';

export interface FirstChart {
  /** The `location.search` it was drawn for. */
  search: string;
  /** The state that drew it: catalogue, view, notices and series. */
  dash: Dashboard;
  /** The engine-free engine with the files it fetched and checked (the page's engine reuses it). */
  local: Engine;
}

let kept: FirstChart | null = null;

export function keepFirst(first: FirstChart | null): void {
  kept = first;
}

/** The first chart if it was drawn for `search`; handed out once. */
export function takeFirst(search: string): FirstChart | null {
  const first = kept;
  kept = null;
  return first && first.search === search ? first : null;
}
