/**
 * A link's first chart starts from the page's <head> (issue 13). SvelteKit puts some forty module
 * preloads in <head>, and its client hook runs only once they have all loaded; the first chart needs
 * a third of those bytes. So in every built page that can draw a first chart (its first-paint script
 * leaves the first-chart config), this moves that script to the top of <head>, preloads the first-chart
 * module's own imports ahead of the rest, and imports the module at once (src/lib/first/draw.ts starts
 * drawing on import; the client hook later awaits the same module instance). A target link's page
 * (its head script leaves the target-link config) starts src/lib/first/target-link.ts the same way,
 * which draws the linked target (first-chunk.js EARLY_STARTS). The app's other
 * preloads and SvelteKit's start wait until the chart is drawn. Runs before the
 * Content-Security-Policy is written, which then allows the new inline script by its hash. Plain
 * JavaScript for the same reason as csp.js.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files.js';
import { EARLY_STARTS } from './first-chunk.js';

const [FIRST_START] = EARLY_STARTS;

/**
 * @typedef {{ module: string, global: string, chunk: string }} EarlyStart
 * @typedef {Record<string, { file: string, name?: string, imports?: string[] }>} ClientManifest
 */

/** Called by src/lib/first/draw.ts (and target-link.ts) once drawn (or given up): the app may load. */
const FIRST_DONE_GLOBAL = '__regionpulsFirstDone';
/** Hydration never waits longer than this for the first chart (as src/hooks.client.ts). */
const FIRST_CHART_WAIT_MS = 4000;
/** SvelteKit's start in the page's body: both entry imports, started at once. */
const APP_START = /Promise\.all\(\[\s*(import\("[^"]+"\),\s*import\("[^"]+"\))\s*\]\)/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc\s*=)[^>]*>[\s\S]*?<\/script>/gi;

/**
 * An early module's file and every file it imports statically, from Vite's client manifest, the
 * module itself first. The client build puts the module and its imports into chunks of its own
 * (first-chunk.js), which the manifest names by the group, not by the module.
 * @param {ClientManifest} manifest
 * @param {EarlyStart} [start] the first chart's, unless another is given
 * @returns {string[]}
 */
export function firstChartFiles(manifest, start = /** @type {EarlyStart} */ (FIRST_START)) {
  const key =
    Object.keys(manifest).find((k) => k.endsWith(start.module)) ??
    Object.keys(manifest).find((k) => manifest[k]?.name === start.chunk);
  if (!key) throw new Error(`early start: ${start.module} is not in the client build`);
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} k */
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]?.imports ?? []) visit(i);
  };
  visit(key);
  return [...seen].map((k) => /** @type {{ file: string }} */ (manifest[k]).file);
}

/**
 * The page's head script that holds the app's other module preloads and SvelteKit's start while a
 * first chart is drawn: on two cores, the ~25 modules the page needs compete with the chart for the
 * network and the CPU. Without a first chart it asks for the same preloads at once, as the static
 * links did; with one, when draw.ts calls `__regionpulsFirstDone` (or after the hook's wait).
 * @param {string[]} preloads the page's other module preloads, as the page wrote them
 * @param {string} global the early start's config global: the app is held only when the page left it
 * @returns {string}
 */
function holdScript(preloads, global) {
  return (
    `<script>(function(){var w=window,l=${JSON.stringify(preloads)},d=0;` +
    `function p(){if(d)return;d=1;for(var i=0;i<l.length;i++){var e=document.createElement('link');` +
    `e.rel='modulepreload';e.href=l[i];document.head.appendChild(e)}}` +
    `if(!w.${global})return p();` +
    `w.__regionpulsHold=new Promise(function(r){w.${FIRST_DONE_GLOBAL}=function(){p();r()}});` +
    `setTimeout(function(){w.${FIRST_DONE_GLOBAL}()},${FIRST_CHART_WAIT_MS})})()</script>`
  );
}

/**
 * The page with its first chart started from the top of <head>, and the app's own modules held until
 * it is drawn; unchanged when the page draws no first chart or was rewritten already.
 * @param {string} html
 * @param {string[]} files `_app/...` paths, the early module first
 * @param {string} [global] the config global its page's head script leaves (the first chart's)
 * @returns {string}
 */
export function withEarlyFirstChart(html, files, global = /** @type {EarlyStart} */ (FIRST_START).global) {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html);
  if (!head || html.includes('data-first-start')) return html;
  // The head's first-paint scripts up to the one that leaves the config, in order: the config script
  // may read what an earlier one decided (the embed's «another view than the prerendered» class).
  const scripts = [...(head[1] ?? '').matchAll(INLINE_SCRIPT)].map((m) => m[0]);
  const last = scripts.findIndex((s) => s.includes(global));
  if (last < 0) return html;
  const moved = scripts.slice(0, last + 1);
  // The page's own path to the app folder (pages are built with relative paths).
  const prefix = /href="((?:\.\.?\/)+)_app\/immutable\/entry\/start\./.exec(html)?.[1];
  if (!prefix) throw new Error('first chart: a page draws a first chart but loads no app');
  const wanted = new Set(files);
  let rest = head[1] ?? '';
  for (const script of moved) rest = rest.replace(script, '');
  // The first chart's files are preloaded up front; the page's other preloads wait in holdScript
  // (a static link would be fetched by the browser's preload scanner before any script could hold it).
  /** @type {string[]} */
  const held = [];
  rest = rest.replace(/\s*<link href="((?:\.\.?\/)+_app\/[^"]+)" rel="modulepreload">/g, (_, href) => {
    if (!wanted.has(href.slice(prefix.length))) held.push(href);
    return '';
  });
  const early =
    moved.join('') +
    holdScript(held, global) +
    files.map((f) => `<link rel="modulepreload" href="${prefix}${f}">`).join('') +
    `<script type="module" async data-first-start>if(window.${global})import(${JSON.stringify(prefix + files[0])})</script>`;
  // After <meta charset>, which must stay within the page's first 1 024 bytes.
  const charset = /<meta charset[^>]*>/i.exec(rest);
  const cut = charset ? charset.index + charset[0].length : 0;
  const open = head.index + head[0].indexOf('>') + 1;
  const close = head.index + head[0].length - '</head>'.length;
  const body = html.slice(close);
  if (!APP_START.test(body)) throw new Error("first chart: SvelteKit's start script is not where it was");
  const heldStart = body.replace(
    APP_START,
    (_, imports) => `(window.__regionpulsHold||Promise.resolve()).then(()=>Promise.all([${imports}]))`,
  );
  return html.slice(0, open) + rest.slice(0, cut) + early + rest.slice(cut) + heldStart;
}

/**
 * Rewrites every built page under `dir` that draws a first chart; returns how many.
 * @param {string} dir
 * @param {string} clientManifest path of Vite's client manifest (.vite/manifest.json)
 * @returns {Promise<number>}
 */
export async function applyEarlyFirstChart(dir, clientManifest) {
  /** @type {ClientManifest} */
  const manifest = JSON.parse(await readFile(clientManifest, 'utf8'));
  const starts = EARLY_STARTS.map((start) => ({ global: start.global, files: firstChartFiles(manifest, start) }));
  let pages = 0;
  for await (const file of htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    // A page leaves at most one early start's config; a rewritten page is left as it is.
    let next = html;
    for (const { global, files } of starts) if (next === html) next = withEarlyFirstChart(html, files, global);
    if (next !== html) {
      await writeFile(file, next);
      pages++;
    }
  }
  return pages;
}
