/**
 * Comparable kommuner («sammenlignbare kommuner») and where a kommune stands among them. Pure.
 *
 * The rule, said on the page as well:
 * 1. Candidates are the other kommuner in the same SSB centrality class (sentralitetsindeks 2018) with
 *    between half and twice as many inhabitants.
 * 2. Those in the same fylke come first. When the fylke has fewer than MIN_SAME_FYLKE of them, the
 *    nearest in population (by ratio) from the rest of the country fill up to MAX_PEERS.
 * 3. At most MAX_PEERS, nearest in population first — so the kommune and its peers fit in one comparison.
 *
 * The statement per measure follows ONS Explore Local Statistics: a value is «higher» or «lower» than the
 * peers when it lies outside the median ± the scaled median absolute deviation (1.4826 × MAD, which
 * estimates the standard deviation for normal data but is not pulled by one extreme kommune), and
 * «about the same» inside that band.
 */

export const MIN_SAME_FYLKE = 5;
/** 9 peers + the kommune itself = the comparison's limit of 10 regions. */
export const MAX_PEERS = 9;
export const POPULATION_RATIO = 2;
/** Makes the MAD a consistent estimator of the standard deviation for normal data. */
export const MAD_SCALE = 1.4826;

export interface PeerCandidate {
  code: string;
  name: string;
  fylke: string | null;
  population: number;
  centralityClass: number;
}

export interface PeerSelection {
  peers: PeerCandidate[];
  /** How many came from the same fylke. */
  sameFylke: number;
  /** Population bounds of the rule: [population / 2, population × 2]. */
  bounds: [number, number];
}

const distance = (a: number, b: number) => Math.abs(Math.log(a / b));

export function selectPeers(target: PeerCandidate, all: readonly PeerCandidate[]): PeerSelection {
  const bounds: [number, number] = [
    target.population / POPULATION_RATIO,
    target.population * POPULATION_RATIO,
  ];
  const nearest = (a: PeerCandidate, b: PeerCandidate) =>
    distance(a.population, target.population) - distance(b.population, target.population) ||
    a.code.localeCompare(b.code);
  const candidates = all.filter(
    (c) =>
      c.code !== target.code &&
      c.centralityClass === target.centralityClass &&
      c.population >= bounds[0] &&
      c.population <= bounds[1],
  );
  const inFylke = candidates
    .filter((c) => target.fylke !== null && c.fylke === target.fylke)
    .sort(nearest)
    .slice(0, MAX_PEERS);
  if (inFylke.length >= MIN_SAME_FYLKE) return { peers: inFylke, sameFylke: inFylke.length, bounds };
  const rest = candidates.filter((c) => !inFylke.includes(c)).sort(nearest);
  return {
    peers: [...inFylke, ...rest.slice(0, MAX_PEERS - inFylke.length)],
    sameFylke: inFylke.length,
    bounds,
  };
}

export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('invalid values: median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface MadBand {
  median: number;
  /** The scaled MAD: 1.4826 × median(|x − median|). */
  spread: number;
  low: number;
  high: number;
  n: number;
}

export function madBand(values: readonly number[]): MadBand {
  const m = median(values);
  const spread = MAD_SCALE * median(values.map((v) => Math.abs(v - m)));
  return { median: m, spread, low: m - spread, high: m + spread, n: values.length };
}

export type PeerComparison = 'higher' | 'similar' | 'lower';

export function comparePeers(value: number, band: MadBand): PeerComparison {
  if (value > band.high) return 'higher';
  if (value < band.low) return 'lower';
  return 'similar';
}
