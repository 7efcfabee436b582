/**
 * Comparable kommuner and MAD bands on the real data: SSB 07459 population 1 January 2024, SSB's
 * sentralitetsindeks 2018 (static/data/sentralitet.json) and jobs by place of work 2017 and 2022 (11618).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { NodeDb } from '../../src/lib/db/node';
import type { CentralityFile, Indicator } from '../../src/lib/schema';
import { comparePeers, madBand, median, selectPeers, MAD_SCALE } from '../../src/lib/peers/peers';
import type { PeerCandidate } from '../../src/lib/peers/peers';
import { loadPeerCandidates, loadPeerStatements } from '../../src/lib/peers/load';
import { loadCatalogue } from '../../src/lib/series/load';

let db: NodeDb;
let candidates: PeerCandidate[];
let jobs: Indicator;
beforeAll(async () => {
  db = await openNodeDb('static/data');
  const centrality = JSON.parse(readFileSync('static/data/sentralitet.json', 'utf-8')) as CentralityFile;
  candidates = await loadPeerCandidates(db.engine, centrality, 2024);
  jobs = (await loadCatalogue(db.engine)).indicators.find((i) => i.id === 'sysselsatte')!;
});
afterAll(() => db?.close());

describe('median and scaled MAD', () => {
  it('computes them by hand on five values', () => {
    // Sorted 1, 2, 4, 7, 20: median 4; |x − 4| = 3, 2, 0, 3, 16 → MAD 3; scaled 1.4826 × 3 = 4.4478.
    const band = madBand([7, 1, 20, 4, 2]);
    expect(band.median).toBe(4);
    expect(band.spread).toBeCloseTo(4.4478, 10);
    expect([band.low, band.high].map((v) => Number(v.toFixed(4)))).toEqual([-0.4478, 8.4478]);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect([comparePeers(9, band), comparePeers(8, band), comparePeers(-1, band)]).toEqual([
      'higher',
      'similar',
      'lower',
    ]);
  });
});

describe('peer selection on the real data', () => {
  it('Kongsvinger (18 058 inhabitants, class 3): five kommuner in Innlandet between 9 029 and 36 116', () => {
    const kongsvinger = candidates.find((c) => c.code === '3401')!;
    expect(kongsvinger).toMatchObject({ population: 18058, centralityClass: 3, fylke: '34' });
    const { peers, sameFylke, bounds } = selectPeers(kongsvinger, candidates);
    expect(bounds).toEqual([9029, 36116]);
    expect(sameFylke).toBe(5);
    // Nearest in population first: Stange 21 605, Gran 13 593, Lillehammer 28 768, Gjøvik 30 903, Ringsaker 35 612.
    expect(peers.map((p) => p.name)).toEqual(['Stange', 'Gran', 'Lillehammer', 'Gjøvik', 'Ringsaker']);
  });

  it('Lesja (1 983, class 6): four in Innlandet, then the nearest in population from the rest of the country', () => {
    const lesja = candidates.find((c) => c.code === '3432')!;
    const { peers, sameFylke } = selectPeers(lesja, candidates);
    expect(sameFylke).toBe(4);
    expect(peers).toHaveLength(9);
    expect(peers.slice(0, 4).map((p) => p.name)).toEqual(['Rendalen', 'Vang', 'Folldal', 'Engerdal']);
    for (const p of peers)
      expect([p.centralityClass, p.population >= 991.5 && p.population <= 3966]).toEqual([6, true]);
    expect(peers.slice(4).every((p) => p.fylke !== '34')).toBe(true);
  });

  it('Kongsvinger grew jobs 2017–2022 about as much as its peers (hand-computed MAD band)', async () => {
    const kongsvinger = candidates.find((c) => c.code === '3401')!;
    const { peers } = selectPeers(kongsvinger, candidates);
    const [growth] = await loadPeerStatements(
      db.engine,
      '3401',
      peers.map((p) => p.code),
      [{ indicator: jobs, period: { from: 2017, to: 2022 } }],
    );
    // Peers 2017 → 2022: Lillehammer 16 767 → 16 687, Stange 7 160 → 7 210, Gran 5 925 → 6 217,
    // Ringsaker 14 440 → 15 443, Gjøvik 16 324 → 17 550. Median = Gran's growth; MAD = Gjøvik's distance from it.
    const gran = 292 / 5925;
    const mad = 1226 / 16324 - gran;
    expect(growth!.measure).toBe('growth');
    expect(growth!.value).toBeCloseTo(198 / 8465, 12);
    expect(growth!.band.median).toBeCloseTo(gran, 12);
    expect(growth!.band.spread).toBeCloseTo(MAD_SCALE * mad, 12);
    expect(growth!.comparison).toBe('similar');
  });

  it('Lesja grew jobs more than its peers 2017–2022 (+10,5 % against a median of −1,3 %)', async () => {
    const lesja = candidates.find((c) => c.code === '3432')!;
    const { peers } = selectPeers(lesja, candidates);
    const [growth] = await loadPeerStatements(
      db.engine,
      '3432',
      peers.map((p) => p.code),
      [{ indicator: jobs, period: { from: 2017, to: 2022 } }],
    );
    expect(growth!.value).toBeCloseTo(85 / 811, 12);
    expect(growth!.band.median).toBeCloseTo(-0.0133, 4);
    expect(growth!.comparison).toBe('higher');
  });
});
