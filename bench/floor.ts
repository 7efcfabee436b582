/**
 * The engine-free floor the link views are ratioed against (issue 13): a page with the view's rows
 * precomputed at build time as JSON and Observable Plot drawing them — no framework, no engine, no
 * decoding. The rows come from the same data (static/data) through Node's DuckDB and the app's own
 * query builder, so the floor draws exactly the chart the link draws. Built into bench/data/floor/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openNodeDb } from '../src/lib/db/node';
import { loadSeries } from '../src/lib/series/load';
import type { SeriesView } from '../src/lib/config';

const OUT = resolve('bench/data/floor');

/** Writes index.html, floor.js (Plot, one classic script) and rows.json; returns the folder. */
export async function buildFloor(view: SeriesView, dataDir = 'static/data'): Promise<string> {
  const db = await openNodeDb(dataDir);
  const { rows } = await loadSeries(db.engine, view);
  db.close();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const entry = join(OUT, 'entry.js');
  writeFileSync(
    entry,
    `import * as Plot from '@observablehq/plot';
fetch('rows.json').then((r) => r.json()).then((rows) => {
  const chart = Plot.plot({
    width: Math.min(960, document.querySelector('main').clientWidth), height: 440, color: { legend: true },
    y: { grid: true, label: 'personer' }, x: { tickFormat: 'd', label: null },
    marks: [Plot.lineY(rows, { x: 'year', y: 'y', stroke: 'region_code', tip: true })]
  });
  document.querySelector('[data-testid=chart]').append(chart);
});
`,
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    root: OUT,
    build: {
      outDir: OUT,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name: 'floor', fileName: () => 'floor.js' },
      minify: true,
    },
  });
  writeFileSync(
    join(OUT, 'rows.json'),
    JSON.stringify(rows.map((r) => ({ region_code: r.region_code, year: r.year, y: r.y }))),
  );
  writeFileSync(
    join(OUT, 'index.html'),
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>floor</title><script src="floor.js" defer></script></head>
<body><main><div data-testid="chart"></div></main></body></html>
`,
  );
  rmSync(entry);
  return OUT;
}
