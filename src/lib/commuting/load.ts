/**
 * The commuting page's data: one area's figures per year and its largest flows, loaded through any
 * engine (DuckDB-wasm in the browser, Node at build time), and the plain-language facts a council reads
 * from them — arbeidsplassdekning, the change over the years the matrix has, and whether a grouping is a
 * self-contained labour market by the travel-to-work-area rule.
 */
import type { Engine } from '../db/engine';
import { commutingFlowsQuery, commutingSummaryQuery } from '../sql/commuting';
import type { CommutingFlowRow, CommutingYearRow } from '../sql/commuting';
import {
  SELF_CONTAINED,
  commutingTrendChart,
  commutingTrendKeyPoints,
  flowChart,
  flowKeyPoints,
  selfContainmentChart,
  selfContainmentKeyPoints,
} from '../charts/commuting';
import { t } from '../i18n';

/** The area the page opens with: the regional council of the Kongsvinger region. */
export const DEFAULT_AREA = 'kongsvingerregionen';
/** Flows shown in each direction. */
export const FLOW_COUNT = 10;

export interface CommutingData {
  code: string;
  summary: CommutingYearRow[];
  /** Latest year with figures (null when the area has none). */
  year: number | null;
  /** First year with figures: the flows' comparison year and the start of the change. */
  fromYear: number | null;
  flows: CommutingFlowRow[];
}

/** `members` for an own region (`egen-1`): its kommuner, bound in the queries. */
export async function loadCommuting(
  engine: Engine,
  code: string,
  members?: readonly string[],
): Promise<CommutingData> {
  const summary = await engine.query<CommutingYearRow>(commutingSummaryQuery(code, members));
  const years = summary.filter((r) => r.complete).map((r) => r.year);
  const year = years.length ? Math.max(...years) : null;
  const fromYear = years.length ? Math.min(...years) : null;
  const flows =
    year === null
      ? []
      : await engine.query<CommutingFlowRow>(commutingFlowsQuery(code, year, fromYear!, FLOW_COUNT, members));
  return { code, summary, year, fromYear, flows };
}

/** How the page names the area in a sentence, in the reader's language («kommunen», «the county»). */
export function areaWord(level: string): string {
  return t.commuting.areaWords[level] ?? t.commuting.areaWords.region!;
}

export interface SelfContainment {
  /** Share of employed residents who work in the area. */
  residents: number;
  /** Share of the area's jobs held by its residents. */
  jobs: number;
  /** Both at least 75 %. */
  contained: boolean;
}

/**
 * The travel-to-work-area rule (ONS; Eurostat uses the same idea for functional labour market areas):
 * a self-contained labour market has at least 75 % of its employed residents working inside it and at
 * least 75 % of its jobs held by people who live there. Null for a year without figures.
 */
export function selfContainment(row: CommutingYearRow | undefined): SelfContainment | null {
  if (!row || row.residents_inside === null || row.jobs_inside === null) return null;
  return {
    residents: row.residents_inside,
    jobs: row.jobs_inside,
    contained: row.residents_inside >= SELF_CONTAINED && row.jobs_inside >= SELF_CONTAINED,
  };
}

/** A measure of the summary table: its key and whether it counts persons or is a ratio (shown in per cent). */
export interface Measure {
  key:
    | 'jobs'
    | 'residents'
    | 'job_ratio'
    | 'inside'
    | 'in_commuters'
    | 'out_commuters'
    | 'residents_inside'
    | 'jobs_inside';
  kind: 'count' | 'share';
}

/** The summary table's rows, in the order a council reads them. */
export const MEASURES: readonly Measure[] = [
  { key: 'jobs', kind: 'count' },
  { key: 'residents', kind: 'count' },
  { key: 'job_ratio', kind: 'share' },
  { key: 'inside', kind: 'count' },
  { key: 'in_commuters', kind: 'count' },
  { key: 'out_commuters', kind: 'count' },
  { key: 'residents_inside', kind: 'share' },
  { key: 'jobs_inside', kind: 'share' },
];

/** Years in which the area has no figures (a member kommune is missing from SSB's file that year). */
export function missingYears(summary: readonly CommutingYearRow[]): number[] {
  return summary.filter((r) => !r.complete).map((r) => r.year);
}

/** The largest share of figures resting on estimated flows in any year, 0–1. */
export function estimatedShare(summary: readonly CommutingYearRow[]): number {
  return Math.max(0, ...summary.map((r) => r.estimated_share ?? 0));
}

/** Plot options for the page's four charts and their keyboard points, the same at build time (prerendered) and in the browser. */
export function commutingCharts(data: CommutingData, name: string, level: string, width = 540) {
  const area = areaWord(level);
  const year = data.year ?? 0;
  const from = data.fromYear ?? year;
  const years = data.summary.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const flows = (direction: 'in' | 'out') => ({
    direction,
    year,
    fromYear: from < year ? from : undefined,
    width,
    description:
      direction === 'in' ? t.commuting.inDescription(name, year) : t.commuting.outDescription(name, year),
  });
  const trend = { width, area, description: t.commuting.trendDescription(name, first, last) };
  return {
    in: flowChart(data.flows, flows('in')),
    out: flowChart(data.flows, flows('out')),
    trend: commutingTrendChart(data.summary, trend),
    shares: selfContainmentChart(data.summary, { width, description: t.commuting.sharesDescription(name) }),
    /** The charts' points for keyboard readers (Chart's keyPoints). */
    keys: {
      in: flowKeyPoints(data.flows, flows('in')),
      out: flowKeyPoints(data.flows, flows('out')),
      trend: commutingTrendKeyPoints(data.summary, trend),
      shares: selfContainmentKeyPoints(data.summary),
    },
  };
}
