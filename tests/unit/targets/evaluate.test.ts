/**
 * What a target view says, in the words a council reads: the base-year fallback, the pace from now
 * (never a bare negative pace), the ratio sentence, what is missing — no developer text, no decimals
 * on counts. Series: Kongsvinger kommune's real jobs (SSB, PROVENANCE sections 11–12) and SYNTHETIC
 * round numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  cannotMeasure,
  evaluateTarget,
  lookupProblem,
  targetRegionName,
} from '../../../src/lib/targets/evaluate';
import { problemsNotice, reportedTexts, targetTexts, yearList } from '../../../src/lib/targets/text';
import { t } from '../../../src/lib/i18n';
import type { Target } from '../../../src/lib/targets/model';
import { jobsIndicator, kongsvingerJobs, makeTarget } from '../../fixtures/targets';

const jobs = jobsIndicator;
const target = (over: Partial<Target>) =>
  makeTarget({ region: '3401', indicator: 'sysselsatte', base_year: 2016, end_year: 2028, ...over });
const kongsvinger = kongsvingerJobs;
/** Intl writes a no-break space between thousands; compare with plain spaces. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');
const plainAll = (list: string[]) => list.map(plain);
const developerText = /npm|data:fetch|\.json|\.csv|ssb_api|undefined|NaN/;

describe('a target view in words', () => {
  const view = evaluateTarget(target({}), kongsvinger, jobs, 'Kongsvinger');
  const raw = targetTexts(view, 'personer');
  const texts = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, plain(v)]));

  it('says the base year is missing and where the path starts', () => {
    expect(view.baseNote).toBe(
      'Grunnåret 2016 mangler i statistikken; banen starter fra 2017, første år med tall.',
    );
    expect(view.path?.[0]).toEqual({ year: 2017, value: 8465 });
  });
  it('gives the pace from now as a whole number and the status by both rules', () => {
    expect(texts.fromNow).toBe(
      'Takt som trengs fra nå: +150 per år fra 2022 til 2028 for å nå 9 565 personer.',
    );
    expect(texts.status).toBe('Bak målbanen');
    expect(texts.gap).toBe('302 personer bak målbanen i 2022');
    expect(texts.ratio).toBe(
      'Begrenset framgang (R = 42 %: vekst +0,46 % i året 2017–2022, mot +1,12 % i året som trengs 2017–2028)',
    );
    expect(texts.achieved).toBe('Oppnådd: +40 per år siden 2017');
  });
  it('says a target already passed is met instead of a negative pace', () => {
    const met = targetTexts(
      evaluateTarget(target({ amount: 10, end_year: 2030 }), kongsvinger, jobs, 'Kongsvinger'),
      'personer',
    );
    // 8 465 + 13 × 10 = 8 595 by 2030; 8 663 in 2022 is already above.
    expect(plain(met.fromNow)).toBe(
      'Målet er allerede nådd: 8 663 personer i 2022 er over målverdien 8 595 for 2030.',
    );
    expect(met.progressClass).toBe('Målet er nådd');
  });
  it('names the method in one sentence', () => {
    expect(t.targetWords.method).toMatch(
      /^Framdriften vurderes med forholdstallsmetoden som Eurostat bruker .* Open SDG: R er .*95 %.*60–95 %.*0–60 %.*under 0.*\.$/,
    );
    expect(t.targetWords.method.split('. ').length).toBe(1);
  });
});

describe('what cannot be measured, in council language', () => {
  it('no data at all, no data from the base year, one year only', () => {
    const none = evaluateTarget(target({}), [], jobs, 'Kongsvingerregionen (Glåmdal)');
    expect(none.missing).toBe(
      'Regionpuls har ennå ingen tall for «Sysselsatte etter arbeidssted» i Kongsvingerregionen (Glåmdal), så målet kan ikke måles. Det som mangler, er tall fra grunnåret og framover.',
    );
    const early = evaluateTarget(
      target({}),
      [2012, 2013, 2014].map((year) => ({ year, value: 1000 })),
      jobs,
      'Innlandet',
    );
    expect(early.missing).toBe(
      'Regionpuls har tall for «Sysselsatte etter arbeidssted» i Innlandet bare for 2012–2014, ikke for noe år fra grunnåret 2016 til målåret 2028, så målet kan ikke måles ennå.',
    );
    const one = evaluateTarget(target({}), [{ year: 2017, value: 8465 }], jobs, 'Kongsvinger');
    expect(one.missing).toBe(
      'Regionpuls har tall for «Sysselsatte etter arbeidssted» i Kongsvinger bare for 2017 fram til målåret 2028; det trengs minst to år med tall for å måle framgangen.',
    );
    for (const v of [none, early, one]) {
      expect(v.missing).not.toMatch(developerText);
      expect(v.assessment.class).toBe('cannot_assess');
    }
  });
  it('unknown region, unknown indicator, a sum over a unit that does not add up', () => {
    const codes = new Set(['3401', 'kongsvingerregionen', '3419']);
    const indicators = new Map([
      ['sysselsatte', jobs],
      ['andel', { ...jobs, id: 'andel', unit: 'prosent' }],
    ]);
    expect(lookupProblem(target({ region: '9999' }), codes, indicators)).toBe(
      'Regionkoden «9999» finnes ikke i Regionpuls, så målet kan ikke måles. Kommuner og fylker har numrene fra 2024 (for eksempel 3103 for Moss).',
    );
    expect(lookupProblem(target({ indicator: 'jobber' }), codes, indicators)).toBe(
      'Indikatoren «jobber» finnes ikke i Regionpuls, så målet kan ikke måles. Velg en indikator fra listen når du redigerer målet.',
    );
    expect(lookupProblem(target({ region: 'kongsvingerregionen+3419' }), codes, indicators)).toBeNull();
    expect(
      lookupProblem(target({ region: 'kongsvingerregionen+3419', indicator: 'andel' }), codes, indicators),
    ).toContain('kan ikke legges sammen');
    expect(cannotMeasure(target({ region: '9999' }), 'x')).toMatchObject({
      missing: 'x',
      progress: null,
      path: null,
    });
  });
  it('gives one notice for thousands of unknown codes', () => {
    const many = Array.from({ length: 5000 }, (_, i) => target({ id: `t${i}`, region: String(10000 + i) }));
    const notice = problemsNotice(many, new Map([['sysselsatte', jobs]]), new Set());
    expect(plain(notice)).toBe(
      '5 000 mål kan ikke måles: regionkodene «10000», «10001», «10002», «10003», «10004» og 4 995 til finnes ikke i Regionpuls. De vises under «Mål som ikke kan måles» med en forklaring.',
    );
    expect(problemsNotice([], new Map(), new Set())).toBeNull();
  });
  it('names a sum of regions by its parts', () => {
    const names: Record<string, string> = {
      kongsvingerregionen: 'Kongsvingerregionen (Glåmdal)',
      '3419': 'Våler (Innlandet)',
    };
    expect(targetRegionName('kongsvingerregionen+3419', (c) => names[c])).toBe(
      'Kongsvingerregionen (Glåmdal) + Våler (Innlandet)',
    );
  });
});

describe('a reported result (SYNTHETIC series: 2013, 2014 and 2016 missing)', () => {
  const reported = target({
    kind: 'reported',
    amount: 740,
    base_year: 2013,
    end_year: 2017,
    region: 'mosseregionen',
  });
  const series = [
    { year: 2015, value: 30000 },
    { year: 2017, value: 30500 },
    { year: 2018, value: 30900 },
  ];
  it('gets no status, and says what the statistics show and cannot show for those years', () => {
    const view = evaluateTarget(reported, series, jobs, 'Mosseregionen');
    expect(view.progress).toBeNull();
    expect(view.assessment.class).toBe('cannot_assess');
    expect(view.missing).toBeNull();
    expect(view.reported).toMatchObject({
      claimed: 740,
      missingYears: [2013, 2014, 2016],
      change: { from: 2015, to: 2017, value: 500 },
    });
    expect(
      plainAll(reportedTexts(view.reported!, '«Sysselsatte etter arbeidssted» i Mosseregionen', 'personer')),
    ).toEqual([
      'Rapportert: +740 for 2013–2017.',
      'Statistikken: «Sysselsatte etter arbeidssted» i Mosseregionen endret seg med +500 personer fra 2015 til 2017 (fra 30 000 til 30 500).',
      'Statistikken har ikke tall for 2013 og 2014, så endringen fra 2013 til 2015 kan ikke kontrolleres.',
      t.targetWords.caveatReported,
    ]);
    expect(targetTexts(view, 'personer').status).toBe('Rapportert resultat');
  });
  it('says so when the statistics have nothing or one year for the period', () => {
    expect(evaluateTarget(reported, [], jobs, 'Mosseregionen').missing).toBe(
      'Regionpuls har ingen tall for «Sysselsatte etter arbeidssted» i Mosseregionen for 2013–2017, så det rapporterte resultatet kan ikke holdes opp mot statistikken.',
    );
    expect(evaluateTarget(reported, [{ year: 2017, value: 1 }], jobs, 'Mosseregionen').missing).toBe(
      'Regionpuls har tall for «Sysselsatte etter arbeidssted» i Mosseregionen bare for 2017 i perioden 2013–2017, så endringen kan ikke beregnes.',
    );
  });
});

describe('year lists', () => {
  it('joins runs and single years the Norwegian way', () => {
    expect(yearList([2013, 2014])).toBe('2013 og 2014');
    expect(yearList([2012, 2013, 2014, 2017, 2019])).toBe('2012–2014, 2017 og 2019');
    expect(yearList([2020])).toBe('2020');
  });
});
