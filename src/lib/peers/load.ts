/**
 * Loading a kommune's comparable kommuner and its standing among them, on any engine (prerendered
 * region reports use Node's DuckDB). The figures come from the ranking query, so peers and rankings
 * agree to the digit.
 */
import type { Engine } from '../db/engine';
import type { CentralityFile, Indicator } from '../schema';
import { POPULATION_INDICATOR } from '../schema';
import { rankingValuesQuery } from '../sql/ranking';
import type { RankingValueRow } from '../sql/ranking';
import { groupRows, periodFigures } from '../ranking/rank';
import type { Period, RegionSeries } from '../ranking/rank';
import { comparePeers, madBand } from './peers';
import type { MadBand, PeerCandidate, PeerComparison } from './peers';

/** Fewer peers with a value than this, and no statement is made. */
export const MIN_PEERS_WITH_VALUE = 3;

export type SeriesCache = Map<string, Promise<Map<string, RegionSeries>>>;

function kommuneSeries(
  engine: Engine,
  indicator: string,
  from: number,
  to: number,
  cache: SeriesCache,
): Promise<Map<string, RegionSeries>> {
  const key = `${indicator}|${from}|${to}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = engine
      .query<RankingValueRow>(
        rankingValuesQuery({ indicator, level: 'kommune', kind: '', fylke: '', fromYear: from, toYear: to }),
      )
      .then(groupRows);
    cache.set(key, hit);
  }
  return hit;
}

/** Every kommune with a centrality class and a population in `year`, as peer candidates. */
export async function loadPeerCandidates(
  engine: Engine,
  centrality: CentralityFile,
  year: number,
  cache: SeriesCache = new Map(),
): Promise<PeerCandidate[]> {
  const series = await kommuneSeries(engine, POPULATION_INDICATOR, year, year, cache);
  const out: PeerCandidate[] = [];
  for (const s of series.values()) {
    const c = centrality.kommuner[s.code];
    const population = s.values.get(year);
    if (c && population !== undefined)
      out.push({ code: s.code, name: s.name, fylke: s.fylke_code, population, centralityClass: c.class });
  }
  return out;
}

export interface PeerStatement {
  indicator: Indicator;
  measure: 'growth' | 'per1000';
  period: Period;
  value: number;
  band: MadBand;
  comparison: PeerComparison;
}

/**
 * Per indicator and period (the report's change period): growth, and per 1 000 inhabitants in the end
 * year where that makes sense, against the peers that have the figure.
 */
export async function loadPeerStatements(
  engine: Engine,
  code: string,
  peers: readonly string[],
  items: readonly { indicator: Indicator; period: Period }[],
  cache: SeriesCache = new Map(),
): Promise<PeerStatement[]> {
  const out: PeerStatement[] = [];
  for (const { indicator, period } of items) {
    const series = await kommuneSeries(engine, indicator.id, period.from, period.to, cache);
    const own = series.get(code);
    if (!own) continue;
    const measures: ('growth' | 'per1000')[] = indicator.per_capita ? ['growth', 'per1000'] : ['growth'];
    for (const measure of measures) {
      const value = periodFigures(own, period)[measure];
      const values = peers
        .map((p) => series.get(p))
        .flatMap((s) => (s ? [periodFigures(s, period)[measure]] : []))
        .filter((v): v is number => v !== null);
      if (value === null || values.length < MIN_PEERS_WITH_VALUE) continue;
      const band = madBand(values);
      out.push({ indicator, measure, period, value, band, comparison: comparePeers(value, band) });
    }
  }
  return out;
}
