/**
 * Browser side of the downloads: takes the chart as drawn (what the reader sees is what they get),
 * composes it with figure.ts, rasterises the PNG and hands files over with Blob + <a download>.
 * Nothing here makes a request: the PNG is drawn from a data: URL of the composed SVG.
 */
import { composeFigure, FONT_FAMILY } from './figure';
import type { Figure, FigureInput, Measure } from './figure';
import { csvFileName, type CsvDialect } from './csv';

/** The chart's <svg> inside a Chart component: Plot's root svg (the legend's swatches are svgs too). */
export function findChartSvg(chartId: string): SVGSVGElement | null {
  const host = document.getElementById(chartId);
  if (!host) return null;
  const svgs = [...host.querySelectorAll<SVGSVGElement>('svg')].filter(
    (s) => s.parentElement?.closest('svg') === null && s.querySelector('g[aria-label]'),
  );
  // The live drawing comes after the prerendered one in the DOM; prefer it while both exist.
  return svgs[svgs.length - 1] ?? null;
}

/** Serialises a copy of the chart without transient parts (the pointer's tooltip). */
export function serializeChart(svg: SVGSVGElement): { xml: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Hidden on the page because the page has the text alternative beside it; a saved file has only itself.
  clone.removeAttribute('aria-hidden');
  for (const tip of clone.querySelectorAll('g[aria-label=tip]')) tip.replaceChildren();
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.clientHeight;
  return { xml: new XMLSerializer().serializeToString(clone), width, height };
}

/** Text widths from a canvas, in the same font stack the SVG names. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * font.size * 0.55;
    ctx.font = `${font.weight} ${font.size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

export function chartFigure(
  svg: SVGSVGElement,
  parts: Omit<FigureInput, 'chartSvg' | 'width' | 'height' | 'measure'>,
): Figure {
  const chart = serializeChart(svg);
  return composeFigure({
    ...parts,
    chartSvg: chart.xml,
    width: chart.width,
    height: chart.height,
    measure: canvasMeasure(),
  });
}

/** Draws the figure on a canvas at `scale` × its size: 2 gives crisp text on slides and retina screens. */
export async function figurePng(figure: Figure, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(figure.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(figure.width * scale);
  canvas.height = Math.round(figure.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d is not available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob returned nothing'))), 'image/png'),
  );
}

export function saveBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Hands a CSV text over as a file: `name` is the plain file's, the spreadsheet dialect's says so (csvFileName). */
export function saveCsv(csv: string, name: string, dialect: CsvDialect): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), csvFileName(name, dialect));
}
