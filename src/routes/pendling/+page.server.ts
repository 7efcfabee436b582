/**
 * Build time: the commuting page with its default area (Kongsvingerregionen) filled in — figures,
 * tables and charts in the HTML — so it reads at once; the browser loads any other area through
 * DuckDB-wasm with the same builders. Also the list of areas for the picker.
 */
import { buildDb } from '$lib/server/db';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue } from '$lib/series/load';
import { DEFAULT_AREA, commutingCharts, loadCommuting } from '$lib/commuting/load';
import { regionLabel } from '$lib/definitions/regions';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
  const db = await buildDb();
  const { regions } = await loadCatalogue(db.engine);
  const seed = await loadCommuting(db.engine, DEFAULT_AREA);
  const area = regions.find((r) => r.code === DEFAULT_AREA);
  if (!area) throw new Error(`invalid default area: ${DEFAULT_AREA}`);
  const charts = commutingCharts(seed, regionLabel(area), area.level);
  return {
    areas: regions.map((r) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind })),
    // The flow map needs each area's kommuner: a grouping's members, a fylke's kommuner.
    members: Object.fromEntries(
      regions
        .filter((r) => r.level === 'region' || r.level === 'fylke')
        .map((r) => [
          r.code,
          r.level === 'region'
            ? r.members
            : regions.filter((k) => k.level === 'kommune' && k.fylke_code === r.code).map((k) => k.code),
        ]),
    ) as Record<string, string[]>,
    seed,
    chartHtml: {
      in: plotHtml(charts.in),
      out: plotHtml(charts.out),
      trend: plotHtml(charts.trend),
      shares: plotHtml(charts.shares),
    },
    builtAt: db.manifest.built_at,
    version: db.manifest.version,
  };
};
