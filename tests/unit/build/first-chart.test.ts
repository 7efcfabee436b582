/**
 * The built pages' early first chart (src/build/first-chart.js): the first-chart module and its
 * imports are requested from the top of <head>, ahead of the app's other preloads, together with the
 * first-paint scripts it depends on — and pages without a first chart are left alone.
 */
import { describe, expect, it } from 'vitest';
import { firstChartFiles, withEarlyFirstChart } from '../../../src/build/first-chart.js';
import { inlineScripts, withPolicy } from '../../../src/build/csp.js';
import { EARLY_STARTS } from '../../../src/build/first-chunk.js';

// A Vite client manifest in miniature (synthetic: the shape of .vite/manifest.json).
const manifest = {
  'src/lib/first/draw.ts': { file: '_app/immutable/chunks/draw.js', imports: ['_plot.js', '_state.js'] },
  '_plot.js': { file: '_app/immutable/chunks/plot.js' },
  '_state.js': { file: '_app/immutable/chunks/state.js', imports: ['_plot.js', '_svelte.js'] },
  '_svelte.js': { file: '_app/immutable/chunks/svelte.js' },
  '_other.js': { file: '_app/immutable/chunks/other.js' },
};

// SvelteKit's start script, as it writes it (whitespace shortened).
const START =
  '<script>{const element=document.currentScript.parentElement;Promise.all([\n\timport("./_app/immutable/entry/start.A.js"),\n\timport("./_app/immutable/entry/app.B.js")\n]).then(([kit, app]) => {kit.start(app, element)})}</script>';

const page = (prefix: string, headScripts: string) =>
  `<!doctype html><html><head><meta charset="utf-8" /><meta name="viewport" content="x" />` +
  `<link href="${prefix}_app/immutable/entry/start.A.js" rel="modulepreload">\n` +
  `<link href="${prefix}_app/immutable/chunks/other.js" rel="modulepreload">\n` +
  `<link href="${prefix}_app/immutable/chunks/plot.js" rel="modulepreload">` +
  `${headScripts}</head><body><div id="main-chart"></div>${START}</body></html>`;

const CONFIG = '<script>if(wait)window.__regionpulsFirst={"chartId":"main-chart"}</script>';

