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
