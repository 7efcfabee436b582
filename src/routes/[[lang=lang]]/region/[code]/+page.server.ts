/**
 * Build time: one static report page per region, with every chart drawn into the HTML. The page
 * ships no JavaScript (csr = false): it is a document to read, print or save as PDF, and it paints
 * completely on first load.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { buildDb, DATA_DIR, shippedTargets } from '$lib/server/db';
import { MAP_FILES, POPULATION_INDICATOR, type CentralityFile } from '$lib/schema';
import { selectPeers } from '$lib/peers/peers';
import type { PeerCandidate } from '$lib/peers/peers';
import { loadPeerCandidates, loadPeerStatements } from '$lib/peers/load';
import type { SeriesCache } from '$lib/peers/load';
import { formatMeasure } from '$lib/ranking/format';
import { comparisonHref } from '$lib/ranking/view';
import { formatNumber, indicatorName, t, unitName } from '$lib/i18n';
import { plotHtml } from '$lib/server/plot-html';
import { loadCatalogue } from '$lib/series/load';
import { sourceLabeller } from '$lib/series/source-labels';
import { regionLabels } from '$lib/definitions/regions';
import { sourceText } from '$lib/export/labels';
import type { Catalogue } from '$lib/series/load';
import { loadRegionReport } from '$lib/report/load';
import type { GrowthRankRow } from '$lib/sql/region';
import { reportChart, reportDescription } from '$lib/charts/report';
import { targetViewChart } from '$lib/charts/target';
import { digitsForUnit } from '$lib/i18n/format';
import { evaluateTarget } from '$lib/targets/evaluate';
import { regionParts } from '$lib/targets/model';
import { loadTargetSeries } from '$lib/targets/series';
import type { EntryGenerator, PageServerLoad } from './$types';

export const csr = false;
export const prerender = true;

const REPORT_WIDTH = 680;
/**
 * The report has no script to redraw a chart for a phone, and the A4-wide one scaled down to a 390 px
 * screen has 7 px labels: each chart is also drawn at phone width, and CSS shows one of them.
 */
const PHONE_WIDTH = 360;
let catalogue: Promise<Catalogue> | null = null;
const rankCache = new Map<string, Promise<GrowthRankRow[]>>();
/**
 * Each region is visited three times in a row (nb, nn, en): the figures are read once and only the
 * words and charts are drawn per language. A few recent regions are kept, not all.
 */
const reportCache = new Map<string, ReturnType<typeof loadRegionReport>>();
const REPORT_CACHE_SIZE = 8;

async function getCatalogue(): Promise<Catalogue> {
  catalogue ??= buildDb().then((db) => loadCatalogue(db.engine));
  return catalogue;
}

let peerBase: Promise<{ candidates: PeerCandidate[]; year: number }> | null = null;
const peerCache: SeriesCache = new Map();

/** Every kommune's population and centrality class, loaded once for all report pages. */
function getPeerBase(): Promise<{ candidates: PeerCandidate[]; year: number }> {
  peerBase ??= (async () => {
    const db = await buildDb();
    const centrality = JSON.parse(
      await readFile(join(DATA_DIR, MAP_FILES.centrality), 'utf-8'),
    ) as CentralityFile;
    const year = db.manifest.indicators[POPULATION_INDICATOR]?.years?.[1];
    if (!year) throw new Error('invalid manifest: no population years');
    return { candidates: await loadPeerCandidates(db.engine, centrality, year, peerCache), year };
  })();
  return peerBase;
}

/** Every region in bokmål (no language segment), nynorsk and English (src/params/lang.ts). */
export const entries: EntryGenerator = async () =>
  (await getCatalogue()).regions.flatMap((r) =>
    ([undefined, 'nn', 'en'] as const).map((lang) => ({ lang, code: r.code })),
  );

