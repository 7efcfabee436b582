/**
 * The first chart's code in two files (issue 13). Left to itself, the bundler splits what
 * src/lib/first/draw.ts imports into some twenty small chunks, shared with the pages; a link then
 * waits for twenty requests and module instantiations before its chart can start, where the
 * engine-free floor loads one file. These code-splitting groups put every module draw.ts reaches by
 * static imports into two chunks, the libraries and the app's own code, which the pages import from
 * as before. Client build only: the server build has no first chart. Plain JavaScript, like the
 * other build steps.
 */
import { resolve } from 'node:path';

const DRAW_MODULE = resolve('src/lib/first/draw.ts');
/** The app part's group name, which Vite's manifest gives its chunk (first-chart.js looks it up by it). */
export const FIRST_CHUNK = 'first-chart';

/** The libraries' part (Plot, d3) of the first chart's code; Svelte stays with the app's part. */
const VENDOR = /node_modules\/(?!svelte\/)/;

/**
 * @typedef {{ getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }} Ctx
 * @typedef {{ name: (id: string, ctx: Ctx) => string | null, priority: number }} Group
 */

/**
 * Two rolldown code-splitting groups (`build.rolldownOptions.output.codeSplitting.groups`): the
 * libraries the first chart reaches, and the rest of what it reaches. Two files of ~250 kB each
 * compile in parallel (Chromium compiles each script as it streams in, on its own thread), where one
 * file of ~510 kB compiled for ~115 ms before it could run.
 * @returns {Group[]}
 */
export function firstChartChunks() {
  /** @type {Set<string> | null} */
  let reached = null;
  /** @param {string} id @param {Ctx} ctx */
  const reaches = (id, ctx) => {
    if (!reached) {
      const found = new Set();
      /** @param {string} m */
      const visit = (m) => {
        if (found.has(m)) return;
        found.add(m);
        for (const next of ctx.getModuleInfo(m)?.importedIds ?? []) visit(next);
      };
      visit(DRAW_MODULE);
      reached = found;
    }
    return reached.has(id);
  };
  return [
    {
      name: (id, ctx) => (reaches(id, ctx) && VENDOR.test(id) ? `${FIRST_CHUNK}-libraries` : null),
      priority: 2,
    },
    { name: (id, ctx) => (reaches(id, ctx) ? FIRST_CHUNK : null), priority: 1 },
  ];
}
