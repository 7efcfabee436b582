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

const GLOBAL = '__regionpulsFirst';

/** A statement for the <head> script that leaves `config` for draw.ts. */
export function firstConfigStatement(config: FirstConfig): string {
  // JSON, with '<' escaped so no value can close the script element.
  return `window.${GLOBAL}=${JSON.stringify(config).replace(/</g, '\\u003c')};`;
}

/** The page's config, once (a later client-side navigation draws through the page itself). */
export function takeFirstConfig(): FirstConfig | null {
  const w = window as unknown as Record<string, FirstConfig | undefined>;
  const config = w[GLOBAL] ?? null;
  delete w[GLOBAL];
  return config;
}
