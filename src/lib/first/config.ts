/**
 * What a prerendered page tells its first-chart code (draw.ts), written by the page's first-paint
 * <head> script only when the URL asks for another view than the one prerendered: where this build's
 * engine-free files are, their SHA-256 (a file is drawn only if it is the one the build wrote) and the
 * page's manifest (the source line). The page's own data is out of reach before hydration, so it
 * travels here.
 */
import type { Manifest } from '../schema';

export interface FirstConfig {
  /** The Chart's DOM id (`main-chart`, `embed-chart`): the first chart is drawn into its host. */
  chartId: string;
  /** `<base>/rows/<version>/`, as the page sees it (relative paths work). */
  folder: string;
  /** File name → SHA-256 (hex), from src/lib/server/rows.ts. */
  hashes: Record<string, string>;
  manifest: Manifest;
}

/** The global the head script writes; src/build/first-chart.js looks for it in built pages too. */
export const FIRST_CONFIG_GLOBAL = '__regionpulsFirst';

/** What the built page's head script leaves for draw.ts to call once the chart is drawn (src/build/first-chart.js). */
const FIRST_DONE_GLOBAL = '__regionpulsFirstDone';

/**
 * Lets the app's held modules load and SvelteKit start (src/build/first-chart.js holds them while the
 * first chart draws); nothing to do in a page that holds nothing (dev, or no first chart).
 */
export function firstDone(): void {
  (window as unknown as Record<string, (() => void) | undefined>)[FIRST_DONE_GLOBAL]?.();
}

/** JSON for a <head> script, with '<' escaped so no value can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A statement for the <head> script that leaves `config` for draw.ts. */
export function firstConfigStatement(config: FirstConfig): string {
  return `window.${FIRST_CONFIG_GLOBAL}=${scriptJson(config)};`;
}

/**
 * The page's config, if its head script left one. Read, not taken: the early start (draw.ts, from the
 * page's <head>) and the client hook both ask, and draw.ts draws once.
 */
export function firstConfig(): FirstConfig | null {
  return (window as unknown as Record<string, FirstConfig | undefined>)[FIRST_CONFIG_GLOBAL] ?? null;
}

/**
 * What the targets page's <head> script leaves when its link carries targets (`?t=`), for
 * target-link.ts: where this build's data and engine-free files are, their SHA-256 and the manifest.
 */
export interface TargetLinkConfig {
  /** `<assets>/data/` and `<base>/rows/<version>/`, as the page sees them (relative paths work). */
  data: string;
  rows: string;
  hashes: Record<string, string>;
  manifest: Manifest;
}

const TARGET_LINK_GLOBAL = '__regionpulsTargetLink';

/** The targets page's <head> statement: leaves `config` only for a link that carries targets. */
export function targetLinkStatement(config: TargetLinkConfig): string {
  return `if(new URLSearchParams(location.search).has('t'))window.${TARGET_LINK_GLOBAL}=${scriptJson(config)};`;
}

/** The targets page's config, if its head script left one (a link with `?t=`). */
export function targetLinkConfig(): TargetLinkConfig | null {
  return (window as unknown as Record<string, TargetLinkConfig | undefined>)[TARGET_LINK_GLOBAL] ?? null;
}
