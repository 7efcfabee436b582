/**
 * The Eurostat / Open SDG ratio method against values worked out by hand (a calculator and the
 * formulas in ratio.ts). Real SSB figures where we have them (PROVENANCE sections 11 and 12: national
 * jobs 2017–2022 from 11618, Kongsvinger 0402/3401 jobs), SYNTHETIC round numbers for the edge cases.
 * The targets on the real series are worked examples, not targets anyone set.
 */
import { describe, expect, it } from 'vitest';
import { assessByRatio } from '../../../src/lib/targets/ratio';
import { isProgress, progress } from '../../../src/lib/targets/arithmetic';
import type { Target } from '../../../src/lib/targets/model';
import { makeTarget } from '../../fixtures/targets';

const target = (over: Partial<Target>) =>
  makeTarget({ region: 'x', indicator: 'sysselsatte', end_year: 2025, illustration: true, ...over });

// SSB 11618 SysselArbsted, all kommuner (PROVENANCE section 11).
const nationalJobs = [
  { year: 2017, value: 2609737 },
  { year: 2018, value: 2667158 },
  { year: 2019, value: 2691643 },
  { year: 2020, value: 2673248 },
  { year: 2021, value: 2753966 },
  { year: 2022, value: 2809789 },
];
// Kongsvinger kommune: 2015 distriktstall (0402), 2016 not in any source, 2017 (0402) and 2022 (3401) from 11618.
const kongsvingerJobs = [
  { year: 2015, value: 8222 },
  { year: 2016, value: null },
  { year: 2017, value: 8465 },
  { year: 2022, value: 8663 },
];

describe('ratio method on real SSB series', () => {
  it('Hele landet against 1 % a year from 2017: R = 149 %, on track', () => {
    const a = assessByRatio(
      target({ base_year: 2017, end_year: 2030, kind: 'rate', amount: 0.01 }),
      nationalJobs,
    );
    // CAGR 2017–2022 = (2 809 789 / 2 609 737)^(1/5) − 1 = 1.48816 %; required exactly 1 %.
    expect(a.observedRate).toBeCloseTo(0.0148816, 6);
    expect(a.requiredRate).toBeCloseTo(0.01, 12);
    expect(a.ratio).toBeCloseTo(1.48816, 4);
    expect(a.class).toBe('on_track');
    expect(a.at).toEqual({ year: 2022, value: 2809789 });
  });

  it('Kongsvinger, +100 a year from 2016: the base year is missing, so the path starts in 2017 — R = 41.5 %, limited', () => {
    const t = target({ base_year: 2016, end_year: 2028 });
    const a = assessByRatio(t, kongsvingerJobs);
    expect(a.start).toEqual({ year: 2017, value: 8465, fallback: true });
    // Target value 2028 = 8 465 + 11 × 100 = 9 565; required CAGR = (9 565 / 8 465)^(1/11) − 1 = 1.11683 %.
    expect(a.targetValue).toBe(9565);
    expect(a.requiredRate).toBeCloseTo(0.0111683, 6);
    // Observed (8 663 / 8 465)^(1/5) − 1 = 0.46349 %; R = 0.46349 / 1.11683 = 0.41501.
    expect(a.observedRate).toBeCloseTo(0.0046349, 6);
    expect(a.ratio).toBeCloseTo(0.41501, 4);
    expect(a.class).toBe('limited');

    const p = progress(t, kongsvingerJobs);
    if (!isProgress(p)) throw new Error('expected progress');
    // Path 2022 = 8 465 + 5 × 100 = 8 965; 8 663 is 302 behind; from now (9 565 − 8 663) / 6 = 150.33 a year.
    expect(p.gap).toBe(-302);
    expect(p.status).toBe('behind');
    expect(p.fromNow).toEqual({
      kind: 'needed',
      perYear: 902 / 6,
      fromYear: 2022,
      toYear: 2028,
      targetValue: 9565,
    });
  });
});

describe('ratio method, edge cases (SYNTHETIC)', () => {
  // Base 10 000 in 2015, +100 a year to 2025 → 11 000; required CAGR = 1.1^(1/10) − 1 = 0.95765 %.
  const at2020 = (value: number) => [
    { year: 2015, value: 10000 },
    { year: 2020, value },
  ];
  it.each([
    // observed CAGR = (v / 10 000)^(1/5) − 1; R by hand.
    [10600, 1.224, 'on_track'],
    [10400, 0.8223, 'speed_up'],
    [10150, 0.3114, 'limited'],
    [9900, -0.2097, 'wrong_direction'],
  ] as const)('%i in 2020 gives R ≈ %f: %s', (value, ratio, cls) => {
    const a = assessByRatio(target({}), at2020(value));
    expect(a.ratio).toBeCloseTo(ratio, 3);
    expect(a.class).toBe(cls);
  });

  it('calls a target met once the latest value reaches the end value, whatever R', () => {
    const a = assessByRatio(target({}), at2020(11000));
    expect(a.class).toBe('met');
    expect(assessByRatio(target({}), at2020(11500)).class).toBe('met');
  });

  it('follows the target direction: a cut of 100 a year, 9 600 after 5 years → R = 77.6 %', () => {
    // Required (9 000 / 10 000)^(1/10) − 1 = −1.04807 %; observed (9 600 / 10 000)^(1/5) − 1 = −0.81312 %.
    const a = assessByRatio(target({ amount: -100 }), at2020(9600));
    expect(a.requiredRate).toBeCloseTo(-0.0104807, 6);
    expect(a.ratio).toBeCloseTo(0.77582, 4);
    expect(a.class).toBe('speed_up');
    expect(assessByRatio(target({ amount: -100 }), at2020(10100)).class).toBe('wrong_direction');
    expect(assessByRatio(target({ amount: -100 }), at2020(8900)).class).toBe('met');
  });

  it('cannot assess with fewer than two observations from the base year', () => {
    expect(assessByRatio(target({}), [{ year: 2015, value: 10000 }])).toMatchObject({
      class: 'cannot_assess',
      why: 'too-few',
      ratio: null,
    });
    expect(assessByRatio(target({}), [])).toMatchObject({ class: 'cannot_assess', why: 'too-few' });
    // Only years before the base year and after the end year: nothing measures the target.
    expect(
      assessByRatio(target({}), [
        { year: 2010, value: 1 },
        { year: 2026, value: 2 },
      ]).class,
    ).toBe('cannot_assess');
  });

  it('cannot assess values that are not positive (the growth model needs them)', () => {
    expect(
      assessByRatio(target({}), [
        { year: 2015, value: 0 },
        { year: 2020, value: 5 },
      ]),
    ).toMatchObject({ class: 'cannot_assess', why: 'not-positive' });
  });

  it('a target to hold the level: met at or above it, wrong direction below', () => {
    expect(assessByRatio(target({ amount: 0 }), at2020(10000)).class).toBe('met');
    expect(assessByRatio(target({ amount: 0 }), at2020(9999))).toMatchObject({
      class: 'wrong_direction',
      ratio: null,
    });
  });

  it('measures at the end year when later years exist', () => {
    const a = assessByRatio(target({ end_year: 2020 }), [...at2020(10400), { year: 2024, value: 20000 }]);
    expect(a.at).toEqual({ year: 2020, value: 10400 });
  });

  it('never classifies a reported result', () => {
    expect(assessByRatio(target({ kind: 'reported' }), at2020(10400)).class).toBe('cannot_assess');
  });
});