describe('the early first chart in built pages', () => {
  it('lists the first-chart module first, then each of its imports once', () => {
    expect(firstChartFiles(manifest)).toEqual([
      '_app/immutable/chunks/draw.js',
      '_app/immutable/chunks/plot.js',
      '_app/immutable/chunks/state.js',
      '_app/immutable/chunks/svelte.js',
    ]);
    expect(() => firstChartFiles({ '_x.js': { file: 'x.js' } })).toThrow(/draw\.ts/);
    // The client build puts the module and its imports in two chunks, named by their groups.
    const grouped = {
      '_first.js': { file: '_app/immutable/chunks/first.js', name: 'first-chart', imports: ['_h.js'] },
      '_h.js': { file: '_app/immutable/chunks/h.js', name: 'first-chart-libraries' },
      '_other.js': { file: '_app/immutable/chunks/other.js', name: 'other' },
    };
    expect(firstChartFiles(grouped)).toEqual(['_app/immutable/chunks/first.js', '_app/immutable/chunks/h.js']);
  });

  it('moves the config script (and the head scripts before it) ahead of the app, then starts the module', () => {
    const html = page('../', `<script>theme()</script><script>wait=1</script>${CONFIG}<script>later()</script>`);
    const out = withEarlyFirstChart(html, firstChartFiles(manifest));
    const head = /<head>([\s\S]*)<\/head>/.exec(out)![1]!;
    // After <meta charset> (it must stay in the first 1 024 bytes), in their order.
    expect(head.indexOf('<meta charset')).toBe(0);
    const order = ['theme()', 'wait=1', '__regionpulsFirst=', '__regionpulsHold', 'chunks/draw.js', 'data-first-start'];
    const at = order.map((s) => head.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each first-chart file is preloaded once, at the page's own relative path; others stay where they were.
    expect(out.match(/chunks\/plot\.js/g)).toHaveLength(1);
    expect(out).toContain('<link rel="modulepreload" href="../_app/immutable/chunks/svelte.js">');
    expect(out).toContain('import("../_app/immutable/chunks/draw.js")');
    // The app's other preloads are no longer static links (the preload scanner would fetch them at
    // once): the hold script asks for them, at the same relative paths, once the chart is drawn.
    expect(out).not.toContain('<link href="../_app/immutable/chunks/other.js" rel="modulepreload">');
    expect(head).toContain('["../_app/immutable/entry/start.A.js","../_app/immutable/chunks/other.js"]');
    // A script after the config stays after the hold script.
    expect(head.indexOf('later()')).toBeGreaterThan(head.indexOf('__regionpulsHold'));
    // SvelteKit starts when the hold is released, and imports the same entries.
    const body = /<body>([\s\S]*)<\/body>/.exec(out)![1]!;
    expect(body).toContain('(window.__regionpulsHold||Promise.resolve()).then(()=>Promise.all([');
    expect(body).toMatch(/import\("\.\/_app\/immutable\/entry\/start\.A\.js"\),\s*import\("\.\/_app\/immutable\/entry\/app\.B\.js"\)\]\)\)\.then\(\(\[kit, app\]\)/);
  });

  it('holds the app only while a first chart is wanted, and never past the hook\'s wait', async () => {
    const out = withEarlyFirstChart(page('./', CONFIG), firstChartFiles(manifest));
    const hold = inlineScripts(out).find((s) => s.includes('__regionpulsHold'))!;
    const run = (first: boolean) => {
      const links: string[] = [];
      const timers: (() => void)[] = [];
      const w: Record<string, unknown> = first ? { __regionpulsFirst: {} } : {};
      const document = {
        createElement: () => ({}),
        head: { appendChild: (e: { href: string }) => links.push(e.href) },
      };
      new Function('window', 'document', 'setTimeout', hold)(w, document, (f: () => void) => timers.push(f));
      return { w, links, timers };
    };
    // No first chart: the preloads are asked for at once and nothing is held.
    const plain = run(false);
    expect(plain.links).toEqual(['./_app/immutable/entry/start.A.js', './_app/immutable/chunks/other.js']);
    expect(plain.w.__regionpulsHold).toBeUndefined();
    // A first chart: nothing until draw.ts calls done; then once, even if the timer fires too.
    const first = run(true);
    expect(first.links).toEqual([]);
    (first.w.__regionpulsFirstDone as () => void)();
    first.timers.forEach((f) => f());
    expect(first.links).toHaveLength(2);
    await expect(first.w.__regionpulsHold).resolves.toBeUndefined();
    // The chart never drawn: the hook's 4 s wait releases the app all the same.
    const stalled = run(true);
    stalled.timers.forEach((f) => f());
    expect(stalled.links).toHaveLength(2);
  });

  it('leaves a page without a first chart, and a page already rewritten, as they are', () => {
    const plain = page('./', '<script>theme()</script>');
    expect(withEarlyFirstChart(plain, firstChartFiles(manifest))).toBe(plain);
    const once = withEarlyFirstChart(page('./', CONFIG), firstChartFiles(manifest));
    expect(withEarlyFirstChart(once, firstChartFiles(manifest))).toBe(once);
  });

  it('starts a target link\'s module on the page that leaves its config, and holds the app for it', () => {
    const start = EARLY_STARTS.find((s) => s.global === '__regionpulsTargetLink')!;
    const withTarget = {
      ...manifest,
      'src/lib/first/target-link.ts': { file: '_app/immutable/chunks/target.js', imports: ['_plot.js'] },
    };
    const files = firstChartFiles(withTarget, start);
    expect(files).toEqual(['_app/immutable/chunks/target.js', '_app/immutable/chunks/plot.js']);
    const html = page('./', '<script>if(q.has("t"))window.__regionpulsTargetLink={}</script>');
    // The first chart's start leaves the targets page alone; the target link's rewrites it.
    expect(withEarlyFirstChart(html, firstChartFiles(manifest))).toBe(html);
    const out = withEarlyFirstChart(html, files, start.global);
    const scripts = inlineScripts(out);
    expect(scripts).toContain('if(window.__regionpulsTargetLink)import("./_app/immutable/chunks/target.js")');
    expect(scripts.find((s) => s.includes('__regionpulsHold'))).toContain('if(!w.__regionpulsTargetLink)return p();');
  });

  it('gives the new scripts their own hashes in the policy written after it', () => {
    const out = withPolicy(withEarlyFirstChart(page('./', CONFIG), firstChartFiles(manifest)));
    expect(inlineScripts(out)).toContain('if(window.__regionpulsFirst)import("./_app/immutable/chunks/draw.js")');
    expect(out).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+'){4};/);
  });
});
