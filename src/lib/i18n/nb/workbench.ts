/**
 * Bokmål, the analysis pages beside the comparison: the ranking (with own regions' places,
 * size classes and what a ranking link got wrong), the map, the composite index and shift-share.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/workbench.ts and en/workbench.ts are typed from
 * `WorkbenchMessages`, so a key missing or extra there is a type error in that file.
 */
export const workbenchMessages = {
  compositePage: {
    unknownIndicator: (indicator: string) => `Ukjent indikator «${indicator}» i indeksen er utelatt.`,
    unknownMeasure: (measure: string, indicator: string) =>
      `Ukjent mål «${measure}» for ${indicator} er utelatt.`,
    badWeight: (weight: string, indicator: string) =>
      `Vekten «${weight}» for ${indicator} må være et helt tall fra 1 til 10; komponenten er utelatt.`,
    twice: (indicator: string) => `${indicator} er med to ganger; den andre er utelatt.`,
    tooMany: (max: number) => `Høyst ${max} komponenter; de siste er utelatt.`,
    title: 'Sammensatt indeks',
    description:
      'En sammensatt indeks over flere indikatorer, i ånden til NHOs nærings-NM: velg indikatorer og vekter og se den samlede rangeringen, med formelen.',
    lead: 'Hver komponent gir poeng fra 0 (svakest) til 100 (sterkest) etter rangen blant regionene som sammenlignes; indeksen er det vektede gjennomsnittet av poengene. Bare regioner med tall for alle komponentene i perioden er med.',
    components: 'Komponenter',
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
      `${n} av ${total} ${what} har tall for alle komponentene ${from}–${to} og er med i indeksen.`,
    none: 'Ingen region har tall for alle komponentene i perioden. Velg andre indikatorer eller en annen periode.',
    noComponents: 'Velg minst én komponent.',
    toRanking: 'Ranger på én indikator',
    sources:
      "Kilder: SSB (indikatorenes egne kilder, se Datadekning). Poengene og indeksen er Regionpuls' beregning.",
  },
  rankingPage: {
    dumbbellTitle: (from: number, to: number, some: boolean) =>
      `Fra ${from} til ${to}${some ? ': de ti øverste og de fem nederste i rangeringen' : ''}`,
    dumbbellNote:
      'Hvit prikk: startåret. Farget prikk: sluttåret (grønn: økning, rød: nedgang). Tallet er endringen; ved vekst i prosent starter alle på 100.',
    title: 'Rangering',
    description:
      'Rangering av kommuner, regioner og fylker på én indikator: nivå, endring, vekst og per 1 000 innbyggere, med endring i rang og hvor stabil rangen er.',
    lead: 'Velg indikator, nivå og periode. Bare regioner med tall for hele perioden blir rangert. Rangen sammenlignes med forrige periode av samme lengde, og spennet viser beste og dårligste rang over de tre siste periodene av samme lengde (sluttår nå, ett og to år tidligere).',
    level: 'Nivå',
    levels: {
      kommune: 'Kommuner',
      fylke: 'Fylker',
      ba: 'BA-regioner',
      okonomisk: 'Økonomiske regioner',
      samarbeid: 'Regionsamarbeid',
    } as Record<string, string>,
    levelOne: {
      kommune: 'kommuner',
      fylke: 'fylker',
      ba: 'BA-regioner',
      okonomisk: 'økonomiske regioner',
      samarbeid: 'regionsamarbeid',
    } as Record<string, string>,
    fylke: 'Fylke',
    wholeCountry: 'Hele landet',
    from: 'Fra',
    to: 'Til',
    measure: 'Rangert etter',
    measures: {
      level: 'Nivå i sluttåret',
      change: 'Endring',
      growth: 'Vekst i prosent',
      per1000: 'Per 1 000 innbyggere',
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
      `${ranked} av ${total} ${what} har tall for ${from}–${to} og er rangert.`,
    rankHead: (ranked: number) => `Rang av ${ranked}`,
    rankOf: (rank: number, ranked: number, what: string) => `nr. ${rank} av ${ranked} ${what} med tall`,
    noPrevious: (from: number, to: number) =>
      `Ingen har tall for forrige periode (${from}–${to}), så endring i rang kan ikke vises.`,
    previous: (from: number, to: number, n: number) =>
      `Endring i rang er målt mot ${from}–${to} (${n} rangert da).`,
    spreadText: (best: number, worst: number, periods: number) =>
      periods < 2 ? `${best} (1 periode)` : `${best}–${worst} (${periods} perioder)`,
    up: (n: number) => `opp ${n}`,
    down: (n: number) => `ned ${n}`,
    same: 'uendret',
    top: (name: string, value: string) => `Øverst: ${name} (${value}).`,
    compareTop: (n: number) => `Sammenlign de ${n} øverste`,
    toMap: 'Vis på kartet',
    toRanking: 'Vis som rangering',
    downloadCsv: 'Last ned CSV',
    sortBy: (label: string) => `Sorter etter ${label}`,
    breakWarning: (year: number, note: string) =>
      `Brudd i serien fra ${year}: ${note} Endring og vekst over bruddet er ikke direkte sammenlignbare.`,
    none: 'Ingen regioner har tall for denne perioden.',
  },
  // Own regions beside the ranking and on the map.
  ownRanks: {
    title: 'Egne regioner',
    note: (of: number, what: string) =>
      `Egne regioner er summert fra kommunene (bare år der alle har tall) og er ikke med i rangeringen; plassen er den de ville fått blant de ${of} ${what} som er rangert.`,
    region: 'Egen region',
    members: 'Kommuner',
    wouldBe: 'Ville vært nr.',
    rank: (rank: number, of: number) => `${rank} av ${of}`,
    noValue: 'mangler tall for en kommune',
    fromBrowser: (n: number) => `Vis egne regioner fra denne nettleseren (${n})`,
    make: 'Lag egen region i kartet',
    making: 'Klikk kommuner i kartet for å legge dem til den nye regionen.',
    name: 'Navn på regionen',
    save: 'Lagre egen region',
    cancel: 'Avbryt',
    draft: (n: number) => `Ny egen region: ${n} kommuner`,
    remove: (name: string) => `Fjern ${name} fra den nye regionen`,
    compositeNote: (of: number, what: string) =>
      `Egne regioner er summert fra kommunene (bare år der alle har tall) og er ikke med i indeksen; poengene og plassen er de de ville fått blant de ${of} ${what} som er indeksert.`,
    mapLegend: 'Stiplet kant: kommunene i egne regioner.',
  },
  mapPage: {
    chartDescription: (indicator: string, label: string, ranked: number, shown: number, top: string | null) =>
      `Kart: ${indicator}, ${label}, ${ranked} av ${shown} områder med tall.${top ? ` Høyest: ${top}.` : ''}`,
    title: 'Kart',
    description:
      'Kart over kommuner og fylker (grenser 2024), farget etter valgt indikator og mål. Klikk en kommune for å legge den til sammenligningen.',
    lead: 'Fargen viser valgt mål for perioden. Hold pekeren over eller gå med tastaturet til tabellen under kartet for tallene. Klikk en kommune for å legge den til i sammenligningen.',
    clickHint:
      'Klikk en kommune i kartet, eller bruk «Legg til» i tabellen, for å legge den til i sammenligningen',
    onlyKommuneFylke:
      'Kartet viser kommuner og fylker. Velg nivå kommuner eller fylker for å se kartet; tallene står i tabellen under.',
    table: 'Tallene i kartet',
    noValue: 'ingen tall',
    comparison: (n: number) => `Valgt til sammenligning (${n})`,
    openComparison: 'Åpne sammenligningen',
    clear: 'Tøm',
    add: (name: string) => `Legg ${name} til sammenligningen`,
    mapSource:
      'Kartgrunnlag: Kartverket (CC BY 4.0), via robhop/fylker-og-kommuner, kommune- og fylkesgrenser 2024.',
  },
  rankingNotices: {
    unknown: (what: 'indicator' | 'level' | 'fylke' | 'measure', value: string) =>
      `Ukjent ${{ indicator: 'indikator', level: 'nivå', fylke: 'fylke', measure: 'mål' }[what]} «${value}» er utelatt.`,
    badFrom: 'Ugyldig startår er utelatt.',
    badTo: 'Ugyldig sluttår er utelatt.',
    noPer1000: 'Per 1 000 innbyggere gir ikke mening for denne indikatoren; viser nivå.',
    unknownSize: (value: string) => `Ukjent størrelsesklasse «${value}» er utelatt.`,
    sizeOnlyKommuner: 'Størrelsesklasser gjelder bare kommuner; filteret er utelatt.',
  },
  // Issue 17 (workbench): size classes on the ranking, shift-share.
  sizeClass: {
    label: 'Kommunestørrelse',
    all: 'Alle størrelser',
    classes: {
      'under-5000': 'Under 5 000 innbyggere',
      '5000-19999': '5 000–19 999 innbyggere',
      '20000-49999': '20 000–49 999 innbyggere',
      '50000-plus': '50 000 innbyggere og mer',
    } as Record<string, string>,
    what: (cls: string, year: number) => `kommuner med ${cls.toLowerCase()} (1.1.${year})`,
    note: (year: number) =>
      `Størrelsesklassen følger folketallet 1. januar ${year}, sluttåret i perioden (SSB, tabell 07459).`,
  },
  shiftShare: {
    title: 'Skiftandelsanalyse',
    description:
      'Skiftandelsanalyse av sysselsettingen i kommunene i Vestfold og Telemark: nasjonal effekt, næringsstruktur og lokal effekt.',
    method:
      'Endringen i antall sysselsatte (etter arbeidssted) deles i tre: den nasjonale effekten er veksten kommunen ville hatt om hver sektor vokste som hele landet samlet, og næringsstruktureffekten er det sektorsammensetningen legger til eller trekker fra når hver sektor vokser som samme sektor i hele landet. Den lokale effekten er resten – det kommunen vokste mer eller mindre enn samme sektorer nasjonalt, summert over de fem sektorene.',
    benchmark:
      'Sammenligningsgrunnlag: hele landet, med de samme fem sektorene (SSB, tabell 13472). Datasettet har sektortall bare for kommunene i Vestfold og Telemark (2010–2021).',
    region: 'Kommune eller fylke',
    fylker: 'Fylker',
    from: 'Fra',
    to: 'Til',
    effects: {
      national: 'Nasjonal effekt',
      mix: 'Næringsstruktur',
      local: 'Lokal effekt',
      actual: 'Faktisk endring',
    },
    expected: 'Forventet endring (nasjonal + næringsstruktur)',
    persons: 'Personer',
    sector: 'Sektor',
    total: 'Alle sektorer',
    summary: (name: string, from: number, to: number, start: string, end: string, actual: string) =>
      `${name}: ${start} sysselsatte i ${from} og ${end} i ${to}, en endring på ${actual}.`,
    description2: (name: string, national: string, mix: string, local: string, actual: string) =>
      `Skiftandel for ${name}: nasjonal effekt ${national}, næringsstruktur ${mix}, lokal effekt ${local}; faktisk endring ${actual} sysselsatte.`,
    outside: (name: string) =>
      `Skiftandelsanalysen kan ikke regnes for ${name}: sektortallene (SSB, tabell 13472) i datasettet dekker bare kommunene i Vestfold og Telemark og de to fylkene. Velg en av dem.`,
    unknown: (code: string) => `Ukjent region «${code}»; viser standardvalget.`,
    badYears: 'Ugyldig periode; viser standardperioden.',
    missing: (sectors: string) =>
      `Skiftandel kan ikke regnes for denne perioden: tall mangler (skjult eller ikke publisert) for ${sectors}. Manglende tall regnes aldri som null.`,
    breakWarning:
      'Perioden går over brudd i statistikken i 2015 (SSB gikk over til a-ordningen). Bruddet gjelder både kommunen og landet, men effektene bør leses med forsiktighet.',
    source:
      'Kilde: SSB, tabell 13472 Sysselsatte per 4. kvartal, etter arbeidssted og sektor (15–74 år), via Telemark fylkeskommune (evensrii/Telemark). Kommunenumre omregnet til 2024 av Regionpuls.',
    csv: 'Last ned tabellen (CSV)',
    tableCaption: (name: string, from: number, to: number) =>
      `Skiftandel for ${name} ${from}–${to}, per sektor`,
  },
};

/** The shape nynorsk and English must match key for key. */
export type WorkbenchMessages = typeof workbenchMessages;
