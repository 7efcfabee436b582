/**
 * The SQL console's quick chart: a first look at a result, chosen from its columns. A year column and a
 * number give lines over the years (one per value of the first text column, up to 12); a text column
 * and a number give bars for the first 30 rows; anything else gets no chart, only the table.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Row } from '../db/engine';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n';
import { colourFor } from './palette';
import type { KeyPoint } from './key-points';

/** Axis numbers as Norwegian readers write them («20 000»). */
const tickFormat = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);

const YEAR = /^(year|år|aar|arstall|årstall)$/i;
const MAX_SERIES = 12;
const MAX_BARS = 30;

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

export interface QuickChart {
  options: PlotOptions;
  /** What the chart shows, for its text alternative. */
  description: string;
  /** The chart's points for keyboard readers, with the pointer's tooltip words. */
  keyPoints: KeyPoint[];
}

export function quickChart(columns: readonly string[], rows: readonly Row[], width = 900): QuickChart | null {
  if (rows.length === 0) return null;
  const numeric = columns.filter(
    (c) => rows.every((r) => r[c] === null || isNumber(r[c])) && rows.some((r) => isNumber(r[c])),
  );
  const text = columns.filter((c) => rows.every((r) => r[c] === null || typeof r[c] === 'string'));
  const year = numeric.find((c) => YEAR.test(c));
  const value = numeric.find((c) => c !== year);
  if (!value) return null;
  const shown = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
  const tip = { format: { [value]: shown } };
  if (year) {
    const series = text[0];
    const keys = series ? [...new Set(rows.map((r) => String(r[series])))] : [];
    if (keys.length > MAX_SERIES) return null;
    const data = rows.filter((r) => isNumber(r[year]));
    const lineOf = (r: Row) => (series ? String(r[series]) : value);
    const keyPoints = data
      .filter((r) => isNumber(r[value]))
      .map((r) => ({
        series: lineOf(r),
        along: r[year] as number,
        at: { x: r[year] as number, y: r[value] as number },
        text: `${series ? `${lineOf(r)} ` : ''}${r[year] as number}: ${shown(r[value] as number)}`,
      }))
      .sort((a, b) => keys.indexOf(a.series) - keys.indexOf(b.series) || a.along - b.along);
    return {
      description: t.sqlConsole.linesDescription(value, year, series ?? null, keys.length),
      keyPoints,
      options: {
        width,
        height: 320,
        marginLeft: 64,
        x: { label: year, tickFormat: 'd' },
        y: { label: value, grid: true, tickFormat },
        color: series ? { legend: true, domain: keys } : undefined,
        marks: [
          Plot.lineY(data, { x: year, y: value, stroke: series ?? colourFor(0), tip }),
          Plot.ruleY([0]),
        ],
      },
    };
  }
  const label = text[0];
  if (!label) return null;
  const data = rows.slice(0, MAX_BARS);
  // A list: each bar its own item, in the order drawn.
  const keyPoints = data.flatMap((r, i) =>
    isNumber(r[value])
      ? [
          {
            series: String(i),
            along: 0,
            at: { x: r[value] as number, y: String(r[label]) },
            text: `${String(r[label])}: ${shown(r[value] as number)}`,
          },
        ]
      : [],
  );
  return {
    keyPoints,
    description: t.sqlConsole.barsDescription(
      value,
      data.length,
      label,
      rows.length > MAX_BARS ? MAX_BARS : null,
    ),
    options: {
      width,
      height: Math.max(120, data.length * 22 + 40),
      marginLeft: 160,
      x: { label: value, grid: true, tickFormat },
      y: { label: null, domain: data.map((r) => String(r[label])) },
      marks: [
        Plot.barX(data, { x: value, y: (r: Row) => String(r[label]), fill: colourFor(0), tip }),
        Plot.ruleX([0]),
      ],
    },
  };
}
