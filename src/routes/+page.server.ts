/**
 * Build time: the default view's data and chart, from the same Parquet through Node's DuckDB, so the
 * prerendered page shows the chart at first paint and is usable before DuckDB-wasm has started.
 */
import { DEFAULT_VIEW } from '$lib/config';
import { buildDb } from '$lib/server/db';
import { rowsHashes } from '$lib/server/rows';
import { loadCatalogue, loadSeries } from '$lib/series/load';
import { sourceLabeller } from '$lib/series/source-labels';
import { regionLabels } from '$lib/definitions/regions';
import { viewChart } from '$lib/charts/view-chart';
import { plotHtml } from '$lib/server/plot-html';
import { atWidth } from '$lib/charts/render';
import type { Seed } from '$lib/state/dashboard.svelte';
import type { PageServerLoad } from './$types';

/**
 * The prerendered chart is drawn at the widths the page will redraw it at, so nothing moves when it
 * hydrates: the chart column beside the controls at full width (the layout's 72rem less the controls'
 * 22rem and the 2rem gap, in +page.svelte) and a 390 px phone's column; CSS shows one of them.
 */
const WIDE_WIDTH = 768;
const PHONE_WIDTH = 358;

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  {
    const { indicators, regions, sources } = await loadCatalogue(db.engine);
    const view = DEFAULT_VIEW;
    const indicator = indicators.find((i) => i.id === view.indicator);
    if (!indicator) throw new Error(`invalid default indicator: ${view.indicator}`);
    const series = await loadSeries(db.engine, view);
    const chart = viewChart(
      series,
      view,
      indicator,
      regionLabels(regions),
      undefined,
      sourceLabeller(sources, indicator.id),
    );
    // As Chart.svelte draws it at a measured width.
    const chartAt = (width: number) => plotHtml(atWidth(chart.options, width));
    const seed: Seed = { indicators, regions, sources, manifest: db.manifest, view, series };
    // The engine-free files' hashes: a link's first chart uses a file only if it is this build's.
    return {
      seed,
      chartHtml: chartAt(WIDE_WIDTH),
      phoneChartHtml: chartAt(PHONE_WIDTH),
      rowsHashes: await rowsHashes(),
    };
  }
};
