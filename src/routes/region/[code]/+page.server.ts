/**
 * Build time: one static report page per region, with every chart drawn into the HTML. The page
 * ships no JavaScript (csr = false): it is a document to read, print or save as PDF, and it paints
 * completely on first load.
 */
import { error } from '@sveltejs/kit';
import { buildDb, shippedTargets } from '$lib/server/db';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue, loadSeries } from '$lib/state/load';
import type { Catalogue } from '$lib/state/load';
import { loadRegionReport } from '$lib/state/report';
import type { GrowthRankRow } from '$lib/sql/region';
import { lineChart } from '$lib/charts/line';
import { targetChart } from '$lib/charts/target';
import { digitsFor } from '$lib/i18n/format';
import { evaluateTarget } from '$lib/targets/evaluate';
import type { EntryGenerator, PageServerLoad } from './$types';

export const csr = false;
export const prerender = true;

const REPORT_WIDTH = 680;
let catalogue: Promise<Catalogue> | null = null;
const rankCache = new Map<string, Promise<GrowthRankRow[]>>();

async function getCatalogue(): Promise<Catalogue> {
  catalogue ??= buildDb().then((db) => loadCatalogue(db.engine));
  return catalogue;
}

export const entries: EntryGenerator = async () => (await getCatalogue()).regions.map((r) => ({ code: r.code }));

export const load: PageServerLoad = async ({ params }) => {
  const db = await buildDb();
  const { indicators, regions } = await getCatalogue();
  const region = regions.find((r) => r.code === params.code);
  if (!region) error(404, `Ukjent regionkode «${params.code}»`);
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const report = await loadRegionReport(db.engine, region, indicators, rankCache);

  const sections = report.sections.map((s) => {
    const options = lineChart(s.series.rows, {
      names,
      order: s.order,
      mode: 'indexed',
      yLabel: s.series.base === null ? 'Indeks' : `Indeks: ${s.series.base} = 100`,
      digits: 1,
      width: REPORT_WIDTH,
      height: 260
    });
    return { ...s, chartHtml: plotHtml(options), digits: digitsFor([s.latest.value]) };
  });

  const targets = [];
  for (const target of (await shippedTargets()).filter((t) => t.region === region.code)) {
    const indicator = indicators.find((i) => i.id === target.indicator);
    if (!indicator) continue;
    const series = await loadSeries(db.engine, { indicator: target.indicator, regions: [target.region], mode: 'absolute', base: null });
    const view = evaluateTarget(target, series.rows.map((r) => ({ year: r.year, value: r.value })), indicator, region.name);
    const chartHtml = view.path
      ? plotHtml(targetChart(view.actual, { path: view.path, projection: view.projection, yLabel: indicator.unit, digits: 0, width: REPORT_WIDTH, height: 260 }))
      : null;
    targets.push({ view, indicatorName: indicator.name_nb, unit: indicator.unit, chartHtml, dataSource: `${indicator.source}, tabell ${indicator.table_id}` });
  }

  const members = region.members.map((code) => ({ code, name: names.get(code) ?? code }));
  const parents = regions.filter((r) => region.fylke_code === r.code || (region.level === 'kommune' && r.members.includes(region.code)));
  return { region, members, parents: parents.map((p) => ({ code: p.code, name: p.name, level: p.level, kind: p.kind })), sections, targets, manifest: db.manifest };
};
