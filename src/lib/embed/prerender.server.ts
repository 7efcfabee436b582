/**
 * Build time: the default view for /embed, drawn in Node at an article column's width, with the
 * seed its state starts from. The same queries and chart builder as the main page's prerender, so
 * the embed's first paint is the chart the live code then draws.
 */
import { DEFAULT_VIEW } from '../config';
import { buildDb } from '../server/db';
import { plotHtml } from '../server/plot-html';
import { loadCatalogue, loadSeries } from '../series/load';
import { sourceLabeller } from '../series/source-labels';
import { regionLabels } from '../definitions/regions';
import { viewChart } from '../charts/view-chart';
import type { Seed } from '../state/dashboard.svelte';
import { EMBED_PRERENDER_WIDTH } from './layout';

export async function prerenderDefaultEmbed(): Promise<{ seed: Seed; chartHtml: string }> {
  const db = await buildDb();
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
    EMBED_PRERENDER_WIDTH,
    sourceLabeller(sources, indicator.id),
  );
  // Only what this one view needs travels in the page (an embed sits on someone else's page, so every
  // kilobyte counts): its regions. Any other view loads the full catalogue from the engine.
  const seed: Seed = {
    indicators,
    regions: regions.filter((r) => view.regions.includes(r.code)),
    sources: sources.filter((s) => s.indicator === view.indicator),
    manifest: db.manifest,
    view,
    series,
  };
  return { seed, chartHtml: plotHtml(chart.options) };
}
