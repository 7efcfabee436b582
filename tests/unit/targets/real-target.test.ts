/**
 * One real case worked by hand: the shipped illustration "250 more jobs a year in Grenland from 2015
 * to 2030" on SSB's employed persons by place of work (13472) for the six Grenland kommuner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { NodeDb } from '../../../src/lib/db/node';
import { loadSeries } from '../../../src/lib/state/load';
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
    const s = await loadSeries(db.engine, { indicator: 'sysselsatte', regions: ['grenland'], mode: 'absolute', base: null });
    const actual = s.rows.map((r) => ({ year: r.year, value: r.value }));
    // SSB 13472, sum of Skien, Porsgrunn, Bamble, Kragerø, Drangedal, Siljan.
    expect(actual.find((a) => a.year === 2015)?.value).toBe(52445);
    expect(actual.find((a) => a.year === 2022)?.value).toBe(55390);
    expect(actual.find((a) => a.year === 2025)?.value).toBe(56445);

    const p = progress(target, actual);
    if (!isProgress(p)) throw new Error('expected a measurable target');
    // Path 2025 = 52 445 + 10 × 250 = 54 945; gap = 56 445 − 54 945 = +1 500.
    expect(p.latestYear).toBe(2025);
    expect(p.gap).toBe(1500);
    // On-track band = 10 % of the 2 500 the path asked for = 250; +1 500 > 250 → ahead.
    expect(p.tolerance).toBe(250);
    expect(p.status).toBe('ahead');
    // End value 2030 = 52 445 + 15 × 250 = 56 195; 56 445 is already above it: met, no "required pace" of −50.
    expect(p.endValue).toBe(56195);
    expect(p.fromNow).toEqual({ kind: 'met', latest: 56445, latestYear: 2025, targetValue: 56195, toYear: 2030, direction: 1 });
    // Achieved: (56 445 − 52 445) / 10 = 400 a year; last 3 years (56 445 − 55 390) / 3 = 351.67.
    expect(p.paceSinceBase).toBe(400);
    expect(p.paceLast3).toBeCloseTo(351.667, 3);
  });

  it('every shipped target names its source, and real ones are not marked as illustrations', () => {
    const targets = readTargetsCsv();
    for (const t of targets) expect(t.source.length).toBeGreaterThan(20);
    expect(targets.filter((t) => !t.illustration).map((t) => t.id)).toEqual([
      'kongsvingerregionen-100-arbeidsplasser',
      'innlandet-1000-jobber',
      'glamdal-60000-innbyggere',
      'mosseregionen-740-arbeidsplasser'
    ]);
  });
});

describe('shipped targets in the build', () => {
  it('writes targets.json next to the data, readable by the import parser', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseTargetFile } = await import('../../../src/lib/targets/model');
    const shipped = parseTargetFile(JSON.parse(readFileSync('static/data/targets.json', 'utf-8')));
    expect(shipped).toEqual(readTargetsCsv());
  });

  it('fails the build on a target whose region does not exist', async () => {
    const { checkTargets } = await import('../../../data/targets');
    const [t] = readTargetsCsv();
    expect(() => checkTargets([{ ...t!, region: '9999' }], new Set(['3103']), new Set(['sysselsatte']))).toThrow('unknown region code 9999');
  });
});
