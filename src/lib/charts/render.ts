/**
 * Every Plot drawing goes through here, in the browser (Chart.svelte) and in Node (prerendering), so
 * the drawn DOM is the same for readers of both.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';

/** The developer badge Plot adds when a mark warned: an emoji whose <title> asks to check the console. */
const WARNING_TITLE = /warnings?\. Please check the console\.$/;

/**
 * Draws the chart. The chart's SVG is hidden from assistive technology: Plot names each mark's <g>
 * with aria-label, which ARIA prohibits on an element with no role, and read one by one the marks say
 * nothing a listener can use. The text alternative is beside the SVG instead — the chart's description
 * (Chart's figure label, the report's caption) and the data table under it. The legend stays readable.
 * Plot's warning badge is for developers: it is removed, and the warning itself stays in the console.
 *
 * @example renderPlot(lineChart(rows, options)).outerHTML
 */
export function renderPlot(options: PlotOptions): HTMLElement | SVGSVGElement {
  const figure = Plot.plot(options);
  const svgs = figure.tagName.toLowerCase() === 'svg' ? [figure] : [...figure.querySelectorAll('svg')];
  for (const svg of svgs) {
    if (!svg.querySelector('g[aria-label]')) continue;
    svg.setAttribute('aria-hidden', 'true');
    for (const badge of svg.querySelectorAll(':scope > text')) {
      if (WARNING_TITLE.test(badge.querySelector('title')?.textContent ?? '')) badge.remove();
    }
  }
  return figure;
}

/**
 * The spec at the width it is drawn at: at least 320 px, and year ticks thinned to one label per
 * ~64 px, since a spec's ticks assume its own width. The live chart (Chart.svelte) and the first
 * chart drawn before hydration (src/lib/first) both go through here, so they draw the same picture.
 */
export function atWidth(options: PlotOptions, width: number): PlotOptions {
  const w = Math.max(320, Math.floor(width));
  const room = Math.max(2, Math.floor(w / 64));
  const ticks = options.x?.ticks;
  const x =
    typeof ticks === 'number'
      ? { ...options.x, ticks: Math.min(ticks, room) }
      : Array.isArray(ticks) && ticks.length > room
        ? { ...options.x, ticks: ticks.filter((_, i) => i % Math.ceil(ticks.length / room) === 0) }
        : options.x;
  return { ...options, x, width: w };
}
