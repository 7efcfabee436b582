/**
 * Nynorsk, the commuting and labour-market page: flows in and out, the flow map, the yearly
 * figures and their sources.
 *
 * Typed from bokmål's part (nb/commuting.ts), so a key missing or extra here is a type error.
 */
import type { CommutingMessages } from '../nb/commuting';

export const commutingMessages: CommutingMessages = {
  commuting: {
    /** How a sentence names the area: «kommunen», «regionen», «fylket», «landet». */
    areaWords: { kommune: 'kommunen', region: 'regionen', fylke: 'fylket', land: 'landet' } as Record<
      string,
      string
    >,
    flowMapTitle: (year: number) => `Pendlarstraumane på kartet, ${year}`,
    flowMapNote: (top: number) =>
      `Dei ${top} største straumane kvar veg: blå inn (frå der pendlarane bur), oransje ut (til der dei arbeider). Linja er breiare jo fleire personar; pila peikar mot arbeidsstaden. Grønt: området sjølv. Tala står også i tabellane over.`,
    flowMapPlace: (name: string, inn: string | null, out: string | null) =>
      [name + ':', inn !== null ? `${inn} inn` : null, out !== null ? `${out} ut` : null]
        .filter(Boolean)
        .join(' '),
    flowMapLine: (home: string, work: string, persons: string) => `${home} → ${work}: ${persons} personar`,
    flowMapDescription: (name: string, year: number, lines: string) =>
      `Kart over dei største pendlarstraumane til og frå ${name} i ${year}: ${lines}.`,
    flowMapText: 'Straumane i kartet som tekst',
    flowMapLand:
      'Heile landet har inga pendling ut eller inn i denne statistikken, så kartet er ikkje teikna.',
    title: 'Pendling og arbeidsmarknad',
    description:
      'Arbeidsplassdekning, innpendlarar, utpendlarar, del som bur og jobbar i kommunen og dei største pendlestraumane for alle kommunar og regionar, 2017–2022 (SSB, tabell 03321).',
    lead: 'Kor mange jobbar i kommunen eller regionen, kor mange sysselsette bur der, og kvar pendlar dei til og frå? Tala gjeld sysselsette 15–74 år i 4. kvartal, etter arbeidsstad og bustad, rekna om til 2024-kommunar.',
    pick: 'Kommune eller region',
    search: 'Eller søk',
    matches: 'Treff',
    groups: {
      egen: 'Eigne regionar',
      land: 'Heile landet',
      fylke: 'Fylke',
      samarbeid: 'Regionsamarbeid',
      ba: 'BA-regionar',
      okonomisk: 'Økonomiske regionar',
      kommune: 'Kommunar',
    },
    loading: 'Hentar pendlingstal …',
    showingInstead: (fallback: string) => `Viser ${fallback}.`,
    unknownArea: (code: string, fallback: string) =>
      `Fann ingen kommune eller region med koden «${code}» i lenkja. Viser ${fallback}.`,
    noFigures: (name: string) => `${name} har ingen pendlingstal.`,
    keyFigures: (year: number) => `Nøkkeltal ${year}`,
    measures: {
      jobs: (area: string) => `Arbeidsplassar (sysselsette som jobbar i ${area})`,
      residents: (area: string) => `Sysselsette som bur i ${area}`,
      job_ratio: () => 'Arbeidsplassdekning',
      inside: (area: string) => `Bur og jobbar i ${area}`,
      in_commuters: () => 'Innpendlarar',
      out_commuters: () => 'Utpendlarar',
      residents_inside: (area: string) => `Del som bur og jobbar i ${area}`,
      jobs_inside: () => 'Del av arbeidsplassane som folk som bur der, har',
    },
    jobRatioMeans: (ratio: string, area: string) =>
      `${ratio} arbeidsplassar per 100 sysselsette som bur i ${area}`,
    insideMeans: (share: string, area: string) =>
      `${share} % av dei sysselsette som bur i ${area}, jobbar der`,
    inMeans: (share: string) => `${share} % av arbeidsplassane`,
    outMeans: (share: string) => `${share} % av dei sysselsette som bur der`,
    change: (from: number, to: number) => `Endring ${from}–${to}`,
    changePoints: (points: string) => `${points} prosentpoeng`,
    tableCaption: (name: string, from: number, to: number) =>
      `Pendling og arbeidsplassar i ${name} ${from}–${to}`,
    measure: 'Tal',
    trendTitle: (from: number, to: number) =>
      `Innpendlarar, utpendlarar og dei som bur og jobbar i området ${from}–${to}`,
    trendDescription: (name: string, from: number, to: number) =>
      `Innpendlarar, utpendlarar og sysselsette som bur og jobbar i ${name}, ${from}–${to}.`,
    sharesTitle: 'Kor sjølvstendig er arbeidsmarknaden?',
    sharesDescription: (name: string) =>
      `Del av dei sysselsette busette i ${name} som jobbar der, og del av arbeidsplassane som folk som bur der, har, mot 75 %-grensa.`,
    marketTitle: 'Ein felles arbeidsmarknad?',
    rule: 'Regelen: eit område blir rekna som ein sjølvstendig arbeidsmarknad når minst 75 % av dei sysselsette som bur der, også jobbar der, og minst 75 % av arbeidsplassane er fylte av folk som bur der. Det er hovudregelen britiske ONS brukar for arbeidsmarknadsregionane sine («travel-to-work areas»).',
    contained: (name: string, year: number, area: string, residents: string, jobs: string) =>
      `Ja. ${name} var ein felles arbeidsmarknad etter regelen i ${year}: ${residents} % av dei sysselsette som bur i ${area}, jobba der, og ${jobs} % av arbeidsplassane var fylte av folk som bur der.`,
    notContained: (
      name: string,
      year: number,
      area: string,
      residents: string,
      jobs: string,
      short: string,
    ) =>
      `Nei. ${name} var ikkje ein sjølvstendig arbeidsmarknad etter regelen i ${year}: ${residents} % av dei sysselsette som bur i ${area}, jobba der, og ${jobs} % av arbeidsplassane var fylte av folk som bur der. ${short} under 75 %.`,
    shortResidents: 'Delen busette som jobbar der, er',
    shortJobs: 'Delen arbeidsplassar fylte av busette er',
    shortBoth: 'Begge delane er',
    yearsContained: (n: number, of: number, from: number, to: number) =>
      `Regelen var oppfylt i ${n} av ${of} år med tal i ${from}–${to}.`,
    flowsTitle: (year: number) => `Dei største pendlestraumane ${year}`,
    inTitle: (area: string) => `Innpendlarar: kvar dei som jobbar i ${area}, bur`,
    outTitle: (area: string) => `Utpendlarar: kvar dei som bur i ${area}, jobbar`,
    inDescription: (name: string, year: number) =>
      `Dei største gruppene innpendlarar til ${name} i ${year}, etter bustadkommune.`,
    outDescription: (name: string, year: number) =>
      `Dei største gruppene utpendlarar frå ${name} i ${year}, etter arbeidskommune.`,
    tickNote: (from: number) => `Svart strek: same straum i ${from}.`,
    flowTableIn: (name: string, year: number) => `Innpendlarar til ${name} ${year}, etter bustadkommune`,
    flowTableOut: (name: string, year: number) => `Utpendlarar frå ${name} ${year}, etter arbeidskommune`,
    rank: 'Nr.',
    homeKommune: 'Bur i',
    workKommune: 'Jobbar i',
    persons: (year: number) => `Personar ${year}`,
    shareOfIn: 'Del av innpendlarane',
    shareOfOut: 'Del av utpendlarane',
    personsFrom: (year: number) => `Personar ${year}`,
    changeShort: 'Endring',
    estimatedMark: 'anslått',
    noFlows: 'Inga pendling til eller frå andre kommunar (tala omfattar berre pendling innanlands).',
    missingYears: (years: string) =>
      `Ingen tal for ${years}: minst éin kommune i området manglar i pendlingstala til SSB det året (i 2019 gjeld det Rindal, som gjekk over til Trøndelag). Ein sum utan han ville vore for låg, så året står tomt.`,
    estimated: (share: string) =>
      `Inntil ${share} % av personane i straumane byggjer på anslag: ein kommune som seinare vart delt, er fordelt etter folketal.`,
    jobsMatch:
      'Arbeidsplassane er dei same som i indikatoren «Sysselsette etter arbeidsstad» (SSB, tabell 11618).',
    jobsDiffer: (years: string) =>
      `Arbeidsplassane avvik litt frå indikatoren «Sysselsette etter arbeidsstad» (SSB, tabell 11618) i ${years}: dei to tabellane vart henta på ulike tidspunkt.`,
    residentsDiffer: (year: number, official: string, diff: string) =>
      `SSB, tabell 11618 tel ${official} sysselsette busette i ${year}, ${diff} fleire enn her: pendlingstala tek ikkje med dei som jobbar på sokkelen, på Svalbard eller har ukjend arbeidsstad.`,
    landNote:
      'For heile landet er all pendling innanlands: tala tek ikkje med pendling til eller frå utlandet.',
    reportLink: (name: string) => `Pendling og arbeidsmarknad for ${name} →`,
    csvYears: 'Last ned tala per år (CSV)',
    csvFlows: 'Last ned pendlestraumane (CSV)',
    chart: {
      inFrom: 'Innpendlarar frå',
      outTo: 'Utpendlarar til',
      persons: 'Personar',
      percent: 'Prosent',
      missing: 'manglar',
      personsAt: (year: number, persons: string, share: string) =>
        `${year}: ${persons} personar (${share} %)`,
      personsThen: (year: number, persons: string) => `${year}: ${persons} personar`,
      estimated: 'Anslått (kommunen vart delt seinare)',
      inside: (area: string) => `Bur og jobbar i ${area}`,
      inCommuters: 'Innpendlarar',
      outCommuters: 'Utpendlarar',
      residentsShare: 'Del av dei sysselsette busette som jobbar her',
      jobsShare: 'Del av arbeidsplassane fylte av busette',
      anyArea: 'området',
    },
    source:
      'Kjelde: SSB, tabell 03321 Sysselsette (15–74 år) per 4. kvartal. Pendlingsstraumar, etter arbeidsstadskommune og bustadkommune, og tabell 11618, via SSBs eige pendlingsprosjekt (statisticsnorway/pendling). Rekna om til 2024-kommunar av Regionpuls.',
  },
};
