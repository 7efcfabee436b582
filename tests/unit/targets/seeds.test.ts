/**
 * The seeds' targets as data/targets.csv defines them (wording, period, kind, source), and the one
 * the shipped data can already measure: Glåmdal regionråd's «60 000 i 2020» on SSB population (07459)
 * for its seven kommuner, and the jobs targets on SSB 11618.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTargetsCsv } from '../../../data/targets';
import { openNodeDb } from '../../../src/lib/db/node';
import type { NodeDb } from '../../../src/lib/db/node';
import { loadTargetSeries } from '../../../src/lib/targets/series';
import { evaluateTarget } from '../../../src/lib/targets/evaluate';
import { loadCatalogue } from '../../../src/lib/series/load';
import type { Target } from '../../../src/lib/targets/model';

const seeds = new Map(readTargetsCsv().map((t) => [t.id, t]));
const seed = (id: string): Target => {
  const t = seeds.get(id);
  if (!t) throw new Error(`no target ${id} in data/targets.csv`);
  return t;
};

describe('the seeds in data/targets.csv', () => {
  it('Kongsvingerregionen: net +100 jobs a year 2016–2028, in the strategy’s own words', () => {
    const t = seed('kongsvingerregionen-100-arbeidsplasser');
    expect(t).toMatchObject({
      region: 'kongsvingerregionen',
      indicator: 'sysselsatte',
      kind: 'per_year',
      amount: 100,
      base_year: 2016,
      end_year: 2028,
      illustration: false,
    });
    expect(t.source).toContain('Næringsstrategi for Kongsvingerregionen 2016–2028');
    expect(t.source).toContain('«Netto vekst på 100 arbeidsplasser pr. år i perioden»');
    expect(t.source_url).toBe(
      'https://www.naering24.no/nyheter/ny-naeringsstrategi-for-kongsvingerregionen/125063',
    );
    expect(t.note).toContain('Våler');
  });
  it('Innlandet: +1 000 jobs, with what the document says and what Regionpuls chose', () => {
    const t = seed('innlandet-1000-jobber');
    expect(t).toMatchObject({
      region: '34',
      indicator: 'sysselsatte',
      kind: 'end',
      amount: 1000,
      base_year: 2017,
      end_year: 2022,
    });
    expect(t.source).toContain('«Innlandet skal skape 1000 nye jobber i årene som kommer»');
    expect(t.note).toContain('udatert');
    expect(t.note).toContain('Valgt av Regionpuls: grunnår 2017');
  });
  it('Glåmdal: 60 000 inhabitants in 2020, on the seven kommuner of the council', () => {
    const t = seed('glamdal-60000-innbyggere');
    expect(t).toMatchObject({
      region: 'kongsvingerregionen+3419',
      indicator: 'befolkning',
      kind: 'level',
      amount: 60000,
      base_year: 2012,
      end_year: 2020,
    });
    expect(t.source).toContain('Strategisk plan for Glåmdal regionråd 2012–2015: «60 000 i 2020»');
  });
  it('Mosseregionen: ~740 jobs is a reported result, not a target', () => {
    const t = seed('mosseregionen-740-arbeidsplasser');
    expect(t).toMatchObject({
      region: 'mosseregionen',
      indicator: 'sysselsatte',
      kind: 'reported',
      amount: 740,
      base_year: 2013,
      end_year: 2017,
    });
    expect(t.source).toContain(
      '«Resultatet av prosjektet så langt er omlag 740 arbeidsplasser i arbeidsplassregion»',
    );
    expect(t.note).toContain('1.1.2013 til 31.12.2018');
  });
  it('no old entry these replace is left', () => {
    expect(seeds.has('glamdal-100-arbeidsplasser')).toBe(false);
    expect(seeds.has('glamdal-befolkning-05')).toBe(false);
  });
});

describe('Glåmdal «60 000 i 2020» on SSB population (07459)', () => {
  let db: NodeDb;
  beforeAll(async () => {
    db = await openNodeDb('static/data');
  });
  afterAll(() => db?.close());

  it('matches the plan’s 53 232 on 1.1.2015 and moved the wrong way: R = −15 %, not reached', async () => {
    const t = seed('glamdal-60000-innbyggere');
    const series = await loadTargetSeries(db.engine, t.indicator, t.region);
    const value = (year: number) => series.find((p) => p.year === year)?.value;
    // Kongsvingerregionen (six kommuner) + Våler (3419): 49 442 + 3 790 = 53 232, the figure the plan gives.
    expect(value(2015)).toBe(53232);
    expect(value(2012)).toBe(49419 + 3844);
    expect(value(2020)).toBe(48671 + 3662);

    const { indicators } = await loadCatalogue(db.engine);
    const view = evaluateTarget(t, series, indicators.find((i) => i.id === 'befolkning')!, 'Glåmdal');
    // Required (60 000 / 53 263)^(1/8) − 1 = 1.49992 %; achieved (52 333 / 53 263)^(1/8) − 1 = −0.21994 %; R = −0.14664.
    expect(view.assessment.requiredRate).toBeCloseTo(0.0149992, 6);
    expect(view.assessment.observedRate).toBeCloseTo(-0.0021994, 6);
    expect(view.assessment.ratio).toBeCloseTo(-0.14664, 4);
    expect(view.assessment.class).toBe('wrong_direction');
    expect(view.progress?.fromNow).toEqual({
      kind: 'missed',
      latest: 52333,
      latestYear: 2020,
      targetValue: 60000,
      toYear: 2020,
    });
    expect(view.baseNote).toBeNull();
  });
});

describe('the jobs targets on SSB jobs by place of work (11618, 2017–2022)', () => {
  let db: NodeDb;
  beforeAll(async () => {
    db = await openNodeDb('static/data');
  });
  afterAll(() => db?.close());

  const evaluate = async (id: string, name: string) => {
    const t = seed(id);
    const series = await loadTargetSeries(db.engine, t.indicator, t.region);
    const { indicators } = await loadCatalogue(db.engine);
    return { series, view: evaluateTarget(t, series, indicators.find((i) => i.id === t.indicator)!, name) };
  };

  it('Kongsvingerregionen +100 a year from 2016: no 2016 figure, so the path starts at 18 997 in 2017; 130 behind in 2022, R = 75 %', async () => {
    const { series, view } = await evaluate('kongsvingerregionen-100-arbeidsplasser', 'Kongsvingerregionen');
    const value = (year: number) => series.find((p) => p.year === year)?.value;
    // The six kommuner's 11618 jobs: 2017 (old numbers) 18 997, 2022 19 367; 2016 is in no source.
    expect(value(2016) ?? null).toBeNull();
    expect(value(2017)).toBe(18997);
    expect(value(2022)).toBe(19367);
    expect(view.baseNote).toBe(
      'Grunnåret 2016 mangler i statistikken; banen starter fra 2017, første år med tall.',
    );
    // Path 2022 = 18 997 + 5 × 100 = 19 497; gap 19 367 − 19 497 = −130; tolerance 10 % of 500 = 50.
    expect(view.progress?.gap).toBe(-130);
    expect(view.progress?.status).toBe('behind');
    // End value 18 997 + 11 × 100 = 20 097: (20 097 − 19 367) / 6 = 121.67 a year from 2022.
    expect(view.progress?.fromNow).toMatchObject({
      kind: 'needed',
      fromYear: 2022,
      toYear: 2028,
      targetValue: 20097,
    });
    expect((view.progress?.fromNow as { perYear: number }).perYear).toBeCloseTo(730 / 6, 9);
    // Achieved (19 367 / 18 997)^(1/5) − 1 = 0.38658 %; required (20 097 / 18 997)^(1/11) − 1 = 0.51303 %.
    expect(view.assessment.observedRate).toBeCloseTo(0.0038658, 6);
    expect(view.assessment.requiredRate).toBeCloseTo(0.0051303, 6);
    expect(view.assessment.ratio).toBeCloseTo(0.75353, 3);
    expect(view.assessment.class).toBe('speed_up');
  });

  it('Innlandet +1 000 jobs 2017–2022 at 2024 borders: 169 302 → 173 964, met with 3 662 to spare', async () => {
    const { series, view } = await evaluate('innlandet-1000-jobber', 'Innlandet');
    const value = (year: number) => series.find((p) => p.year === year)?.value;
    expect(value(2017)).toBe(169302);
    expect(value(2022)).toBe(173964);
    expect(view.progress?.gap).toBe(173964 - 170302);
    expect(view.progress?.status).toBe('ahead');
    expect(view.progress?.fromNow).toMatchObject({
      kind: 'met',
      latest: 173964,
      latestYear: 2022,
      targetValue: 170302,
    });
    expect(view.assessment.class).toBe('met');
  });
});
