/**
 * Build time: one static report page per region, with every chart drawn into the HTML. The page
 * ships no JavaScript (csr = false): it is a document to read, print or save as PDF, and it paints
 * completely on first load.
 */
import { error } from '@sveltejs/kit';
import { buildDb, shippedTargets } from '$lib/server/db';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue, loadSeries, sourceLabeller } from '$lib/state/load';
import { regionLabels } from '$lib/definitions/regions';
import { sourceText } from '$lib/export/labels';
import type { Catalogue } from '$lib/state/load';
import { loadRegionReport } from '$lib/state/report';
import type { GrowthRankRow } from '$lib/sql/region';
import { lineChart } from '$lib/charts/line';
import { targetChart } from '$lib/charts/target';
import { digitsForUnit } from '$lib/i18n/format';
import { evaluateTarget } from '$lib/targets/evaluate';
import { regionParts } from '$lib/targets/model';
import { loadTargetSeries } from '$lib/targets/series';
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
  const { sources } = await getCatalogue();
  const names = regionLabels(regions);
  const peers = regions.filter((r) => r.level === region.level && r.kind === region.kind).length;
  const report = await loadRegionReport(db.engine, region, indicators, rankCache, peers);

  const sections = report.sections.map((s) => {
    const options = lineChart(s.series.rows, {
      names,
      order: s.order,
      mode: 'indexed',
      yLabel: s.series.base === null ? 'Indeks' : `Indeks: ${s.series.base} = 100`,
      digits: 1,
      width: REPORT_WIDTH,
      height: 260,
      breaks: s.indicator.breaks ?? [],
      sourceLabel: sourceLabeller(sources, s.indicator.id)
    });
    return {
      ...s,
      chartHtml: plotHtml(options),
      digits: digitsForUnit(s.indicator.unit, [s.latest.value]),
      withoutData: s.withoutData.map((code) => names.get(code) ?? code),
      sourceLine: sourceText(s.indicator, db.manifest)
    };
  });

  const targets = [];
  // A target on a sum of regions («kongsvingerregionen+3419») belongs on the report of each part.
  for (const target of (await shippedTargets()).filter((t) => regionParts(t.region).includes(region.code))) {
    const indicator = indicators.find((i) => i.id === target.indicator);
    if (!indicator) continue;
    const actual = await loadTargetSeries(db.engine, target.indicator, target.region);
    const view = evaluateTarget(target, actual, indicator, regionParts(target.region).map((c) => names.get(c) ?? c).join(' + '));
    const chartHtml = view.path
      ? plotHtml(targetChart(view.actual, { path: view.path, projection: view.projection, yLabel: indicator.unit, digits: 0, width: REPORT_WIDTH, height: 260 }))
      : null;
    targets.push({ view, indicatorName: indicator.name_nb, unit: indicator.unit, chartHtml, dataSource: sourceText(indicator, db.manifest) });
  }

  const members = region.members.map((code) => ({ code, name: names.get(code) ?? code }));
  const parents = regions.filter((r) => region.fylke_code === r.code || (region.level === 'kommune' && r.members.includes(region.code)));
  return {
    region,
    label: names.get(region.code) ?? region.name,
    members,
    parents: parents.map((p) => ({ code: p.code, name: names.get(p.code) ?? p.name, level: p.level, kind: p.kind })),
    sections,
    targets,
    manifest: db.manifest
  };
};
