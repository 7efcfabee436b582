/**
 * The first chart of a link, drawn before the page hydrates. Hydrating the SvelteKit page costs about
 * as much as a whole engine-free page, so a shared link or an embed draws its chart first, with the
 * page's own pieces: the `Dashboard` state parses the URL and runs the query builders' views on the
 * engine-free engine (the files, checked by SHA-256), and the chart is the page's spec from
 * src/lib/charts at the width it will be drawn at. The page then takes the state over (handoff.ts)
 * and its live chart replaces this one in place.
 */
import { Dashboard } from '../state/dashboard.svelte';
import { sourceLabeller } from '../series/source-labels';
import { answersEngineFree, filesEngine } from '../db/start';
import { chartSpan, viewChart } from '../charts/view-chart';
import { atWidth, renderPlot } from '../charts/render';
import { chartSubtitle, chartTitle, sourceText } from '../export/labels';
import { linkLang, setLang } from '../i18n';
import { firstConfig, firstDone } from './config';
import type { FirstConfig } from './config';
import { bodyParsed, firstStillWanted, keepFirst } from './handoff';
import type { FirstChart } from './handoff';
import { markOnce } from '../probe';

let started: Promise<FirstChart | null> | null = null;

/**
 * The page's first chart, drawn once: by whichever asks first — the page's <head> (this module's own
 * start, below) or the client hook. Never rejects: a file that is not the build's leaves the chart to
 * the page, which fetches the same file and says why (DAMAGED_DATA, with no numbers).
 */
export function firstChart(): Promise<FirstChart | null> {
  started ??= (async () => {
    const config = firstConfig();
    const first = config ? await drawFirst(config, firstStillWanted).catch(() => null) : null;
    keepFirst(first);
    firstDone();
    return first;
  })();
  return started;
}

// Imported from the built page's <head> (src/build/first-chart.js), this module starts at once,
// while the app's own modules still load.
if (typeof window !== 'undefined' && firstConfig()) void firstChart();

/**
 * Draws the view in `location.search` into the page's chart and sets its title, subtitle and source
 * line; null when there is nothing to draw (no data for the view, or the page must wait for DuckDB).
 * Rejects when a file is not the build's (DAMAGED_DATA): nothing is drawn, and the page, which
 * fetches the same file, says so. `stillWanted` turns false once the page hydrates without it.
 */
export async function drawFirst(
  config: FirstConfig,
  stillWanted: () => boolean = () => true,
): Promise<FirstChart | null> {
  const { manifest, hashes } = config;
  if (!answersEngineFree(manifest, hashes)) return null;
  const search = location.search;
  // Pages are prerendered in bokmål; the link's language applies from the first chart on.
  setLang(linkLang(location));
  const local = filesEngine(new URL(config.folder, location.href), manifest, hashes);
  const dash = new Dashboard();
  await dash.connect(local, manifest);
  await dash.applyUrl(search);
  await bodyParsed();
  const series = dash.series;
  const indicator = dash.indicator;
  const chart = document.getElementById(config.chartId);
  const host = chart?.querySelector('[data-chart-host]');
  if (series.status !== 'ready' || !indicator || !chart || !host || !stillWanted()) return null;
  if (series.data.rows.every((r) => r.y === null)) return null;

  const view = dash.view;
  const width = chart.clientWidth;
  const drawn = viewChart(
    series.data,
    view,
    indicator,
    dash.names,
    // Only the panels lay out by width; the page does the same (specWidth).
    view.chart === 'panels' ? Math.max(320, Math.floor(width)) : undefined,
    sourceLabeller(dash.sources, view.indicator),
  );
  host.replaceChildren(renderPlot(atWidth(drawn.options, width)));
  chart.setAttribute('aria-label', drawn.description);
  // The prerendered default chart goes; its hydration markers (comments) stay for Svelte.
  for (const old of chart.querySelectorAll('.prerendered > *')) old.remove();
  const text = (selector: string, value: string) => {
    for (const el of document.querySelectorAll(selector)) el.textContent = value;
  };
  text('[data-first=title]', chartTitle(indicator, chartSpan(series.data, view)));
  text('[data-first=subtitle]', chartSubtitle(view, indicator, series.data.base));
  text('[data-testid=source-line]', sourceText(indicator, manifest));
  document.documentElement.classList.add('rp-first');
  document.documentElement.classList.remove('rp-embed-wait');
  markOnce('first-chart-before-hydration');
  return { search, dash, local };
}
