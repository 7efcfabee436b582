/**
 * State of an own region's report (`/region/egen-1?g1=…`): the region read from the link, its report
 * (the same sections a shipped region's report has, from its members' sums) and its commuting key
 * figures. The catalogue is seeded at build time; the figures need the engine, which starts in the
 * browser. A link without a usable own region says why, in the reader's language, and nothing is drawn.
 */
import type { Engine } from '../db/engine';
import type { Indicator, IndicatorSourceRow, Manifest } from '../schema';
import type { RegionInfo } from '../series/load';
import { loadRegionReport } from '../report/load';
import type { RegionReport } from '../report/load';
import { commutingSummaryQuery } from '../sql/commuting';
import type { CommutingYearRow } from '../sql/commuting';
import { groupCode, ownReportRegion, parseGroups } from '../groups/group';
import type { OwnGroup } from '../groups/group';
import { t } from '../i18n';
import { loading } from './query';
import type { QueryState } from './query';

export interface OwnReportSeed {
  indicators: Indicator[];
  regions: RegionInfo[];
  sources: IndicatorSourceRow[];
  manifest: Manifest;
}

/** The latest year in which every member has commuting figures, or null when no year has. */
export interface OwnCommuting {
  latest: CommutingYearRow | null;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export class OwnReportState {
  readonly seed: OwnReportSeed;
  readonly slot: number;
  /** The own region the link describes; null until read, or when the link has none that can be used. */
  group = $state.raw<OwnGroup | null>(null);
  region = $state.raw<RegionInfo | null>(null);
  /** Why the link gives no report, in the reader's language (read where shown, so it follows the language). */
  problem = $state.raw<(() => string) | null>(null);
  report = $state.raw<QueryState<RegionReport>>(loading);
  commuting = $state.raw<QueryState<OwnCommuting>>(loading);

  #engine: Promise<Engine>;
  #resolve!: (e: Engine) => void;
  #request = 0;
  #kommuner: Set<string>;

  constructor(seed: OwnReportSeed, slot: number) {
    this.seed = seed;
    this.slot = slot;
    this.#engine = new Promise((resolve) => (this.#resolve = resolve));
    this.#kommuner = new Set(seed.regions.filter((r) => r.level === 'kommune').map((r) => r.code));
  }

  get code(): string {
    return groupCode(this.slot);
  }

  connect(engine: Engine): void {
    this.#resolve(engine);
  }

  async applyUrl(search: string): Promise<void> {
    const request = ++this.#request;
    const { groups, refused } = parseGroups(new URLSearchParams(search), (c) => this.#kommuner.has(c));
    const group = groups.find((g) => g.slot === this.slot) ?? null;
    this.group = group;
    if (!group) {
      const why = refused.find((r) => r.param === `g${this.slot}`);
      const code = this.code;
      this.problem = why ? () => t.groups.refused(why) : () => t.ownReport.missing(code, `g${this.slot}`);
      this.region = null;
      return;
    }
    this.problem = null;
    const region = ownReportRegion(group, this.seed.regions);
    this.region = region;
    this.report = loading;
    this.commuting = loading;
    const engine = await this.#engine;
    const [report, commuting] = await Promise.allSettled([
      loadRegionReport(engine, region, this.seed.indicators, undefined, 0, group),
      engine.query<CommutingYearRow>(commutingSummaryQuery(region.code, group.members)),
    ]);
    if (request !== this.#request) return;
    this.report =
      report.status === 'fulfilled'
        ? { status: 'ready', data: report.value }
        : { status: 'error', error: asError(report.reason) };
    this.commuting =
      commuting.status === 'fulfilled'
        ? {
            status: 'ready',
            data: { latest: commuting.value.filter((r) => r.complete).at(-1) ?? null },
          }
        : { status: 'error', error: asError(commuting.reason) };
  }
}
