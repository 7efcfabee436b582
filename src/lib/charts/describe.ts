/**
 * A chart's text description, generated from its data: the accessible name of the chart, the alt
 * text of an embed, and a summary for screen readers. One sentence per region, first and last value.
 */
import { formatNumber, formatPercent, formatSigned } from '../i18n/format';
import { t } from '../i18n';

export interface DescribeInput {
  indicator: string;
  unit: string;
  mode: 'absolute' | 'per1000' | 'indexed';
  base: number | null;
  regions: { name: string; points: { year: number; y: number | null }[] }[];
  digits: number;
}

function sentence(
  indicator: string,
  name: string,
  points: { year: number; y: number | null }[],
  digits: number,
  suffix: string,
): string {
  const present = points
    .filter((p): p is { year: number; y: number } => p.y !== null)
    .sort((a, b) => a.year - b.year);
  if (present.length === 0) return t.chartText.noData(name);
  const first = present[0]!;
  const last = present[present.length - 1]!;
  if (present.length === 1)
    return t.chartText.single(indicator, name, `${formatNumber(first.y, digits)}${suffix}`, first.year);
  const change = first.y === 0 ? null : (last.y - first.y) / Math.abs(first.y);
  const dir = last.y > first.y ? 'up' : last.y < first.y ? 'down' : 'same';
  const pct =
    change === null ? '' : ` (${change >= 0 ? '+' : '−'}${formatPercent(Math.abs(change) * 100, 0)})`;
  const from = `${formatNumber(first.y, digits)}${suffix}`;
  const to = `${formatNumber(last.y, digits)}${suffix}`;
  return `${t.chartText.moved(indicator, name, dir, from, first.year, to, last.year)}${pct}.`;
}

export function describeSeries(input: DescribeInput): string {
  const suffix = input.mode === 'per1000' ? ` ${t.chartText.per1000}` : '';
  const lead = input.mode === 'indexed' && input.base !== null ? t.chartText.indexedLead(input.base) : '';
  const body = input.regions
    .map((r) => sentence(input.indicator, r.name, r.points, input.digits, suffix))
    .join(' ');
  return (lead + body).replace(/\u00a0|\u202f/g, ' ');
}

export interface DescribeChangeInput {
  indicator: string;
  from: number;
  to: number;
  /** Largest change first, as drawn. */
  rows: readonly { name: string; start: number; end: number; change: number }[];
  /** Regions without a value in one of the two years. */
  missing: readonly string[];
  digits: number;
  suffix: string;
}

/** The dumbbell in words: who changed most from one year to the other, then each region's numbers. */
export function describeChange(input: DescribeChangeInput): string {
  const fmt = (v: number) => formatNumber(v, input.digits);
  const signed = (v: number) => formatSigned(v, input.digits);
  const lead = t.chartText.changeLead(input.indicator, input.from, input.to);
  const top = input.rows[0];
  const most = top && input.rows.length > 1 ? t.chartText.largest(top.name, signed(top.change)) : '';
  const each = input.rows
    .map(
      (r) =>
        ` ${r.name}: ${fmt(r.start)}${input.suffix} → ${fmt(r.end)}${input.suffix} (${signed(r.change)}).`,
    )
    .join('');
  const missing = input.missing.length ? t.chartText.missingFor(input.missing.join(', ')) : '';
  return (lead + most + each + missing).replace(/\u00a0|\u202f/g, ' ');
}
