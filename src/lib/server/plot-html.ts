/**
 * Plot in Node: renders chart options to HTML with linkedom, so prerendered pages carry the chart's
 * SVG and the first chart appears before any JavaScript or wasm has loaded.
 */
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { renderPlot } from '../charts/render';

export function plotHtml(options: PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return renderPlot({ ...options, document: document as unknown as Document }).outerHTML;
}
