/**
 * Target arithmetic with numbers worked out by hand. The series here are SYNTHETIC (round numbers
 * chosen so the hand calculation is easy to follow); the real case is in real-target.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isProgress, pathValue, progress, projection, targetPath } from '../../../src/lib/targets/arithmetic';
import type { Target } from '../../../src/lib/targets/model';

const base: Target = {
  id: 't',
  title: 'T',
  region: 'x',
  indicator: 'sysselsatte',
  base_year: 2014,
  kind: 'per_year',
  amount: 100,
  end_year: 2024,
  set_by: '',
  source: '',
  source_url: '',
  illustration: true,
  note: ''
};

const synthetic = [
  { year: 2014, value: 10000 },
  { year: 2015, value: 10050 },
  { year: 2016, value: null },
  { year: 2017, value: 10200 },
  { year: 2018, value: 10260 }
];

describe('target path', () => {
  it('adds a fixed amount per year', () => {
    expect(pathValue(base, 10000, 2018)).toBe(10400);
    expect(targetPath(base, 10000)).toHaveLength(11);
  });
  it('compounds a rate', () => {
    expect(pathValue({ ...base, kind: 'rate', amount: 0.01 }, 10000, 2016)).toBeCloseTo(10201, 6);
  });
  it('spreads an end change evenly over the years to the end year', () => {
    expect(pathValue({ ...base, kind: 'end', amount: 1000, end_year: 2024 }, 10000, 2019)).toBe(10500);
  });
});

describe('progress', () => {
  const p = progress(base, synthetic);
  it('measures the gap to the path in the latest year', () => {
    if (!isProgress(p)) throw new Error('expected progress');
    // Path 2018 = 10 000 + 4 × 100 = 10 400; actual 10 260 → 140 behind.
    expect(p.latestYear).toBe(2018);
    expect(p.gap).toBe(-140);
    // Tolerance = 10 % of the 400 the path asked for by 2018 = 40; −140 < −40 → behind.
    expect(p.tolerance).toBe(40);
    expect(p.status).toBe('behind');
    expect(p.gaps.map((g) => g.year)).toEqual([2014, 2015, 2017, 2018]);
  });
  it('states the pace achieved and the pace now required', () => {
    if (!isProgress(p)) throw new Error('expected progress');
    // End value 2024 = 11 000; from 10 260 in 2018 that is 740 over 6 years.
    expect(p.endValue).toBe(11000);
    expect(p.requiredPace).toBeCloseTo(740 / 6, 10);
    expect(p.paceSinceBase).toBe(65);
    // 2015 → 2018: (10 260 − 10 050) / 3 = 70.
    expect(p.paceLast3).toBe(70);
  });
  it('calls a small deviation on track and a large surplus ahead', () => {
    const near = progress(base, [...synthetic.slice(0, 4), { year: 2018, value: 10370 }]);
    const far = progress(base, [...synthetic.slice(0, 4), { year: 2018, value: 10500 }]);
    expect(isProgress(near) && near.status).toBe('on_track');
    expect(isProgress(far) && far.status).toBe('ahead');
  });
  it('says why a target cannot be measured instead of inventing a status', () => {
    expect(progress(base, [{ year: 2015, value: 1 }])).toEqual({ reason: 'no-base', year: 2014 });
    expect(progress(base, [{ year: 2014, value: 1 }, { year: 2015, value: null }])).toEqual({ reason: 'no-later-data', year: 2014 });
  });
});

describe('projection', () => {
  it('carries a perfect trend forward with a zero-width band', () => {
    const line = [2015, 2016, 2017, 2018].map((year) => ({ year, value: 100 + 10 * (year - 2015) }));
    const p = projection(line, 2020)!;
    expect(p.map((x) => x.year)).toEqual([2018, 2019, 2020]);
    expect(p[2]!.value).toBeCloseTo(150, 10);
    expect(p[2]!.high - p[2]!.low).toBeCloseTo(0, 10);
  });
  it('widens the band with the horizon when the data are noisy', () => {
    const noisy = [
      { year: 2015, value: 100 },
      { year: 2016, value: 115 },
      { year: 2017, value: 118 },
      { year: 2018, value: 133 }
    ];
    const p = projection(noisy, 2022)!;
    const widths = p.map((x) => x.high - x.low);
    expect(widths[0]).toBe(0);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
  });
  it('needs three points', () => {
    expect(projection([{ year: 2017, value: 1 }, { year: 2018, value: 2 }], 2020)).toBeNull();
  });
});
