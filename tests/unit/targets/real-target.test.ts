/**
 * One real case worked by hand: the shipped illustration "250 more jobs a year in Grenland from 2015
 * to 2030" on SSB's employed persons by place of work for the six Grenland kommuner (2015 from the national
 * distriktstall file, which ranks before 13472 so that every kommune's 2015 comes from the same release).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { NodeDb } from '../../../src/lib/db/node';
import { loadSeries } from '../../../src/lib/series/load';
import { isProgress, progress } from '../../../src/lib/targets/arithmetic';
import { readTargetsCsv } from '../../../data/targets';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb('static/data');
});
afterAll(() => db?.close());

describe('Grenland: +250 jobs a year from 2015 (real SSB series)', () => {
  it('works out path, gap, status and paces as by hand', async () => {
    const target = readTargetsCsv().find((t) => t.id === 'grenland-250-arbeidsplasser')!;
    const s = await loadSeries(db.engine, {
      indicator: 'sysselsatte',
      regions: ['grenland'],
      mode: 'absolute',
      base: null,
    });
    const actual = s.rows.map((r) => ({ year: r.year, value: r.value }));
    // Sum of Skien, Porsgrunn, Bamble, Kragerø, Drangedal, Siljan: 2015 distriktstall, 2022 11618, 2025 13472.
    expect(actual.find((a) => a.year === 2015)?.value).toBe(52210);
    expect(actual.find((a) => a.year === 2022)?.value).toBe(55389);
    expect(actual.find((a) => a.year === 2025)?.value).toBe(56445);

    const p = progress(target, actual);
    if (!isProgress(p)) throw new Error('expected a measurable target');
    // Path 2025 = 52 210 + 10 × 250 = 54 710; gap = 56 445 − 54 710 = +1 735.
    expect(p.latestYear).toBe(2025);
    expect(p.gap).toBe(1735);
    // On-track band = 10 % of the 2 500 the path asked for = 250; +1 735 > 250 → ahead.
    expect(p.tolerance).toBe(250);
    expect(p.status).toBe('ahead');
    // End value 2030 = 52 210 + 15 × 250 = 55 960; 56 445 is already above it: met, no "required pace" of −97.
    expect(p.endValue).toBe(55960);
    expect(p.fromNow).toEqual({
      kind: 'met',
      latest: 56445,
      latestYear: 2025,
      targetValue: 55960,
      toYear: 2030,
      direction: 1,
    });
    // Achieved: (56 445 − 52 210) / 10 = 423.5 a year; last 3 years (56 445 − 55 389) / 3 = 352.
    expect(p.paceSinceBase).toBe(423.5);
    expect(p.paceLast3).toBeCloseTo(352, 6);
  });

  it('every shipped target names its source, and real ones are not marked as illustrations', () => {
    const targets = readTargetsCsv();
    for (const t of targets) expect(t.source.length).toBeGreaterThan(20);
    expect(targets.filter((t) => !t.illustration).map((t) => t.id)).toEqual([
      'kongsvingerregionen-100-arbeidsplasser',
      'innlandet-1000-jobber',
      'glamdal-60000-innbyggere',
      'mosseregionen-740-arbeidsplasser',
    ]);
  });
});

describe('shipped targets in the build', () => {
  it('writes targets.json next to the data, readable by the import parser', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseTargetFile } = await import('../../../src/lib/targets/target-file');
    const shipped = parseTargetFile(JSON.parse(readFileSync('static/data/targets.json', 'utf-8')));
    expect(shipped).toEqual(readTargetsCsv());
  });

  it('fails the build on a target whose region does not exist', async () => {
    const { checkTargets } = await import('../../../data/targets');
    const [t] = readTargetsCsv();
    expect(() =>
      checkTargets([{ ...t!, region: '9999' }], new Set(['3103']), new Set(['sysselsatte'])),
    ).toThrow('unknown region code 9999');
  });
});
