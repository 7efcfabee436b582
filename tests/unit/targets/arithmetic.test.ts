/**
 * Target arithmetic with numbers worked out by hand. The series here are SYNTHETIC (round numbers
 * chosen so the hand calculation is easy to follow); the real case is in real-target.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  isProgress,
  pathStart,
  observed,
  pathValue,
  progress,
  projection,
  targetPath,
} from '../../../src/lib/targets/arithmetic';
import { makeTarget } from '../../fixtures/targets';

const base = makeTarget({
  region: 'x',
  indicator: 'sysselsatte',
  base_year: 2014,
  end_year: 2024,
  illustration: true,
});

const synthetic = [
  { year: 2014, value: 10000 },
  { year: 2015, value: 10050 },
  { year: 2016, value: null },
  { year: 2017, value: 10200 },
  { year: 2018, value: 10260 },
];

const at2014 = { year: 2014, value: 10000 };

describe('target path', () => {
  it('adds a fixed amount per year', () => {
    expect(pathValue(base, at2014, 2018)).toBe(10400);
    expect(targetPath(base, at2014)).toHaveLength(11);
  });
  it('compounds a rate', () => {
    expect(pathValue({ ...base, kind: 'rate', amount: 0.01 }, at2014, 2016)).toBeCloseTo(10201, 6);
  });
  it('spreads an end change evenly over the years to the end year', () => {
    expect(pathValue({ ...base, kind: 'end', amount: 1000, end_year: 2024 }, at2014, 2019)).toBe(10500);
  });
  it('draws a level target as a straight line to its level in the end year', () => {
    // 10 000 in 2014 to 12 000 in 2024: +200 a year, so 11 000 in 2019.
    expect(pathValue({ ...base, kind: 'level', amount: 12000 }, at2014, 2019)).toBe(11000);
    expect(pathValue({ ...base, kind: 'level', amount: 12000 }, at2014, 2024)).toBe(12000);
  });
  it('keeps the pace when the path starts after the base year', () => {
    // End target +1 000 over 2014–2024 is 100 a year; from 10 300 in 2017 the path is 10 300 + 100 × 7 in 2024.
    expect(pathValue({ ...base, kind: 'end', amount: 1000 }, { year: 2017, value: 10300 }, 2024)).toBe(11000);
    // A level target still aims at its level: from 10 300 in 2017 to 12 000 in 2024.
    expect(pathValue({ ...base, kind: 'level', amount: 12000 }, { year: 2017, value: 10300 }, 2024)).toBe(
      12000,
    );
  });
  it('has no path for a reported result', () => {
    expect(() => pathValue({ ...base, kind: 'reported' }, at2014, 2016)).toThrow('invalid kind');
  });
});

describe('where the path starts', () => {
  it('is the base year when it has a value', () => {
    expect(pathStart(base, observed(synthetic))).toEqual({ year: 2014, value: 10000, fallback: false });
  });
  it('is the first later year with a value when the base year has none (never an earlier one)', () => {
    // Base 2016 is null in the series: 2015 exists but is earlier, so the path starts from 2017.
    expect(pathStart({ ...base, base_year: 2016 }, observed(synthetic))).toEqual({
      year: 2017,
      value: 10200,
      fallback: true,
    });
  });
  it('is nothing when no year from the base year to before the end year has a value', () => {
    expect(pathStart({ ...base, base_year: 2019, end_year: 2030 }, observed(synthetic))).toBeNull();
    expect(pathStart({ ...base, base_year: 2016, end_year: 2017 }, observed(synthetic))).toBeNull();
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
  it('states the pace achieved and the pace needed from now', () => {
    if (!isProgress(p)) throw new Error('expected progress');
    // End value 2024 = 11 000; from 10 260 in 2018 that is 740 over 6 years.
    expect(p.endValue).toBe(11000);
    expect(p.fromNow).toEqual({
      kind: 'needed',
      perYear: 740 / 6,
      fromYear: 2018,
      toYear: 2024,
      targetValue: 11000,
    });
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
  it('never asks for a negative pace: a target already passed is called met', () => {
    const passed = progress(base, [...synthetic.slice(0, 4), { year: 2018, value: 11200 }]);
    if (!isProgress(passed)) throw new Error('expected progress');
    expect(passed.fromNow).toEqual({
      kind: 'met',
      latest: 11200,
      latestYear: 2018,
      targetValue: 11000,
      toYear: 2024,
      direction: 1,
    });
  });
  it('says the end year passed without the target when the end year has data below it', () => {
    const ended = progress({ ...base, end_year: 2018 }, synthetic);
    if (!isProgress(ended)) throw new Error('expected progress');
    // Path 2018 = 10 400 is the end value; 10 260 falls short.
    expect(ended.fromNow).toEqual({
      kind: 'missed',
      latest: 10260,
      latestYear: 2018,
      targetValue: 10400,
      toYear: 2018,
    });
  });
  it('ignores values after the end year', () => {
    const p = progress({ ...base, end_year: 2017 }, synthetic);
    if (!isProgress(p)) throw new Error('expected progress');
    expect(p.latestYear).toBe(2017);
  });
  it('says why a target cannot be measured instead of inventing a status', () => {
    expect(progress(base, [{ year: 2013, value: 1 }])).toEqual({ reason: 'no-base', year: 2014 });
    expect(
      progress(base, [
        { year: 2014, value: 1 },
        { year: 2015, value: null },
      ]),
    ).toEqual({ reason: 'no-later-data', year: 2014 });
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
      { year: 2018, value: 133 },
    ];
    const p = projection(noisy, 2022)!;
    const widths = p.map((x) => x.high - x.low);
    expect(widths[0]).toBe(0);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
  });
  it('needs three points', () => {
    expect(
      projection(
        [
          { year: 2017, value: 1 },
          { year: 2018, value: 2 },
        ],
        2020,
      ),
    ).toBeNull();
  });
});
