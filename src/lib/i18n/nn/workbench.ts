/**
 * Nynorsk, the analysis pages beside the comparison: the ranking (with own regions' places,
 * size classes and what a ranking link got wrong), the map, the composite index and shift-share.
 *
 * Typed from bokmål's part (nb/workbench.ts), so a key missing or extra here is a type error.
 */
import type { WorkbenchMessages } from '../nb/workbench';

export const workbenchMessages: WorkbenchMessages = {
  compositePage: {
    unknownIndicator: (indicator: string) => `Ukjend indikator «${indicator}» i indeksen er utelaten.`,
    unknownMeasure: (measure: string, indicator: string) =>
      `Ukjent mål «${measure}» for ${indicator} er utelate.`,
    badWeight: (weight: string, indicator: string) =>
      `Vekta «${weight}» for ${indicator} må vere eit heilt tal frå 1 til 10; komponenten er utelaten.`,
    twice: (indicator: string) => `${indicator} er med to gonger; den andre er utelaten.`,
    tooMany: (max: number) => `Høgst ${max} komponentar; dei siste er utelatne.`,
    title: 'Samansett indeks',
    description:
      'Ein samansett indeks over fleire indikatorar, i ånda til NHOs nærings-NM: vel indikatorar og vekter og sjå den samla rangeringa, med formelen.',
    lead: 'Kvar komponent gir poeng frå 0 (svakast) til 100 (sterkast) etter rangen blant regionane som blir samanlikna; indeksen er det vekta gjennomsnittet av poenga. Berre regionar med tal for alle komponentane i perioden er med.',
    components: 'Komponentar',
    indicator: 'Indikator',
    measure: 'Mål',
    weight: 'Vekt',
    remove: (name: string) => `Fjern ${name}`,
    add: 'Legg til komponent',
    formula: 'Formel',
    points: 'poeng',
    formulaPart: (weight: number, measure: string, indicator: string) =>
      `${weight} × poeng for ${measure} i ${indicator}`,
    score: 'Indeks',
    rank: 'Rang',
    region: 'Region',
    indexed: (n: number, total: number, what: string, from: number, to: number) =>
      `${n} av ${total} ${what} har tal for alle komponentane ${from}–${to} og er med i indeksen.`,
    none: 'Ingen region har tal for alle komponentane i perioden. Vel andre indikatorar eller ein annan periode.',
    noComponents: 'Vel minst éin komponent.',
    toRanking: 'Ranger på éin indikator',
    sources:
      'Kjelder: SSB (indikatorane sine eigne kjelder, sjå Datadekning). Poenga og indeksen er utrekna av Regionpuls.',
  },
  rankingPage: {
    dumbbellTitle: (from: number, to: number, some: boolean) =>
      `Frå ${from} til ${to}${some ? ': dei ti øvste og dei fem nedste i rangeringa' : ''}`,
    dumbbellNote:
      'Kvit prikk: startåret. Farga prikk: sluttåret (grøn: auke, raud: nedgang). Talet er endringa; ved vekst i prosent startar alle på 100.',
    title: 'Rangering',
    description:
      'Rangering av kommunar, regionar og fylke på éin indikator: nivå, endring, vekst og per 1 000 innbyggjarar, med endring i rang og kor stabil rangen er.',
    lead: 'Vel indikator, nivå og periode. Berre regionar med tal for heile perioden blir rangerte. Rangen blir samanlikna med førre periode av same lengd, og spennet viser beste og dårlegaste rang over dei tre siste periodane av same lengd (sluttår no, eitt og to år tidlegare).',
    level: 'Nivå',
    levels: {
      kommune: 'Kommunar',
      fylke: 'Fylke',
      ba: 'BA-regionar',
      okonomisk: 'Økonomiske regionar',
      samarbeid: 'Regionsamarbeid',
    },
    levelOne: {
      kommune: 'kommunar',
      fylke: 'fylke',
      ba: 'BA-regionar',
      okonomisk: 'økonomiske regionar',
      samarbeid: 'regionsamarbeid',
    },
    fylke: 'Fylke',
    wholeCountry: 'Heile landet',
    from: 'Frå',
    to: 'Til',
    measure: 'Rangert etter',
    measures: {
      level: 'Nivå i sluttåret',
      change: 'Endring',
      growth: 'Vekst i prosent',
      per1000: 'Per 1 000 innbyggjarar',
    },
    columns: {
      rank: 'Rang',
      name: 'Region',
      change: 'Endring',
      growth: 'Vekst',
      per1000: 'Per 1 000 innb.',
      rankChange: 'Endring i rang',
      spread: 'Rangspenn',
    },
    rankedOf: (ranked: number, total: number, what: string, from: number, to: number) =>
      `${ranked} av ${total} ${what} har tal for ${from}–${to} og er rangerte.`,
    rankHead: (ranked: number) => `Rang av ${ranked}`,
    rankOf: (rank: number, ranked: number, what: string) => `nr. ${rank} av ${ranked} ${what} med tal`,
    noPrevious: (from: number, to: number) =>
      `Ingen har tal for førre periode (${from}–${to}), så endring i rang kan ikkje visast.`,
    previous: (from: number, to: number, n: number) =>
      `Endring i rang er målt mot ${from}–${to} (${n} rangerte då).`,
    spreadText: (best: number, worst: number, periods: number) =>
      periods < 2 ? `${best} (1 periode)` : `${best}–${worst} (${periods} periodar)`,
    up: (n: number) => `opp ${n}`,
    down: (n: number) => `ned ${n}`,
    same: 'uendra',
    top: (name: string, value: string) => `Øvst: ${name} (${value}).`,
    compareTop: (n: number) => `Samanlikn dei ${n} øvste`,
    toMap: 'Vis på kartet',
    toRanking: 'Vis som rangering',
    downloadCsv: 'Last ned CSV',
    sortBy: (label: string) => `Sorter etter ${label}`,
    breakWarning: (year: number, note: string) =>
      `Brot i serien frå ${year}: ${note} Endring og vekst over brotet er ikkje direkte samanliknbare.`,
    none: 'Ingen regionar har tal for denne perioden.',
  },
  // Own regions beside the ranking and on the map.
  ownRanks: {
    title: 'Eigne regionar',
    note: (of: number, what: string) =>
      `Eigne regionar er summerte frå kommunane (berre år der alle har tal) og er ikkje med i rangeringa; plassen er den dei ville fått blant dei ${of} ${what} som er rangerte.`,
    region: 'Eigen region',
    members: 'Kommunar',
    wouldBe: 'Ville vore nr.',
    rank: (rank: number, of: number) => `${rank} av ${of}`,
    noValue: 'manglar tal for ein kommune',
    fromBrowser: (n: number) => `Vis eigne regionar frå denne nettlesaren (${n})`,
    make: 'Lag eigen region i kartet',
    making: 'Klikk kommunar i kartet for å leggje dei til den nye regionen.',
    name: 'Namn på regionen',
    save: 'Lagre eigen region',
    cancel: 'Avbryt',
    draft: (n: number) => `Ny eigen region: ${n} kommunar`,
    remove: (name: string) => `Fjern ${name} frå den nye regionen`,
    compositeNote: (of: number, what: string) =>
      `Eigne regionar er summerte frå kommunane (berre år der alle har tal) og er ikkje med i indeksen; poenga og plassen er dei dei ville fått blant dei ${of} ${what} som er indekserte.`,
    mapLegend: 'Stipla kant: kommunane i eigne regionar.',
  },
  mapPage: {
    chartDescription: (indicator: string, label: string, ranked: number, shown: number, top: string | null) =>
      `Kart: ${indicator}, ${label}, ${ranked} av ${shown} område med tal.${top ? ` Høgast: ${top}.` : ''}`,
    title: 'Kart',
    description:
      'Kart over kommunar og fylke (grenser 2024), farga etter vald indikator og mål. Klikk på ein kommune for å leggje han til samanlikninga.',
    lead: 'Farga viser valt mål for perioden. Hald peikaren over eller gå med tastaturet til tabellen under kartet for tala. Klikk på ein kommune for å leggje han til i samanlikninga.',
    clickHint:
      'Klikk på ein kommune i kartet, eller bruk «Legg til» i tabellen, for å leggje han til i samanlikninga',
    onlyKommuneFylke:
      'Kartet viser kommunar og fylke. Vel nivå kommunar eller fylke for å sjå kartet; tala står i tabellen under.',
    table: 'Tala i kartet',
    noValue: 'ingen tal',
    comparison: (n: number) => `Vald til samanlikning (${n})`,
    openComparison: 'Opne samanlikninga',
    clear: 'Tøm',
    add: (name: string) => `Legg ${name} til samanlikninga`,
    mapSource:
      'Kartgrunnlag: Kartverket (CC BY 4.0), via robhop/fylker-og-kommuner, kommune- og fylkesgrenser 2024.',
  },
  rankingNotices: {
    // Ukjend (m/f) and ukjent (n) agree with the noun; «ser bort frå» needs no participle to agree.
    unknown: (what: 'indicator' | 'level' | 'fylke' | 'measure', value: string) =>
      `Ser bort frå ${{ indicator: 'ukjend indikator', level: 'ukjent nivå', fylke: 'ukjent fylke', measure: 'ukjent mål' }[what]} «${value}».`,
    badFrom: 'Ser bort frå ugyldig startår.',
    badTo: 'Ser bort frå ugyldig sluttår.',
    noPer1000: 'Per 1 000 innbyggjarar gir ikkje meining for denne indikatoren; viser nivå.',
    unknownSize: (value: string) => `Ukjend storleiksklasse «${value}» er utelaten.`,
    sizeOnlyKommuner: 'Storleiksklassar gjeld berre kommunar; filteret er utelate.',
  },

  sizeClass: {
    label: 'Kommunestorleik',
    all: 'Alle storleikar',
    classes: {
      'under-5000': 'Under 5 000 innbyggjarar',
      '5000-19999': '5 000–19 999 innbyggjarar',
      '20000-49999': '20 000–49 999 innbyggjarar',
      '50000-plus': '50 000 innbyggjarar og meir',
    } as Record<string, string>,
    what: (cls: string, year: number) => `kommunar med ${cls.toLowerCase()} (1.1.${year})`,
    note: (year: number) =>
      `Storleiksklassen følgjer folketalet 1. januar ${year}, sluttåret i perioden (SSB, tabell 07459).`,
  },
  shiftShare: {
    title: 'Skiftandelsanalyse',
    description:
      'Skiftandelsanalyse av sysselsetjinga i kommunane i Vestfold og Telemark: nasjonal effekt, næringsstruktur og lokal effekt.',
    method:
      'Endringa i talet på sysselsette (etter arbeidsstad) blir delt i tre: den nasjonale effekten er veksten kommunen ville hatt om kvar sektor voks som heile landet samla, og næringsstruktureffekten er det sektorsamansetjinga legg til eller trekkjer frå når kvar sektor veks som same sektor i heile landet. Den lokale effekten er resten – det kommunen voks meir eller mindre enn dei same sektorane nasjonalt, summert over dei fem sektorane.',
    benchmark:
      'Samanlikningsgrunnlag: heile landet, med dei same fem sektorane (SSB, tabell 13472). Datasettet har sektortal berre for kommunane i Vestfold og Telemark (2010–2021).',
    region: 'Kommune eller fylke',
    fylker: 'Fylke',
    from: 'Frå',
    to: 'Til',
    effects: {
      national: 'Nasjonal effekt',
      mix: 'Næringsstruktur',
      local: 'Lokal effekt',
      actual: 'Faktisk endring',
    },
    expected: 'Venta endring (nasjonal + næringsstruktur)',
    persons: 'Personar',
    sector: 'Sektor',
    total: 'Alle sektorar',
    summary: (name: string, from: number, to: number, start: string, end: string, actual: string) =>
      `${name}: ${start} sysselsette i ${from} og ${end} i ${to}, ei endring på ${actual}.`,
    description2: (name: string, national: string, mix: string, local: string, actual: string) =>
      `Skiftandel for ${name}: nasjonal effekt ${national}, næringsstruktur ${mix}, lokal effekt ${local}; faktisk endring ${actual} sysselsette.`,
    outside: (name: string) =>
      `Skiftandelsanalysen kan ikkje reknast for ${name}: sektortala (SSB, tabell 13472) i datasettet dekkjer berre kommunane i Vestfold og Telemark og dei to fylka. Vel ein av dei.`,
    unknown: (code: string) => `Ukjend region «${code}»; viser standardvalet.`,
    badYears: 'Ugyldig periode; viser standardperioden.',
    missing: (sectors: string) =>
      `Skiftandel kan ikkje reknast for denne perioden: tal manglar (skjulte eller ikkje publiserte) for ${sectors}. Manglande tal blir aldri rekna som null.`,
    breakWarning:
      'Perioden går over brot i statistikken i 2015 (SSB gjekk over til a-ordninga). Brotet gjeld både kommunen og landet, men effektane bør lesast med varsemd.',
    source:
      'Kjelde: SSB, tabell 13472 Sysselsette per 4. kvartal, etter arbeidsstad og sektor (15–74 år), via Telemark fylkeskommune (evensrii/Telemark). Kommunenummer omrekna til 2024 av Regionpuls.',
    csv: 'Last ned tabellen (CSV)',
    tableCaption: (name: string, from: number, to: number) =>
      `Skiftandel for ${name} ${from}–${to}, per sektor`,
  },
};
