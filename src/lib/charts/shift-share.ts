/**
 * A region's change in employment split into its three shift-share effects: one horizontal bar each
 * for the national, industry-mix and local effect and one for the actual change they add up to,
 * labelled with the signed number of persons. Gains to the right (blue), losses to the left (red),
 * like the map's classes; the actual change is drawn darker so the sum stands apart from its parts.
 */
import * as Plot from '@observablehq/plot';
import type { ShiftShare } from '../shiftshare/shift-share';
import { formatNumber, formatSigned } from '../i18n/format';
import { CHART_WIDTH } from './line';
import type { KeyPoint } from './key-points';

export const shiftShareDefaults = {
  width: CHART_WIDTH,
  barHeight: 44,
  marginLeft: 170,
  positive: '#4a7fb5',
  negative: '#c8553d',
  total: '#333',
};

export interface ShiftShareChartOptions {
  /** Bar labels in order: national, mix, local, actual. */
  labels: { national: string; mix: string; local: string; actual: string };
  xLabel: string;
  description?: string;
  width?: number;
}

interface Bar {
  key: 'national' | 'mix' | 'local' | 'actual';
  label: string;
  value: number;
  text: string;
}

const signed = (v: number) => formatSigned(v, 0);

export function shiftShareBars(result: ShiftShare, labels: ShiftShareChartOptions['labels']): Bar[] {
  return (['national', 'mix', 'local', 'actual'] as const).map((key) => ({
    key,
    label: labels[key],
    value: result[key],
    text: signed(result[key]),
  }));
}

/** A bar's tooltip: its effect and its signed persons. */
const barTitle = (b: Bar) => `${b.label}: ${b.text}`;

/** The four bars for keyboard readers, top to bottom, with their tooltip's words. */
export function shiftShareKeyPoints(
  result: ShiftShare,
  labels: ShiftShareChartOptions['labels'],
): KeyPoint[] {
  return shiftShareBars(result, labels).map((b, i) => ({
    series: b.key,
    along: i,
    at: { x: b.value, y: b.label },
    text: barTitle(b),
  }));
}

export function shiftShareChart(result: ShiftShare, options: ShiftShareChartOptions): Plot.PlotOptions {
  const o = { ...shiftShareDefaults, ...options };
  const bars = shiftShareBars(result, o.labels);
  const reach = Math.max(1, ...bars.map((b) => Math.abs(b.value)));
  const fill = (b: Bar) => (b.key === 'actual' ? o.total : b.value < 0 ? o.negative : o.positive);
  return {
    width: o.width,
    height: bars.length * o.barHeight + 50,
    marginLeft: o.marginLeft,
    marginRight: 60,
    ariaDescription: o.description ?? null,
    style: { fontSize: '12px', overflow: 'visible' },
    // Symmetric around 0 with room for the labels, so a loss is as long as a gain of the same size.
    x: {
      label: o.xLabel,
      domain: [-reach * 1.25, reach * 1.25],
      grid: true,
      tickFormat: (v: number) => formatNumber(v, 0),
    },
    y: { label: null, domain: bars.map((b) => b.label) },
    marks: [
      Plot.barX(bars, { y: 'label', x: 'value', fill, insetTop: 6, insetBottom: 6, title: barTitle }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
      // Each number beside its bar's end, outside the bar: right of a gain, left of a loss.
      Plot.text(
        bars.filter((b) => b.value >= 0),
        { y: 'label', x: 'value', text: 'text', textAnchor: 'start', dx: 4, fill: 'currentColor' },
      ),
      Plot.text(
        bars.filter((b) => b.value < 0),
        { y: 'label', x: 'value', text: 'text', textAnchor: 'end', dx: -4, fill: 'currentColor' },
      ),
    ],
  };
}
