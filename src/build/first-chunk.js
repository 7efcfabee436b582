/**
 * The first chart's code in two files, and a target link's in one more (issue 13). Left to itself, the bundler splits what
 * src/lib/first/draw.ts imports into some twenty small chunks, shared with the pages; a link then
 * waits for twenty requests and module instantiations before its chart can start, where the
 * engine-free floor loads one file. These code-splitting groups put every module draw.ts reaches by
 * static imports into two chunks, the libraries and the app's own code, which the pages import from
 * as before. Client build only: the server build has no first chart. Plain JavaScript, like the
 * other build steps.
 */
import { resolve } from 'node:path';

/**
 * The modules a built page may start from its <head> (src/build/first-chart.js), each with the global
 * its page's first-paint script leaves when the link needs it (src/lib/first/config.ts) and the
 * group its code is bundled in: a shared link's or an embed's first chart, and a target link's target.
 */
const FIRST_START = { module: 'src/lib/first/draw.ts', global: '__regionpulsFirst', chunk: 'first-chart' };
const TARGET_START = {
  module: 'src/lib/first/target-link.ts',
  global: '__regionpulsTargetLink',
  chunk: 'target-link',
};
export const EARLY_STARTS = [FIRST_START, TARGET_START];

/** The first chart's app part, the group Vite's manifest names its chunk by. */
export const FIRST_CHUNK = FIRST_START.chunk;

/** The libraries' part (Plot, d3) of the first chart's code; Svelte stays with the app's part. */
const VENDOR = /node_modules\/(?!svelte\/)/;

/**
 * @typedef {{ getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }} Ctx
 * @typedef {{ name: (id: string, ctx: Ctx) => string | null, priority: number }} Group
 */

/**
 * Whether a module is reached by static imports from `entry`; the set is built on first use.
 * @param {string} entry
 */
function reachedFrom(entry) {
  /** @type {Set<string> | null} */
  let reached = null;
  /** @param {string} id @param {Ctx} ctx */
  return (id, ctx) => {
    if (!reached) {
      const found = new Set();
      /** @param {string} m */
      const visit = (m) => {
        if (found.has(m)) return;
        found.add(m);
        for (const next of ctx.getModuleInfo(m)?.importedIds ?? []) visit(next);
      };
      visit(resolve(entry));
      reached = found;
    }
    return reached.has(id);
  };
}

/**
 * Rolldown code-splitting groups (`build.rolldownOptions.output.codeSplitting.groups`): the libraries
 * the first chart reaches, the rest of what it reaches, and what a target link's start reaches beyond
 * that. Two files of ~250 kB each compile in parallel (Chromium compiles each script as it streams
 * in, on its own thread), where one file of ~510 kB compiled for ~115 ms before it could run.
 * @returns {Group[]}
 */
export function firstChartChunks() {
  const first = reachedFrom(FIRST_START.module);
  const target = reachedFrom(TARGET_START.module);
  return [
    {
      name: (id, ctx) => (first(id, ctx) && VENDOR.test(id) ? `${FIRST_CHUNK}-libraries` : null),
      priority: 3,
    },
    { name: (id, ctx) => (first(id, ctx) ? FIRST_CHUNK : null), priority: 2 },
    { name: (id, ctx) => (target(id, ctx) ? TARGET_START.chunk : null), priority: 1 },
  ];
}
