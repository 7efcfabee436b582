/**
 * Build time: the data-coverage page — per indicator, which levels and years have figures — drawn into
 * static HTML, so an analyst sees the holes before building a chart. No JavaScript (csr = false).
 */
import { buildDb } from '$lib/server/db';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue } from '$lib/state/load';
import { coverageMatrixQuery, type CoverageCell } from '$lib/sql/catalogue';
import { coverageChart, coverageGrid, coverageRows, coverageSummary } from '$lib/charts/coverage';
import { sourceText } from '$lib/export/labels';
import type { PageServerLoad } from './$types';

export const csr = false;
export const prerender = true;

const WIDTH = 900;

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const { indicators, regions, sources } = await loadCatalogue(db.engine);
  const cells = await db.engine.query<CoverageCell>(coverageMatrixQuery());
  const sizes = new Map<string, { level: string; kind: string; regions: number }>();
  for (const r of regions) {
    const key = `${r.level}|${r.kind}`;
    const size = sizes.get(key) ?? { level: r.level, kind: r.kind, regions: 0 };
    size.regions += 1;
    sizes.set(key, size);
  }
  const rows = coverageRows([...sizes.values()]);

  return {
    indicators: indicators.map((indicator) => {
      const grid = coverageGrid(
        cells.filter((c) => c.indicator === indicator.id),
        rows,
      );
      const years = grid.map((c) => c.year);
      return {
        id: indicator.id,
        name: indicator.name_nb,
        first: years.length ? Math.min(...years) : null,
        last: years.length ? Math.max(...years) : null,
        chartHtml: grid.length
          ? plotHtml(
              coverageChart(grid, rows, {
                width: WIDTH,
                description: `Datadekning for ${indicator.name_nb}: andel regioner med tall per nivå og år.`,
              }),
            )
          : null,
        summary: coverageSummary(grid, rows),
        sources: sources.filter((s) => s.indicator === indicator.id).map((s) => s.label),
        breaks: indicator.breaks ?? [],
        breakNote: indicator.break_note,
        sourceLine: sourceText(indicator, db.manifest),
      };
    }),
  };
};
