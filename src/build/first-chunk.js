/**
 * The first chart's code in one file (issue 13). Left to itself, the bundler splits what
 * src/lib/first/draw.ts imports into some twenty small chunks, shared with the pages; a link then
 * waits for twenty requests and module instantiations before its chart can start, where the
 * engine-free floor loads one file. This code-splitting group puts every module draw.ts reaches by
 * static imports into one chunk, which the pages import from as before. Client build only: the
 * server build has no first chart. Plain JavaScript, like the other build steps.
 */
import { resolve } from 'node:path';

const DRAW_MODULE = resolve('src/lib/first/draw.ts');
/** The group's name, which Vite's manifest gives the chunk (first-chart.js looks it up by it). */
export const FIRST_CHUNK = 'first-chart';

/**
 * A rolldown code-splitting group (`build.rolldownOptions.output.codeSplitting.groups`).
 * @returns {{ name: (id: string, ctx: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }) => string | null }}
 */
export function firstChartChunk() {
  /** @type {Set<string> | null} */
  let reached = null;
  return {
    name(id, ctx) {
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
      return reached.has(id) ? FIRST_CHUNK : null;
    },
  };
}
