/**
 * Build time: the data-coverage page — per indicator, which levels and years have figures — drawn into
 * static HTML, so an analyst sees the holes before building a chart. No JavaScript (csr = false).
 */
import { buildDb } from '$lib/server/db';
import { indicatorBreakNote, indicatorName, sourceName, t } from '$lib/i18n';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue } from '$lib/series/load';
import { coverageMatrixQuery, type CoverageCell } from '$lib/sql/catalogue';
import { coverageChart, coverageGrid, coverageRows, coverageSummary } from '$lib/charts/coverage';
import { sourceText } from '$lib/export/labels';
import type { EntryGenerator, PageServerLoad } from './$types';

export const csr = false;
export const prerender = true;

const WIDTH = 900;

/** Bokmål at `/dekning`, nynorsk and English at `/nn/dekning` and `/en/dekning` (src/params/lang.ts). */
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'nn' }, { lang: 'en' }];

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
        name: indicatorName(indicator),
        first: years.length ? Math.min(...years) : null,
        last: years.length ? Math.max(...years) : null,
        chartHtml: grid.length
          ? plotHtml(
              coverageChart(grid, rows, {
                width: WIDTH,
                description: t.coveragePage.chartDescription(indicatorName(indicator)),
              }),
            )
          : null,
        summary: coverageSummary(grid, rows),
        sources: sources
          .filter((s) => s.indicator === indicator.id)
          .map((s) => sourceName(indicator.id, s.id, s.label)),
        breaks: indicator.breaks ?? [],
        breakNote: indicatorBreakNote(indicator),
        sourceLine: sourceText(indicator, db.manifest),
      };
    }),
  };
};
