/**
 * Bokmål, the commuting and labour-market page: flows in and out, the flow map, the yearly
 * figures and their sources.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/commuting.ts and en/commuting.ts are typed from
 * `CommutingMessages`, so a key missing or extra there is a type error in that file.
 */
export const commutingMessages = {
  commuting: {
    /** How a sentence names the area: «kommunen», «regionen», «fylket», «landet». */
    areaWords: { kommune: 'kommunen', region: 'regionen', fylke: 'fylket', land: 'landet' } as Record<
      string,
      string
    >,
    flowMapTitle: (year: number) => `Pendlerstrømmene på kartet, ${year}`,
    flowMapNote: (top: number) =>
      `De ${top} største strømmene hver vei: blå inn (fra der pendlerne bor), oransje ut (til der de jobber). Linjen er bredere jo flere personer; pilen peker mot arbeidsstedet. Grønt: området selv. Tallene står også i tabellene over.`,
    flowMapPlace: (name: string, inn: string | null, out: string | null) =>
      [name + ':', inn !== null ? `${inn} inn` : null, out !== null ? `${out} ut` : null]
        .filter(Boolean)
        .join(' '),
    flowMapLine: (home: string, work: string, persons: string) => `${home} → ${work}: ${persons} personer`,
    flowMapDescription: (name: string, year: number, lines: string) =>
      `Kart over de største pendlerstrømmene til og fra ${name} i ${year}: ${lines}.`,
    flowMapText: 'Strømmene i kartet som tekst',
    flowMapLand:
      'Hele landet har ingen pendling ut eller inn i denne statistikken, så kartet er ikke tegnet.',
    title: 'Pendling og arbeidsmarked',
    description:
      'Arbeidsplassdekning, innpendlere, utpendlere, andel som bor og jobber i kommunen og de største pendlestrømmene for alle kommuner og regioner, 2017–2022 (SSB, tabell 03321).',
    lead: 'Hvor mange jobber i kommunen eller regionen, hvor mange sysselsatte bor der, og hvor pendler de til og fra? Tallene gjelder sysselsatte 15–74 år i 4. kvartal, etter arbeidssted og bosted, regnet om til 2024-kommuner.',
    pick: 'Kommune eller region',
    search: 'Eller søk',
    matches: 'Treff',
    groups: {
      egen: 'Egne regioner',
      land: 'Hele landet',
      fylke: 'Fylker',
      samarbeid: 'Regionsamarbeid',
      ba: 'BA-regioner',
      okonomisk: 'Økonomiske regioner',
      kommune: 'Kommuner',
    } as Record<string, string>,
    loading: 'Henter pendlingstall …',
    showingInstead: (fallback: string) => `Viser ${fallback}.`,
    unknownArea: (code: string, fallback: string) =>
      `Fant ingen kommune eller region med koden «${code}» i lenken. Viser ${fallback}.`,
    noFigures: (name: string) => `${name} har ingen pendlingstall.`,
    keyFigures: (year: number) => `Nøkkeltall ${year}`,
    measures: {
      jobs: (area: string) => `Arbeidsplasser (sysselsatte som jobber i ${area})`,
      residents: (area: string) => `Sysselsatte som bor i ${area}`,
      job_ratio: () => 'Arbeidsplassdekning',
      inside: (area: string) => `Bor og jobber i ${area}`,
      in_commuters: () => 'Innpendlere',
      out_commuters: () => 'Utpendlere',
      residents_inside: (area: string) => `Andel som bor og jobber i ${area}`,
      jobs_inside: () => 'Andel av arbeidsplassene besatt av folk som bor der',
    } as Record<string, (area: string) => string>,
    jobRatioMeans: (ratio: string, area: string) =>
      `${ratio} arbeidsplasser per 100 sysselsatte som bor i ${area}`,
    insideMeans: (share: string, area: string) =>
      `${share} % av de sysselsatte som bor i ${area}, jobber der`,
    inMeans: (share: string) => `${share} % av arbeidsplassene`,
    outMeans: (share: string) => `${share} % av de sysselsatte som bor der`,
    change: (from: number, to: number) => `Endring ${from}–${to}`,
    changePoints: (points: string) => `${points} prosentpoeng`,
    tableCaption: (name: string, from: number, to: number) =>
      `Pendling og arbeidsplasser i ${name} ${from}–${to}`,
    measure: 'Tall',
    trendTitle: (from: number, to: number) =>
      `Innpendlere, utpendlere og de som bor og jobber i området ${from}–${to}`,
    trendDescription: (name: string, from: number, to: number) =>
      `Innpendlere, utpendlere og sysselsatte som bor og jobber i ${name}, ${from}–${to}.`,
    sharesTitle: 'Hvor selvstendig er arbeidsmarkedet?',
    sharesDescription: (name: string) =>
      `Andel av de sysselsatte bosatte i ${name} som jobber der, og andel av arbeidsplassene som er besatt av folk som bor der, mot 75 %-grensen.`,
    marketTitle: 'Et felles arbeidsmarked?',
    rule: 'Regelen: et område regnes som et selvstendig arbeidsmarked når minst 75 % av de sysselsatte som bor der også jobber der, og minst 75 % av arbeidsplassene er besatt av folk som bor der. Det er hovedregelen britiske ONS bruker for sine arbeidsmarkedsregioner («travel-to-work areas»).',
    contained: (name: string, year: number, area: string, residents: string, jobs: string) =>
      `Ja. ${name} var et felles arbeidsmarked etter regelen i ${year}: ${residents} % av de sysselsatte som bor i ${area}, jobbet der, og ${jobs} % av arbeidsplassene var besatt av folk som bor der.`,
    notContained: (
      name: string,
      year: number,
      area: string,
      residents: string,
      jobs: string,
      short: string,
    ) =>
      `Nei. ${name} var ikke et selvstendig arbeidsmarked etter regelen i ${year}: ${residents} % av de sysselsatte som bor i ${area}, jobbet der, og ${jobs} % av arbeidsplassene var besatt av folk som bor der. ${short} under 75 %.`,
    shortResidents: 'Andelen bosatte som jobber der, er',
    shortJobs: 'Andelen arbeidsplasser besatt av bosatte er',
    shortBoth: 'Begge andelene er',
    yearsContained: (n: number, of: number, from: number, to: number) =>
      `Regelen var oppfylt i ${n} av ${of} år med tall i ${from}–${to}.`,
    flowsTitle: (year: number) => `De største pendlestrømmene ${year}`,
    inTitle: (area: string) => `Innpendlere: hvor de som jobber i ${area} bor`,
    outTitle: (area: string) => `Utpendlere: hvor de som bor i ${area} jobber`,
    inDescription: (name: string, year: number) =>
      `De største gruppene innpendlere til ${name} i ${year}, etter bostedskommune.`,
    outDescription: (name: string, year: number) =>
      `De største gruppene utpendlere fra ${name} i ${year}, etter arbeidskommune.`,
    tickNote: (from: number) => `Svart strek: samme strøm i ${from}.`,
    flowTableIn: (name: string, year: number) => `Innpendlere til ${name} ${year}, etter bostedskommune`,
    flowTableOut: (name: string, year: number) => `Utpendlere fra ${name} ${year}, etter arbeidskommune`,
    rank: 'Nr.',
    homeKommune: 'Bor i',
    workKommune: 'Jobber i',
    persons: (year: number) => `Personer ${year}`,
    shareOfIn: 'Andel av innpendlerne',
    shareOfOut: 'Andel av utpendlerne',
    personsFrom: (year: number) => `Personer ${year}`,
    changeShort: 'Endring',
    estimatedMark: 'anslått',
    noFlows: 'Ingen pendling til eller fra andre kommuner (tallene omfatter bare pendling innenlands).',
    missingYears: (years: string) =>
      `Ingen tall for ${years}: minst én kommune i området mangler i SSBs pendlingstall det året (i 2019 gjelder det Rindal, som gikk over til Trøndelag). En sum uten den ville vært for lav, så året står tomt.`,
    estimated: (share: string) =>
      `Inntil ${share} % av personene i strømmene bygger på anslag: en kommune som senere ble delt, er fordelt etter folketall.`,
    jobsMatch:
      'Arbeidsplassene er de samme som i indikatoren «Sysselsatte etter arbeidssted» (SSB, tabell 11618).',
    jobsDiffer: (years: string) =>
      `Arbeidsplassene avviker litt fra indikatoren «Sysselsatte etter arbeidssted» (SSB, tabell 11618) i ${years}: de to tabellene ble hentet på ulike tidspunkt.`,
    residentsDiffer: (year: number, official: string, diff: string) =>
      `SSB, tabell 11618 teller ${official} sysselsatte bosatte i ${year}, ${diff} flere enn her: pendlingstallene tar ikke med dem som jobber på sokkelen, på Svalbard eller har ukjent arbeidssted.`,
    landNote:
      'For hele landet er all pendling innenlands: tallene tar ikke med pendling til eller fra utlandet.',
    reportLink: (name: string) => `Pendling og arbeidsmarked for ${name} →`,
    csvYears: 'Last ned tallene per år (CSV)',
    csvFlows: 'Last ned pendlestrømmene (CSV)',
    chart: {
      inFrom: 'Innpendlere fra',
      outTo: 'Utpendlere til',
      persons: 'Personer',
      percent: 'Prosent',
      missing: 'mangler',
      personsAt: (year: number, persons: string, share: string) =>
        `${year}: ${persons} personer (${share} %)`,
      personsThen: (year: number, persons: string) => `${year}: ${persons} personer`,
      estimated: 'Anslått (kommunen ble delt senere)',
      inside: (area: string) => `Bor og jobber i ${area}`,
      inCommuters: 'Innpendlere',
      outCommuters: 'Utpendlere',
      residentsShare: 'Andel av de sysselsatte bosatte som jobber her',
      jobsShare: 'Andel av arbeidsplassene besatt av bosatte',
      anyArea: 'området',
    },
    source:
      'Kilde: SSB, tabell 03321 Sysselsatte (15–74 år) per 4. kvartal. Pendlingsstrømmer, etter arbeidsstedskommune og bostedskommune, og tabell 11618, via SSBs eget pendlingsprosjekt (statisticsnorway/pendling). Regnet om til 2024-kommuner av Regionpuls.',
  },
};

/** The shape nynorsk and English must match key for key. */
export type CommutingMessages = typeof commutingMessages;