export const load: PageServerLoad = async ({ params }) => {
  const db = await buildDb();
  const { indicators, regions } = await getCatalogue();
  const region = regions.find((r) => r.code === params.code);
  if (!region) error(404, t.report.unknownRegion(params.code));
  const { sources } = await getCatalogue();
  const names = regionLabels(regions);
  const peers = regions.filter((r) => r.level === region.level && r.kind === region.kind).length;
  let pending = reportCache.get(region.code);
  if (!pending) {
    pending = loadRegionReport(db.engine, region, indicators, rankCache, peers);
    reportCache.set(region.code, pending);
    if (reportCache.size > REPORT_CACHE_SIZE) reportCache.delete(reportCache.keys().next().value!);
  }
  const report = await pending;

  const sections = report.sections.map((s) => {
    const label = sourceLabeller(sources, s.indicator.id);
    const options = (width: number) => reportChart(s, names, label, width);
    return {
      ...s,
      chartHtml: plotHtml(options(REPORT_WIDTH)),
      phoneChartHtml: plotHtml(options(PHONE_WIDTH)),
      // The chart's SVG is hidden from screen readers (charts/render.ts); this is what it shows, in words.
      description: reportDescription(s, names),
      digits: digitsForUnit(s.indicator.unit, [s.latest.value]),
      withoutData: s.withoutData.map((code) => names.get(code) ?? code),
      sourceLine: sourceText(s.indicator, db.manifest),
    };
  });

  const targets = [];
  // A target on a sum of regions («kongsvingerregionen+3419») belongs on the report of each part.
  for (const target of (await shippedTargets()).filter((t) => regionParts(t.region).includes(region.code))) {
    const indicator = indicators.find((i) => i.id === target.indicator);
    if (!indicator) continue;
    const actual = await loadTargetSeries(db.engine, target.indicator, target.region);
    const view = evaluateTarget(
      target,
      actual,
      indicator,
      regionParts(target.region)
        .map((c) => names.get(c) ?? c)
        .join(' + '),
    );
    const path = view.path;
    const chart = (width: number) =>
      path
        ? plotHtml(targetViewChart({ ...view, path }, unitName(indicator.unit), { width, height: 260 }))
        : null;
    targets.push({
      view,
      indicatorName: indicatorName(indicator),
      unit: unitName(indicator.unit),
      chartHtml: chart(REPORT_WIDTH),
      phoneChartHtml: chart(PHONE_WIDTH),
      dataSource: sourceText(indicator, db.manifest),
    });
  }

  let comparable = null;
  if (region.level === 'kommune') {
    const { candidates, year } = await getPeerBase();
    const target = candidates.find((c) => c.code === region.code);
    if (target) {
      const selection = selectPeers(target, candidates);
      const items = report.sections.flatMap((s) =>
        s.change ? [{ indicator: s.indicator, period: { from: s.change.from, to: s.change.to } }] : [],
      );
      const statements = await loadPeerStatements(
        db.engine,
        region.code,
        selection.peers.map((p) => p.code),
        items,
        peerCache,
      );
      const codes = [region.code, ...selection.peers.map((p) => p.code)];
      const compareIndicator = report.sections.some((s) => s.indicator.id === 'sysselsatte')
        ? 'sysselsatte'
        : POPULATION_INDICATOR;
      comparable = {
        rule: t.peers.rule(
          names.get(region.fylke_code ?? '') ?? t.peers.theFylke,
          target.centralityClass,
          formatNumber(Math.ceil(selection.bounds[0])),
          formatNumber(Math.floor(selection.bounds[1])),
          year,
        ),
        centrality: t.peers.centrality(target.centralityClass),
        population: target.population,
        year,
        list: selection.peers.map((p) => ({
          code: p.code,
          name: names.get(p.code) ?? p.name,
          population: p.population,
          fylke: names.get(p.fylke ?? '') ?? '',
        })),
        href: comparisonHref(compareIndicator, codes),
        statements: statements.map((st) => ({
          indicator: st.indicator.id,
          measure: st.measure,
          comparison: st.comparison,
          text: t.peers.statement(
            st.measure === 'growth'
              ? t.peers.growthLabel(st.period.from, st.period.to)
              : t.peers.per1000Label(st.period.to),
            t.peers[st.comparison],
          ),
          value: formatMeasure(st.value, st.measure, 2),
          band: t.peers.bandText(
            formatMeasure(st.band.median, st.measure, 2),
            formatMeasure(st.band.low, st.measure, 2),
            formatMeasure(st.band.high, st.measure, 2),
            st.band.n,
          ),
        })),
      };
    }
  }

  const members = region.members.map((code) => ({ code, name: names.get(code) ?? code }));
  const parents = regions.filter(
    (r) => region.fylke_code === r.code || (region.level === 'kommune' && r.members.includes(region.code)),
  );
  return {
    region,
    label: names.get(region.code) ?? region.name,
    members,
    parents: parents.map((p) => ({
      code: p.code,
      name: names.get(p.code) ?? p.name,
      level: p.level,
      kind: p.kind,
    })),
    sections,
    targets,
    peers: comparable,
    manifest: db.manifest,
  };
};
