/**
 * A chart as a standalone SVG document: title, subtitle and legend above the drawn chart, the source
 * line below, all burnt in, so a file that leaves the page still says what it shows and where the
 * numbers come from. Pure string work (text widths come from a `measure` callback), so it runs in
 * tests without a browser; the browser side is in download.ts.
 *
 * Only system fonts and no external references: the PNG is drawn from this SVG through an <img>,
 * which loads nothing, so anything not inline would silently go missing.
 */

export interface FontSpec {
  size: number;
  weight: number;
}

/** Width in CSS pixels of `text` set in the figure's font at `font`. */
export type Measure = (text: string, font: FontSpec) => number;

export interface FigureInput {
  /** The chart's <svg>, serialized as XML (Plot's root svg, carrying its own width, height and viewBox). */
  chartSvg: string;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: { name: string; colour: string }[];
  /** Source line(s) under the chart. */
  source: string[];
  /** The alt text, as the document's <desc>. */
  description: string;
  measure: Measure;
}

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
// Light colours on purpose, whatever the page's theme: a file goes into reports and slides.
const INK = '#1d1d1f';
const MUTED = '#5f6368';
const PAD = 16;
const TITLE: FontSpec = { size: 20, weight: 700 };
const SUBTITLE: FontSpec = { size: 14, weight: 400 };
const LEGEND: FontSpec = { size: 13, weight: 400 };
const SOURCE: FontSpec = { size: 12, weight: 400 };
const SWATCH = 12;

export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap; a single word longer than the line stays whole rather than being cut. */
export function wrap(text: string, maxWidth: number, font: FontSpec, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  font: FontSpec,
  fill: string,
): { svg: string; bottom: number } {
  const lh = Math.round(font.size * 1.35);
  const svg = lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * lh + font.size}" font-size="${font.size}" font-weight="${font.weight}" fill="${fill}">${xml(l)}</text>`,
    )
    .join('');
  return { svg, bottom: y + lines.length * lh };
}

/** Legend entries flow left to right and wrap like Plot's own swatches. */
function legendRows(
  legend: FigureInput['legend'],
  x: number,
  y: number,
  maxWidth: number,
  measure: Measure,
): { svg: string; bottom: number } {
  const rowHeight = 22;
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of legend) {
    const w = SWATCH + 6 + measure(item.name, LEGEND) + 18;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += rowHeight;
    }
    parts.push(
      `<g aria-label="legend-item"><rect x="${cx}" y="${cy + 4}" width="${SWATCH}" height="${SWATCH}" fill="${xml(item.colour)}"/>` +
        `<text x="${cx + SWATCH + 6}" y="${cy + 4 + SWATCH - 1}" font-size="${LEGEND.size}" fill="${INK}">${xml(item.name)}</text></g>`,
    );
    cx += w;
  }
  return { svg: parts.join(''), bottom: legend.length ? cy + rowHeight : y };
}

/**
 * Places the chart's own <svg> as a nested svg at (0, y), keeping its viewBox and styles. Plot's
 * stylesheet gives its svg `height: auto; max-width: 100%`, which for a nested svg means "fill the
 * parent" — so the size is pinned in the style attribute, which outranks that rule.
 */
export function placeChart(chartSvg: string, y: number, width: number, height: number): string {
  const source = chartSvg.trim();
  const open = /^<svg\b[^>]*>/.exec(source);
  if (!open) throw new Error('invalid chart: not an <svg> element');
  let tag = open[0].replace(/\s(x|y)="[^"]*"/g, '');
  const size = `width:${width}px;height:${height}px;max-width:none`;
  tag = /\sstyle="/.test(tag)
    ? tag.replace(/\sstyle="([^"]*)"/, (_, css: string) => ` style="${css.replace(/;?\s*$/, '')};${size}"`)
    : tag.replace(/^<svg\b/, `<svg style="${size}"`);
  return tag.replace(/^<svg\b/, `<svg x="0" y="${y}"`) + source.slice(open[0].length);
}

export function composeFigure(input: FigureInput): Figure {
  const { width, measure } = input;
  const inner = width - 2 * PAD;
  const title = textLines(wrap(input.title, inner, TITLE, measure), PAD, PAD, TITLE, INK);
  const subtitle = textLines(
    wrap(input.subtitle, inner, SUBTITLE, measure),
    PAD,
    title.bottom + 2,
    SUBTITLE,
    MUTED,
  );
  const legend = legendRows(input.legend, PAD, subtitle.bottom + 8, inner, measure);
  const chartTop = legend.bottom + 6;
  const sourceLines = input.source.flatMap((s) => wrap(s, inner, SOURCE, measure));
  const source = textLines(sourceLines, PAD, chartTop + input.height + 8, SOURCE, MUTED);
  const height = Math.ceil(source.bottom + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-label="${xml(input.title)}" font-family="${xml(FONT_FAMILY)}" color="${INK}">` +
    `<title>${xml(input.title)}</title><desc>${xml(input.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    title.svg +
    subtitle.svg +
    legend.svg +
    placeChart(input.chartSvg, chartTop, width, input.height) +
    source.svg +
    `</svg>`;
  return { svg, width, height };
}
