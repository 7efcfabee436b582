/**
 * The built pages' early first chart (src/build/first-chart.js): the first-chart module and its
 * imports are requested from the top of <head>, ahead of the app's other preloads, together with the
 * first-paint scripts it depends on — and pages without a first chart are left alone.
 */
import { describe, expect, it } from 'vitest';
import { firstChartFiles, withEarlyFirstChart } from '../../../src/build/first-chart.js';
import { inlineScripts, withPolicy } from '../../../src/build/csp.js';

// A Vite client manifest in miniature (synthetic: the shape of .vite/manifest.json).
const manifest = {
  'src/lib/first/draw.ts': { file: '_app/immutable/chunks/draw.js', imports: ['_plot.js', '_state.js'] },
  '_plot.js': { file: '_app/immutable/chunks/plot.js' },
  '_state.js': { file: '_app/immutable/chunks/state.js', imports: ['_plot.js', '_svelte.js'] },
  '_svelte.js': { file: '_app/immutable/chunks/svelte.js' },
  '_other.js': { file: '_app/immutable/chunks/other.js' },
};

const page = (prefix: string, headScripts: string) =>
  `<!doctype html><html><head><meta charset="utf-8" /><meta name="viewport" content="x" />` +
  `<link href="${prefix}_app/immutable/entry/start.A.js" rel="modulepreload">\n` +
  `<link href="${prefix}_app/immutable/chunks/other.js" rel="modulepreload">\n` +
  `<link href="${prefix}_app/immutable/chunks/plot.js" rel="modulepreload">` +
  `${headScripts}</head><body><div id="main-chart"></div><script>start()</script></body></html>`;

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
  });

  it('moves the config script (and the head scripts before it) ahead of the app, then starts the module', () => {
    const html = page('../', `<script>theme()</script><script>wait=1</script>${CONFIG}<script>later()</script>`);
    const out = withEarlyFirstChart(html, firstChartFiles(manifest));
    const head = /<head>([\s\S]*)<\/head>/.exec(out)![1]!;
    // After <meta charset> (it must stay in the first 1 024 bytes), in their order.
    expect(head.indexOf('<meta charset')).toBe(0);
    const order = ['theme()', 'wait=1', '__regionpulsFirst=', 'chunks/draw.js', 'data-first-start', 'entry/start.A.js'];
    const at = order.map((s) => head.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each first-chart file is preloaded once, at the page's own relative path; others stay where they were.
    expect(out.match(/chunks\/plot\.js/g)).toHaveLength(1);
    expect(out).toContain('<link rel="modulepreload" href="../_app/immutable/chunks/svelte.js">');
    expect(out).toContain('<link href="../_app/immutable/chunks/other.js" rel="modulepreload">');
    expect(out).toContain('import("../_app/immutable/chunks/draw.js")');
    // A script after the config stays after the app's preloads, and the body is untouched.
    expect(head.indexOf('later()')).toBeGreaterThan(head.indexOf('entry/start.A.js'));
    expect(out.endsWith('<body><div id="main-chart"></div><script>start()</script></body></html>')).toBe(true);
  });

  it('leaves a page without a first chart, and a page already rewritten, as they are', () => {
    const plain = page('./', '<script>theme()</script>');
    expect(withEarlyFirstChart(plain, firstChartFiles(manifest))).toBe(plain);
    const once = withEarlyFirstChart(page('./', CONFIG), firstChartFiles(manifest));
    expect(withEarlyFirstChart(once, firstChartFiles(manifest))).toBe(once);
  });

  it('gives the new module script its own hash in the policy written after it', () => {
    const out = withPolicy(withEarlyFirstChart(page('./', CONFIG), firstChartFiles(manifest)));
    expect(inlineScripts(out)).toContain('if(window.__regionpulsFirst)import("./_app/immutable/chunks/draw.js")');
    expect(out).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+'){3};/);
  });
});
