/**
 * Bokmål messages. Every user-visible string of the app is here, as a function where it takes
 * values, so nynorsk (nn.ts) and English (en.ts) can follow with the same `Messages` shape.
 */
import type { Notice } from '../config';

export const nb = {
  locale: 'nb-NO',
  appName: 'Regionpuls',
  skipToContent: 'Hopp til innholdet',
  tagline: 'Regional utvikling i tall: arbeidsplasser, nyetableringer, verdiskaping og befolkning',
  indicator: 'Indikator',
  regions: 'Regioner',
  searchRegions: 'Søk etter kommune, region eller fylke (navn eller nummer)',
  // Placeholders short enough to show whole in the search field on a 390 px phone.
  searchRegionsPlaceholder: 'Kommune, region, fylke eller nummer',
  searchNamePlaceholder: 'Navn eller nummer',
  addRegion: 'Legg til',
  removeRegion: (name: string) => `Fjern ${name}`,
  maxRegions: (n: number) => `Du kan sammenligne inntil ${n} regioner.`,
  noMatches: 'Ingen treff',
  noDataShort: 'ingen tall',
  mode: 'Visning',
  modes: { absolute: 'Absolutte tall', per1000: 'Per 1 000 innbyggere', indexed: 'Indeksert vekst' },
  baseYear: 'Basisår',
  baseYearNote: (year: number) => `Indeks: ${year} = 100`,
  levels: { kommune: 'Kommune', region: 'Region', fylke: 'Fylke', land: 'Land' } as Record<string, string>,
  kinds: { ba: 'BA-region', okonomisk: 'Økonomisk region', samarbeid: 'Regionsamarbeid', '': '' } as Record<
    string,
    string
  >,
  table: 'Tabell',
  region: 'Region',
  sortBy: (label: string) => `Sorter etter ${label}`,
  missing: 'mangler',
  status: {
    reported: 'rapportert',
    summed: 'summert fra kommunene',
    harmonised: 'harmonisert til 2024-grenser',
    estimated: 'anslått (delt kommune, vektet etter folketall)',
    missing: 'mangler i kilden',
  } as Record<string, string>,
  starting: 'Starter databasen i nettleseren …',
  stages: {
    manifest: 'Henter oversikt over data',
    engine: 'Starter DuckDB',
    data: 'Leser Parquet-filene',
    ready: 'Klar',
  } as Record<string, string>,
  loading: 'Henter tall …',
  failed: 'Noe gikk galt',
  showSql: 'Vis spørringen',
  noData: (indicator: string, names: string) => `Ingen data for ${names} i «${indicator}».`,
  noRegions: 'Velg minst én region for å se tall.',
  gaps: (name: string, years: string) => `${name}: mangler ${years}.`,
  commonGaps: (years: string) => `Kilden har ingen tall for ${years}.`,
  coverage: (name: string, first: number, last: number) => `${name}: data ${first}–${last}`,
  perCapitaMissing: 'Per innbygger vises bare for år med folketall (1. januar) for regionen.',
  perCapitaNotMeaningful: 'Per 1 000 innbyggere gir ikke mening for denne indikatoren.',
  noBase: (name: string, year: number) => `${name} har ingen verdi i ${year} og kan ikke indekseres.`,
  estimatedNote: 'Stiplet punkt = anslått verdi (kommune delt ved en reform, fordelt etter folketall).',
  chart: 'Diagram',
  charts: { line: 'Linjer', panels: 'Ett panel per region', dumbbell: 'Endring fra år til år' },
  freeY: 'Egen skala for hvert panel',
  fromYear: 'Fra',
  toYear: 'Til',
  changeTitle: (indicator: string, from: number, to: number) => `${indicator}: endring fra ${from} til ${to}`,
  dumbbellLegend: { grew: 'Økning', fell: 'Nedgang' },
  dumbbellMissing: (names: string, from: number, to: number) =>
    `Mangler tall for ${names} i ${from} eller ${to}; ikke tegnet.`,
  noSpan: 'Velg to ulike år for å se endringen.',
  breakFrom: (year: number) => `Brudd i serien fra ${year}`,
  breakNote: (years: string, why: string) =>
    `Brudd i serien fra ${years} (markert ‖ i tabellen og med stiplet strek i grafen): ${why}`,
  sourceChanges: (list: string) =>
    `Kilden skifter (markert k i tabellen; nivåene kan avvike litt mellom tabellene): ${list}.`,
  sourceChange: (name: string, year: number, from: string, to: string) => `${name} ${year}: ${from} → ${to}`,
  allRegions: 'alle regionene',
  /** «Moss, Råde og Våler». */
  listJoin: (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`,
  source: 'Kilde',
  table_id: 'tabell',
  built: 'Datasett bygget',
  snapshotBuilt: (date: string) => `Levert datasett (øyeblikksbilde), bygget ${date}`,
  fetchedOn: (date: string) => `Hentet fra SSB ${date}`,
  ssbFootnotes: (n: number) => `Fotnoter fra SSB (${n})`,
  ssbFootnote: 'Fotnote fra SSB',
  notice: (n: Notice): string => {
    switch (n.kind) {
      case 'unknown-indicator':
        return `Ukjent indikator «${n.value}» i lenken – viser standardindikatoren.`;
      case 'unknown-region': {
        const named = n.values.map((v) => `«${v}»`).join(', ');
        const more = n.count - n.values.length;
        return n.count === 1
          ? `Ukjent regionkode ${named} i lenken ble utelatt.`
          : `${n.count} ukjente regionkoder i lenken ble utelatt: ${named}${more > 0 ? ` og ${more} til` : ''}.`;
      }
      case 'too-many-regions':
        return `For mange regioner i lenken; utelot ${n.dropped.join(', ')}.`;
      case 'invalid-mode':
        return `Ukjent visning «${n.value}» i lenken – viser absolutte tall.`;
      case 'invalid-base':
        return `Ugyldig basisår «${n.value}» i lenken – bruker første felles år.`;
      case 'invalid-group':
        return nb.groups.refused(n);
    }
  },
  dismiss: 'Lukk',
  nav: {
    label: 'Hovedmeny',
    theme: 'Tema',
    language: 'Språk',
    themes: { auto: 'Som systemet', light: 'Lyst', dark: 'Mørkt' } as Record<string, string>,
    links: {
      overview: 'Sammenlign',
      ranking: 'Rangering',
      map: 'Kart',
      commuting: 'Pendling',
      targets: 'Mål',
      coverage: 'Datadekning',
      sql: 'SQL',
      shiftshare: 'Skiftandel',
    } as Record<string, string>,
  },
  sqlConsole: {
    linesDescription: (value: string, year: string, series: string | null, n: number) =>
      `Linjer: ${value} per ${year}${series !== null ? `, én linje per ${series} (${n})` : ''}.`,
    barsDescription: (value: string, n: number, label: string, first: number | null) =>
      `Stolper: ${value} for ${n} verdier av ${label}${first !== null ? ` (de første ${first} radene)` : ''}.`,
    title: 'SQL-konsoll',
    description:
      'Skriv egne spørringer mot tabellene Regionpuls har lastet inn i nettleseren, og se svaret som tabell og graf.',
    lead: 'For analytikere: les tabellene med SQL (DuckDB). Spørringen kjøres bare i denne nettleseren, og konsollen kan bare lese – den endrer ingenting, og den leser ikke filer eller adresser.',
    starting: 'Starter databasemotoren i nettleseren …',
    notAvailable:
      'SQL-konsollen trenger databasemotoren i nettleseren, og denne utgaven av Regionpuls bruker en databasetjener.',
    failed: (why: string) => `Databasemotoren kunne ikke startes: ${why}`,
    tables: 'Tabeller',
    columns: (n: number) => `${n} kolonner`,
    query: 'Spørring',
    run: 'Kjør',
    runHint: 'Ctrl + Enter kjører spørringen.',
    cancel: 'Avbryt',
    running: 'Kjører …',
    cancelled: 'Spørringen ble avbrutt.',
    refused: 'Spørringen ble ikke kjørt:',
    error: 'DuckDB svarte med en feil:',
    rows: (n: number, more: boolean, ms: number) =>
      more
        ? `De første ${n} radene vises (det finnes flere; ${ms} ms).`
        : `${n} ${n === 1 ? 'rad' : 'rader'} (${ms} ms).`,
    chart: 'Rask graf',
    noChart: 'Ingen rask graf for dette svaret (den trenger en kolonne med tall og en med år eller tekst).',
    result: 'Svar',
    source:
      'Tallene kommer fra tabellene i Regionpuls (SSB, harmonisert til 2024-grenser); kilden står i kolonnen «source» der tabellen har den.',
    example: `SELECT year, value
FROM observations
WHERE indicator = 'befolkning' AND region_code = '3103'
ORDER BY year`,
  },
  /** What a reader sees when the data cannot be used (src/lib/manifest.ts raises them, i18n/errors.ts words them). */
  dataErrors: {
    damaged:
      'Dataene som ble lastet ned, er ikke de samme som ble publisert, så tallene vises ikke. Last siden på nytt; hjelper ikke det, kan du si fra til dem som drifter nettstedet.',
    notLoaded: 'Dataene kunne ikke lastes ned. Sjekk nettforbindelsen og last siden på nytt.',
  },
  engineFault: {
    message:
      'Databasemotoren i nettleseren stoppet (for lite minne eller en feil). Visningen, målene og egne tall er tatt vare på, og grafene vises fortsatt, men det som trenger motoren virker ikke før den er startet igjen.',
    restart: 'Start motoren på nytt',
  },
  ownData: {
    notKept: 'Nettleseren har ikke plass til å huske tallene til neste gang; de vises likevel nå.',
    title: 'Egne tall',
    lead: 'Legg til tall fra en egen fil (CSV fra Excel eller Parquet) med kolonnene region (nummer eller navn), år og verdi, og eventuelt indikator – velg filen med knappen eller slipp den her. Filen leses bare i denne nettleseren og sendes ingen steder; tallene huskes her til du fjerner dem.',
    add: 'Legg til egne tall fra en fil …',
    replace: 'Bytt til en annen fil …',
    remove: (file: string) => `Fjern ${file}`,
    refused: 'Filen ble ikke lest inn, og ingenting er endret:',
    heading: (indicator: string, file: string) => `Egne tall: ${indicator} (fra ${file})`,
    source: (file: string) =>
      `Kilde: egne tall fra ${file}, lest i nettleseren. Ikke fra SSB og ikke kontrollert av Regionpuls utover formatet.`,
    noneForRegions: 'Filen har ingen tall for regionene som er valgt.',
    carried: (changes: string[]) =>
      `Eldre kommunenummer er ført over til dagens (2024): ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` og ${changes.length - 5} til` : ''}.`,
  },
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
  peers: {
    theFylke: 'fylket',
    title: 'Sammenlignbare kommuner',
    rule: (fylke: string, cls: number, lo: string, hi: string, year: number) =>
      `Regel: kommuner i samme sentralitetsklasse (${cls}) med mellom ${lo} og ${hi} innbyggere 1. januar ${year} (halvparten til dobbelt så mange), først de i ${fylke}. Er det færre enn fem der, fylles det opp med de nærmeste i folketall fra resten av landet, til ni i alt.`,
    none: 'Fant ingen sammenlignbare kommuner etter regelen.',
    noClass: 'Kommunen mangler sentralitetsklasse, så sammenlignbare kommuner kan ikke velges.',
    method:
      'Høyere eller lavere betyr utenfor medianen ± skalert median absolutt avvik (1,4826 × MAD) blant de sammenlignbare kommunene, som i ONS Explore Local Statistics; ellers «omtrent som».',
    higher: 'høyere enn',
    similar: 'omtrent som',
    lower: 'lavere enn',
    statement: (measure: string, word: string) => `${measure}: ${word} sammenlignbare kommuner`,
    growthLabel: (from: number, to: number) => `Vekst ${from}–${to}`,
    per1000Label: (year: number) => `Per 1 000 innbyggere ${year}`,
    bandText: (median: string, low: string, high: string, n: number) =>
      `median ${median}, «omtrent som» fra ${low} til ${high}; ${n} kommuner med tall`,
    compare: 'Legg de sammenlignbare kommunene til sammenligningen',
    centrality: (cls: number) => `Sentralitetsklasse ${cls} (SSB 2018; 1 = mest sentral, 6 = minst sentral)`,
  },
  coveragePage: {
    cellTitle: (label: string, year: number, withValue: number, regions: number) =>
      `${label} ${year}: ${withValue} av ${regions} med tall`,
    cellNone: (label: string, year: number) => `${label} ${year}: ingen tall`,
    chartDescription: (indicator: string) =>
      `Datadekning for ${indicator}: andel regioner med tall per nivå og år.`,
    title: 'Datadekning',
    description:
      'Hvilke år og nivåer (kommuner, regioner, fylker, hele landet) Regionpuls har tall for, per indikator.',
    caption: (indicator: string) => `År med tall for ${indicator}, per nivå`,
    level: 'Nivå',
    all: 'Alle har tall',
    some: 'Noen har tall',
    none: 'Ingen tall i datasettet.',
    breaks: (years: string, note: string | null) => `Brudd i serien fra ${years}${note ? `: ${note}` : ''}`,
    sources: (list: string) => `Kilder i prioritert rekkefølge: ${list}.`,
    lead: 'For hver indikator: hvilke år og nivåer som har tall. Mørk rute: alle regionene på nivået har tall det året; lys rute: bare noen; hvit rute med ramme: ingen. Summer for regioner og fylker finnes bare for år der alle kommunene i dem har tall.',
  },
  targets: {
    title: 'Mål og måloppnåelse',
    intro:
      'Vekstmål for regioner og kommuner, målt mot faktiske tall: banen fra basisåret, avviket hvert år, takten som trengs og hvor trenden peker.',
    status: { ahead: 'Foran målbanen', on_track: 'I rute', behind: 'Bak målbanen' } as Record<string, string>,
    unmeasurable: 'Kan ikke måles ennå',
    rule: 'Regel: «I rute» når avviket fra målbanen i siste år med tall er innenfor ±10 % av økningen banen krever fram til det året; over det er målet «foran», under er det «bak».',
    method:
      'Fremskrivingen forlenger den gjennomsnittlige årlige endringen de siste (inntil) seks årene med tall (minste kvadraters metode) fra siste faktiske tall; det grå båndet er et 80 % usikkerhetsintervall. Den er en trend, ikke en prognose.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) =>
      `${amount} ${unit} ${ahead ? 'foran' : 'bak'} målbanen i ${year}`,
    onPath: (year: number) => `akkurat på målbanen i ${year}`,
    required: (pace: string, end: number) => `Nødvendig takt: ${pace} per år fram til ${end}`,
    reached: (end: number) => `Målåret ${end} har tall: se avviket over.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Oppnådd: ${since} per år siden ${base}${last3 === null ? '' : `, ${last3} per år siste 3 år`}`,
    trend: (value: string, end: number) => `Trenden peker mot ${value} i ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} per år`,
      rate: (a: string) => `${a} % vekst per år`,
      end: (a: string, end: number) => `${a} innen ${end}`,
    },
    setBy: 'Satt av',
    source: 'Kilde',
    illustration: 'Illustrasjon',
    illustrationNote:
      'Eksempel laget for Regionpuls på tall vi har – ikke vedtatt av noen kommune eller region.',
    yours: 'Ditt mål',
    newTarget: 'Nytt mål',
    edit: 'Rediger',
    remove: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    exportJson: 'Lagre mine mål i en fil',
    importJson: 'Hent mål fra en fil …',
    sideBySide: 'Side om side',
    back: 'Til sammenligningen',
    loading: 'Laster målet …',
    showMore: (n: number) => `Vis flere (${n} til)`,
  },
  targetDetail: {
    since: (year: number) => ` fra ${year}`,
    span: (from: number, to: number) => ` fra ${from} til ${to}`,
    whatIn: (what: string, region: string) => `«${what}» i ${region}`,
    reportedTag: 'Rapportert resultat – ikke et mål',
    progress: 'Framdrift:',
    gapByYear: 'Avvik fra målbanen år for år',
    year: 'År',
    actual: 'Faktisk',
    path: 'Målbane',
    gap: 'Avvik',
  },
  targetEditor: {
    title: 'Tittel',
    region: 'Region (kode)',
    regionPlaceholder: 'f.eks. 3103, mosseregionen eller 3103+3112',
    ownRegion: (name: string) => `${name} (egen region)`,
    kind: 'Type mål',
    kinds: {
      per_year: 'Fast økning per år',
      rate: 'Vekstrate per år (%)',
      end: 'Økning innen målåret',
      level: 'Nivå som skal nås i målåret',
      reported: 'Rapportert resultat (ikke et mål)',
    },
    amount: {
      per_year: 'Økning per år',
      rate: 'Prosent per år',
      end: 'Økning fra basisåret',
      level: 'Nivå i målåret',
      reported: 'Rapportert endring',
    } as Record<string, string>,
    baseYear: 'Basisår',
    endYear: 'Målår',
    source: 'Kilde (dokument)',
    sourceUrl: 'Lenke til kilden',
  },
  /** Region levels and kinds as a council says them, singular and plural (definitions/regions.ts). */
  regionKinds: {
    kommune: { one: 'kommune', many: 'kommuner' },
    region: { one: 'region', many: 'regioner' },
    fylke: { one: 'fylke', many: 'fylker' },
    land: { one: 'land', many: 'land' },
    ba: { one: 'BA-region', many: 'BA-regioner' },
    okonomisk: { one: 'økonomisk region', many: 'økonomiske regioner' },
    samarbeid: { one: 'regionsamarbeid', many: 'regionsamarbeid' },
    egen: { one: 'egen region', many: 'egne regioner' },
  } as Record<string, { one: string; many: string }>,
  wholeCountry: 'Hele landet',
  report: {
    unknownRegion: (code: string) => `Ukjent regionkode «${code}»`,
    againstCountry: 'mot hele landet',
    againstFylkeAndCountry: 'mot fylket og hele landet',
    withData: 'med tall',
    pageTitle: (name: string) => `${name} – regionrapport – Regionpuls`,
    description: (name: string) =>
      `Regionpuls-rapport for ${name}: befolkning, arbeidsplasser, nyetableringer og verdiskaping, med mål og rangering.`,
    compare: (name: string) => `← Sammenlign ${name} med andre`,
    kicker: 'Regionpuls-rapport',
    members: (n: number, names: string) => `Består av ${n} kommuner: ${names}.`,
    partOf: (names: string) => `Del av: ${names}.`,
    boundary: (source: string) => `Avgrensning: ${source}`,
    targets: 'Mål',
    population: (n: string, year: number) => `${n} innbyggere 1. januar ${year}.`,
    indicators: 'Indikatorer',
    noData: (name: string) => `Datasettet har ingen tall for ${name}.`,
    level: (year: number) => `Nivå ${year}`,
    change: (from: number, to: number) => `Endring ${from}–${to}`,
    rank: (from: number, to: number) => `Rangering, vekst ${from}–${to}`,
    position: (rank: number, of: number) => `nr. ${rank} av ${of}`,
    withoutData: (names: string) => `Ikke med i grafen fordi det mangler tall: ${names}.`,
    afterBreak: 'Grafen og endringen starter etter bruddet.',
    footer: (version: string) =>
      `Tall fra SSB og Eurostat, harmonisert til kommunegrensene fra 2024. Manglende tall vises som brudd i linjene, aldri som null. Datasettversjon ${version}.`,
  },
  ownReport: {
    title: 'Rapport for egen region',
    kicker: (slot: number) => `Egen region nr. ${slot}`,
    missing: (code: string, param: string) =>
      `Lenken har ingen egen region «${code}»: parameteren «${param}» (navn:kommunenummer,kommunenummer) mangler.`,
    howTo:
      'En egen region lages under «Egne regioner» på sammenligningssiden eller i kartet; rapportlenken der har regionen med seg.',
    remembered: 'Egne regioner i denne nettleseren',
    noRank:
      'En egen region er ikke med blant regionene som rangeres, så rapporten har ingen rangering; rangeringssiden viser plassen den ville fått.',
    peersWhy:
      'Sammenlignbare kommuner velges for én kommune etter en fast regel: samme sentralitetsklasse og lignende folketall, helst i samme fylke. En egen region har ingen sentralitetsklasse og er ikke én kommune, så den får ingen egne sammenlignbare; rapporten for hver kommune i regionen viser dens sammenlignbare kommuner og hvordan den ligger an mot dem.',
    memberPeers: (name: string) => `${name}: sammenlignbare kommuner`,
    reportOf: (name: string) => `Rapport for ${name}`,
  },
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
  units: { personer: 'personer', foretak: 'foretak', 'mill. kr': 'mill. kr' } as Record<string, string>,
  chartKeys: {
    help: 'Piltastene går gjennom punktene i grafen: venstre og høyre langs en linje, opp og ned mellom linjene. Home og End går til første og siste år.',
    pairs: 'Piltastene går gjennom grafen: opp og ned mellom radene, venstre og høyre mellom start og slutt.',
    list: 'Piltastene går fra det ene til det neste i grafen, og Home og End til det første og det siste.',
  },
  chartText: {
    per1000: 'per 1 000 innbyggere',
    index: 'Indeks',
    breakLabel: 'Brudd i serien',
    estimated: 'anslått',
    noData: (name: string) => `${name}: ingen data.`,
    single: (indicator: string, name: string, value: string, year: number) =>
      `${indicator} i ${name} var ${value} i ${year}.`,
    moved: (
      indicator: string,
      name: string,
      dir: 'up' | 'down' | 'same',
      from: string,
      fromYear: number,
      to: string,
      toYear: number,
    ) =>
      `${indicator} i ${name} ${dir === 'up' ? 'økte' : dir === 'down' ? 'falt' : 'var uendret'} fra ${from} i ${fromYear} til ${to} i ${toYear}`,
    indexedLead: (base: number) => `Indeksert vekst, ${base} = 100. `,
    changeLead: (indicator: string, from: number, to: number) =>
      `${indicator}, endring fra ${from} til ${to}.`,
    largest: (name: string, change: string) => ` Størst endring: ${name} (${change}).`,
    missingFor: (names: string) => ` Mangler tall for ${names}.`,
  },
  csv: {
    /** The end of a file name for a comparison of more than four regions. */
    moreRegions: (n: number) => `og-${n}-til`,
    header: ['region_kode', 'region', 'år', 'verdi', 'status', 'kilde'],
    source: (source: string, table: string, built: string) =>
      `Kilde: ${source}, tabell ${table}. Datasett bygget ${built}.`,
    view: (mode: string, version: string | undefined, url: string) =>
      `Visning: ${mode}.${version ? ` Dataversjon ${version}.` : ''} Hentet fra ${url}`,
    footnote: (text: string) => `Fotnote fra SSB: ${text}`,
    fetched: (version: string | undefined, url: string) =>
      `${version ? `Dataversjon ${version}. ` : ''}Hentet fra ${url}`,
    ranked: (ranked: number, total: number) => `Rangert: ${ranked} av ${total} med tall.`,
    shiftShareHeader: (from: number, to: number) => [
      'sektor',
      `sysselsatte_${from}`,
      `sysselsatte_${to}`,
      'faktisk_endring',
      'nasjonal_effekt',
      'naeringsstruktur_effekt',
      'lokal_effekt',
    ],
    rankingHeader: (from: number, to: number) => [
      'rang',
      'region_kode',
      'region',
      `verdi_${from}`,
      `verdi_${to}`,
      'endring',
      'vekst_prosent',
      'per_1000_innbyggere',
      'rang_forrige_periode',
      'beste_rang',
      'dårligste_rang',
      'perioder',
    ],
    commutingYearsHeader: [
      'region_kode',
      'år',
      'arbeidsplasser',
      'sysselsatte_bosatte',
      'arbeidsplassdekning',
      'bor_og_jobber_her',
      'innpendlere',
      'utpendlere',
      'andel_bosatte_som_jobber_her',
      'andel_arbeidsplasser_besatt_av_bosatte',
      'andel_anslått',
      'arbeidsplasser_ssb_11618',
      'sysselsatte_bosatte_ssb_11618',
    ],
    commutingFlowsHeader: (year: number | null, fromYear: number | null) => [
      'retning',
      'nr',
      'kommune_kode',
      'kommune',
      `personer_${year}`,
      'andel',
      `personer_${fromYear}`,
      'anslått',
    ],
    directions: { in: 'inn', out: 'ut' },
    yes: 'ja',
    no: 'nei',
  },
  embed: {
    downloads: 'Last ned',
    png: 'PNG',
    svg: 'SVG',
    csv: 'CSV',
    pngTitle: 'Bilde (PNG, dobbel oppløsning) med tittel og kilde',
    svgTitle: 'Vektorgrafikk (SVG) med tittel og kilde',
    csvTitle: 'Tallene i grafen (CSV med komma og desimalpunktum, uavrundet) med kilde og tabell-id',
    csvSpreadsheet: 'Excel',
    csvSpreadsheetTitle:
      'Tallene i grafen for regneark på norsk (CSV med semikolon og desimalkomma, avrundet som på siden)',
    downloadFailed: (what: string, why: string) => `Kunne ikke lage ${what}: ${why}`,
    chartMissing: 'Fant ikke grafen på siden.',
    embed: 'Bygg inn',
    embedTitle: 'Bygg inn grafen',
    embedIntro: 'Lim inn koden på en nettside. Grafen tilpasser seg bredden, og høyden justeres automatisk.',
    close: 'Lukk',
    dataChoice: 'Data',
    live: 'Levende – følger nye tall når datasettet oppdateres',
    archived: (version: string, built: string) =>
      `Arkivert – låst til dataversjon ${version} (bygget ${built})`,
    theme: 'Fargetema',
    themes: { auto: 'Følg vertssiden (lys/mørk)', light: 'Lyst', dark: 'Mørkt' } as Record<string, string>,
    codeKind: 'Kode',
    iframe: 'Iframe med høydejustering',
    component: 'Webkomponent (<regionpuls-chart>)',
    iframeHelp: 'En iframe og et lite skript som justerer høyden. Uten skriptet vises grafen med fast høyde.',
    componentHelp:
      'Et eget HTML-element; uten JavaScript vises iframen inni det. Virker med streng Content-Security-Policy når skriptet og iframen er tillatt fra Regionpuls.',
    copy: 'Kopier koden',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikke kopiere – merk teksten og kopier den selv.',
    preview: 'Åpne innbyggingen alene',
    altText: 'Alternativ tekst (følger med i koden)',
    permalink: 'Lenke til denne visningen',
    openFull: 'Se hele visningen i Regionpuls',
    archivedNote: (version: string) =>
      `Arkivert utgave, låst til dataversjon ${version}: tallene endres ikke når datasettet oppdateres.`,
    versionMissing: (version: string) =>
      `Denne grafen er låst til dataversjon ${version}, men den versjonen ligger ikke lenger på denne serveren. Vi viser ikke nyere tall i stedet, fordi de kan være andre enn tallene som ble publisert.`,
    versionInvalid: (version: string) =>
      `«${version}» er ikke en gyldig dataversjon, så grafen kan ikke vises.`,
    versionMismatch: (wanted: string, found: string) =>
      `Dataversjon ${wanted} ble bedt om, men serveren leverte ${found}. Grafen vises ikke.`,
    loadFailed: 'Kunne ikke laste tallene',
    frameTitle: (title: string) => `${title} – Regionpuls`,
    pngFallback: 'Regionpuls-graf',
  },
  readErrors: {
    openQuote: 'et anførselstegn («"») er åpnet, men aldri lukket',
    isNumber: (raw: string, code: string, label: string, name: string) =>
      `«${raw}»: nummeret ${code} er ${name}, ikke «${label}»`,
    wasNumber: (code: string, label: string, name: string) =>
      `«${code} ${label}»: nummeret ${code} var ${name}, ikke «${label}»`,
    split: (was: string, names: string) =>
      `${was} ble delt mellom ${names}; egne tall kan ikke deles på dagens kommuner, så bruk dagens nummer`,
    partOf: (was: string, name: string) =>
      `${was} er bare en del av dagens ${name}; gi tallet for hele ${name} med dagens nummer`,
    ambiguous: (s: string, named: string) => `«${s}» kan være flere regioner (${named}); bruk nummeret`,
    noLonger: (s: string) => `«${s}» er ikke lenger en kommune`,
    oldNames: (s: string, codes: string) =>
      `«${s}» var navnet på flere tidligere kommuner (${codes}); bruk nummeret`,
    unknown: (s: string) =>
      `«${s}» er ingen kommune, region eller fylke Regionpuls kjenner (bruk 2024-nummeret eller navnet)`,
    columns: { region: 'region (kode eller navn)', year: 'år', value: 'verdi' },
    missingColumns: (file: string, missing: string, found: string) =>
      `${file}: linje 1 mangler kolonnen ${missing}; fant ${found}`,
    noRows: (file: string) => `${file}: filen har ingen rader med tall under overskriftene`,
    tooManyRows: (file: string, n: number, max: number) =>
      `${file}: ${n} rader er flere enn de ${max} Regionpuls kan ta imot`,
    cellCount: (line: number, n: number, header: number) =>
      `linje ${line} har ${n} kolonner, overskriften har ${header}`,
    notYear: (line: number, column: string, text: string) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikke et årstall (fire sifre, 1900–2100)`,
    notNumber: (line: number, column: string, text: string, decimalComma: boolean) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikke et tall${decimalComma ? '' : ' (med komma som skilletegn må desimaler skrives med punktum)'}`,
    noIndicator: (line: number, column: string) =>
      `linje ${line}, kolonne «${column}»: indikatoren mangler navn`,
    duplicate: (line: number, what: string, indicator: string, earlier: number) =>
      `linje ${line}: ${what} for «${indicator}» står også på linje ${earlier}`,
    tooManyIndicators: (n: number, max: number) =>
      `${n} indikatorer er flere enn de ${max} Regionpuls kan vise fra én fil`,
    more: (file: string, n: number) => `${file}: og ${n} feil til`,
    empty: (file: string) => `${file}: filen er tom`,
    tooBig: (file: string, mb: string, max: number) =>
      `${file}: filen er ${mb} MB, mer enn de ${max} MB Regionpuls kan ta imot`,
    badParquet: (file: string) =>
      `${file}: filen ser ut som Parquet, men kan ikke leses (skadet eller ufullstendig)`,
    notCsv: (file: string) => `${file}: filen er verken tekst (CSV) eller Parquet`,
    tooFewColumns: (file: string) =>
      `${file}: linje 1 må ha minst tre kolonner (region, år, verdi) skilt med semikolon, komma eller tabulator`,
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
  aboutData: 'Om dataene',
  reportLinks: 'Regionrapporter:',
  coverageCount: (n: string) => `${n} regioner har data for denne indikatoren.`,
  /** The table's mark for a year where the source table changes («kilde»). */
  sourceMark: 'k',
  // Own regions (issue 17): src/lib/groups, GroupEditor.svelte.
  groups: {
    notKept: 'Nettleseren kan ikke huske de egne regionene til neste gang; lenken har dem likevel.',
    heading: 'Egne regioner',
    intro:
      'Sett sammen kommuner til en egen region – en BA-region, et prosjektområde, et nytt regionråd. Tallene summeres fra kommunene, bare for år der alle kommunene har tall.',
    create: 'Lag egen region',
    name: 'Navn på regionen',
    namePlaceholder: 'For eksempel «Vår BA-region»',
    members: 'Kommuner i regionen',
    save: 'Lagre og vis',
    cancel: 'Avbryt',
    edit: 'Endre',
    remove: 'Slett',
    show: 'Vis i sammenligningen',
    shown: 'vises',
    kind: 'egen region',
    membersOf: (n: number) => (n === 1 ? '1 kommune' : `${n} kommuner`),
    none: 'Du har ingen egne regioner ennå.',
    stored:
      'Egne regioner lagres i denne nettleseren og i lenken, så en lenke eller en innbygging viser dem også.',
    needName: 'Gi regionen et navn.',
    nameTooLong: (max: number) => `Navnet kan ha høyst ${max} tegn.`,
    needMembers: 'Legg til minst én kommune.',
    tooManyMembers: (max: number) => `En egen region kan ha høyst ${max} kommuner.`,
    full: (max: number) => `Du kan ha høyst ${max} egne regioner i en visning. Slett en for å lage en ny.`,
    comparisonFull: (max: number) =>
      `Sammenligningen har allerede ${max} regioner. Fjern en for å vise den egne regionen.`,
    onlyKommuner: 'Bare kommuner kan være med i en egen region.',
    summedNote: (names: string) =>
      `${names}: egen region, summert fra kommunene – bare år der alle kommunene har tall.`,
    notInRanking: 'Egne regioner er ikke med i rangeringen.',
    refused: (n: { param: string; problem: string; values: string[] }): string => {
      const which = n.param === 'g' ? 'Egne regioner' : `Den egne regionen «${n.param}»`;
      switch (n.problem) {
        case 'format':
          return `${which} i lenken er ikke skrevet som «navn:kommunenummer,kommunenummer» og ble utelatt.`;
        case 'name':
          return `${which} i lenken har et tomt eller for langt navn (høyst 60 tegn) og ble utelatt.`;
        case 'no-members':
          return `${which} i lenken har ingen kommuner og ble utelatt.`;
        case 'too-many-members':
          return `${which} i lenken har flere enn 60 kommuner og ble utelatt.`;
        case 'unknown-members':
          return `${which} i lenken ble utelatt: ${n.values.map((v) => `«${v}»`).join(', ')} er ikke kommunenummer fra 2024. En sum uten dem ville vært feil.`;
        case 'too-long':
          return `${which} i lenken er for lang og ble utelatt.`;
        default:
          return `Lenken har flere enn 5 egne regioner; bare g1–g5 ble lest.`;
      }
    },
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
  sqlGuard: {
    tooLong: (n: number, max: number) => `Spørringen er ${n} tegn lang; konsollen tar høyst ${max}.`,
    unreadable: (why: string) => `Spørringen kan ikke leses: ${why}.`,
    empty: 'Skriv en spørring først, for eksempel SELECT * FROM regions.',
    oneAtATime: 'Bare én spørring om gangen: fjern semikolon mellom setningene.',
    readOnlyStart: (word: string) =>
      `Konsollen kan bare lese tabellene: en spørring må begynne med SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE eller SHOW, ikke «${word}».`,
    noWrites: (word: string) =>
      `Konsollen kan bare lese tabellene, ikke endre noe: «${word}» er ikke tillatt.`,
    noFunction: (name: string) =>
      `Funksjonen ${name}() er ikke tillatt: konsollen leser bare tabellene som er lastet inn, ikke filer, adresser eller innstillinger.`,
    noFiles: (file: string, keyword: string) =>
      `Konsollen leser ikke filer: «${file}» etter ${keyword} er et filnavn. Bruk en av tabellene i listen.`,
    unclosedComment: 'en kommentar som begynner med /* slutter aldri med */',
    unclosedString: 'en tekst i enkle anførselstegn slutter aldri',
    unclosedName: 'et navn i doble anførselstegn slutter aldri',
    dollar: 'tekst i dollartegn ($$ … $$) er ikke tillatt her',
  },
  /** Messages about a targets file, a link with targets, or the list of one's own targets (src/lib/targets). */
  targetFile: {
    linkUnpacksTooLarge: 'lenken pakker ut til mer enn 1 MB',
    linkTooLongToRead: 'lenken er for lang',
    groupKinds: {
      per_year: 'fast økning per år',
      rate: 'vekstrate per år',
      end: 'økning innen et målår',
      level: 'nivå innen et målår',
      reported: 'rapporterte resultater',
    } as Record<string, string>,
    problemGroup: 'Mål som ikke kan måles',
    storageUnreadable: 'Lagrede mål i denne nettleseren kunne ikke leses og ble ikke brukt.',
    theTarget: 'målet',
    targetNo: (n: number) => `mål ${n}`,
    ownRegionNo: (n: number) => `egen region ${n}`,
    missing: (where: string, key: string) => `${where}: mangler feltet «${key}»`,
    notText: (where: string, key: string) => `${where}: «${key}» må være tekst`,
    tooLong: (where: string, key: string, max: number) => `${where}: «${key}» er lengre enn ${max} tegn`,
    badYear: (where: string, key: string, min: number, max: number, got: string) =>
      `${where}: «${key}» må være et årstall mellom ${min} og ${max}, fikk ${got}`,
    badRegion: (where: string, region: string) => `${where}: ugyldig regionkode «${region}»`,
    regionTwice: (where: string, region: string) =>
      `${where}: regionkoden «${region}» nevner samme region to ganger`,
    notObject: (where: string) => `${where}: må være et objekt`,
    badId: (where: string, id: string) =>
      `${where}: «id» må være små bokstaver, tall og bindestrek, fikk «${id}»`,
    badIndicator: (where: string, indicator: string) => `${where}: ugyldig indikator «${indicator}»`,
    badKind: (where: string, kinds: string, got: string) =>
      `${where}: «kind» må være en av ${kinds}, fikk ${got}`,
    amountNotNumber: (where: string) => `${where}: «amount» må være et tall`,
    rateShare: (where: string, amount: number) =>
      `${where}: «amount» for en vekstrate er en andel (0.01 = 1 %), fikk ${amount}`,
    endBeforeBase: (where: string, end: number, base: number) =>
      `${where}: «end_year» (${end}) må komme etter «base_year» (${base})`,
    badUrl: (where: string) => `${where}: «source_url» må begynne med http:// eller https://`,
    badIllustration: (where: string) => `${where}: «illustration» må være true eller false`,
    notObjectFile: 'Filen er ikke et JSON-objekt.',
    notTargetFile: (version: number) =>
      `Filen er ikke en Regionpuls-målfil (ventet «regionpuls_targets»: ${version}).`,
    noTargets: 'Filen mangler listen «targets».',
    sameId: (id: string) => `To mål har samme id «${id}».`,
    ownRegionsNotList: '«own_regions» må være en liste.',
    ownRegionPointer: (region: string) => `«${region}» viser til en egen region som ikke er i filen`,
    ownRegionTooBig: (max: number) => `en egen region har høyst ${max} kommuner`,
    ownRegionNotKommuner: (region: string) => `en egen region består av kommunenummer, fikk «${region}»`,
    ownRegionKommuneTwice: (region: string) => `regionkoden «${region}» nevner samme kommune to ganger`,
    ownRegionName: (where: string, max: number) => `${where}: «own_region» må være et navn på 1–${max} tegn`,
    targetOwnRegionsFull: (max: number) =>
      `Mål kan settes på høyst ${max} ulike egne regioner, så alle får plass i én fil. Bruk en av dem du har mål på.`,
    tooManyOwnRegions: (max: number) => `Filen har flere enn ${max} egne regioner.`,
    ownRegionShape: (where: string) =>
      `${where}: må ha «name» (tekst) og «members» (liste med kommunenummer)`,
    nameLength: (max: number) => `navnet må ha 1–${max} tegn`,
    tooManyMembers: (max: number) => `høyst ${max} kommuner`,
    noMembers: 'ingen kommuner',
    notKommuner: (values: string) => `${values} er ikke kommunenummer`,
    problem: (where: string, why: string) => `${where}: ${why}`,
    linkBadChars: 'lenken har tegn som ikke hører hjemme der',
    linkUnreadable: 'den kan ikke leses',
    linkNotRead: (why: string) => `Målene i lenken ble ikke lest: ${why}. Målene du hadde, er uendret.`,
    notJson: 'filen er ikke gyldig JSON',
    notImported: (file: string, why: string) => `«${file}» ble ikke importert: ${why} Ingen mål ble endret.`,
    shippedId: (id: string) => `Id «${id}» brukes av et levert mål; velg en annen.`,
    importShippedId: (file: string, id: string) =>
      `«${file}» ble ikke importert: id «${id}» brukes av et levert mål. Ingen mål ble endret.`,
    linkDetached: (linked: number, stored: number, max: number) =>
      `Lenkens ${linked} mål vises, men lagres ikke i denne nettleseren: sammen med de ${stored} du har lagret, blir det mer enn ${max}. Dine lagrede mål er uendret.`,
    imported: (n: number, regions: number, file: string) =>
      `Importerte ${n} mål${regions === 1 ? ' og 1 egen region' : regions ? ` og ${regions} egne regioner` : ''} fra «${file}».`,
    tooMany: (n: number) =>
      `Du har ${n} egne mål, som er det meste Regionpuls kan holde. Slett et mål før du legger til et nytt.`,
    importTooMany: (file: string, incoming: number, have: number, max: number) =>
      `«${file}» ble ikke importert: den har ${incoming} mål, og sammen med de ${have} du har fra før blir det mer enn ${max}, som er det meste Regionpuls kan holde. Ingen mål ble endret.`,
    fileTooLarge: (file: string, mb: string) =>
      `«${file}» ble ikke importert: filen er ${mb} MB, og en målfil kan være høyst 1 MB. Ingen mål ble endret.`,
    linkTooMany: (n: number, max: number) =>
      `Lenken har ${n} mål, mer enn de ${max} Regionpuls kan holde, og ble ikke lest. Be om målene som fil og importer den. Målene du hadde, er uendret.`,
    linkTooLong:
      'Målene dine er for mange til å få plass i en lenke, så lenken i adresselinjen tar dem ikke med. Del dem som fil med «Lagre mine mål i en fil» – de er fortsatt lagret i denne nettleseren.',
    what: (indicator: string, region: string) => `«${indicator}» i ${region}`,
  },
  targetWords: {
    and: 'og',
    more: (shown: string, n: string) => `${shown} og ${n} til`,
    progress: {
      met: 'Målet er nådd',
      on_track: 'I rute',
      speed_up: 'Framgang, men må øke takten',
      limited: 'Begrenset framgang',
      wrong_direction: 'Feil retning',
      cannot_assess: 'Kan ikke vurderes',
    } as Record<string, string>,
    method:
      'Framdriften vurderes med forholdstallsmetoden som Eurostat bruker i sin SDG-overvåking og Statistics Canada dokumenterer for Open SDG: R er den årlige vekstraten oppnådd fra grunnåret til siste år med tall, delt på vekstraten som trengs fra grunnåret for å nå målet i målåret – i rute når R er minst 95 %, framgang men må øke takten ved 60–95 %, begrenset framgang ved 0–60 % og feil retning under 0; med færre enn to år med tall kan den ikke vurderes.',
    reportedNote:
      'Et rapportert resultat er ikke et mål og får ingen status: her vises hva statistikken sier om de samme årene.',
    caveatReported:
      'Statistikken viser netto endring for hele regionen uansett årsak; den kan verken bekrefte eller avkrefte hvor mye av endringen som skyldes tiltaket.',
    baseFallback: (base: number, start: number) =>
      `Grunnåret ${base} mangler i statistikken; banen starter fra ${start}, første år med tall.`,
    noData: (what: string) =>
      `Regionpuls har ennå ingen tall for ${what}, så målet kan ikke måles. Det som mangler, er tall fra grunnåret og framover.`,
    noDataFromBase: (what: string, has: string, base: number, end: number) =>
      `Regionpuls har tall for ${what} bare for ${has}, ikke for noe år fra grunnåret ${base} til målåret ${end}, så målet kan ikke måles ennå.`,
    oneYearOnly: (what: string, year: number, end: number) =>
      `Regionpuls har tall for ${what} bare for ${year} fram til målåret ${end}; det trengs minst to år med tall for å måle framgangen.`,
    reportedNoData: (what: string, period: string, has: string | null) =>
      `Regionpuls har ingen tall for ${what} for ${period}${has ? ` (bare for ${has})` : ''}, så det rapporterte resultatet kan ikke holdes opp mot statistikken.`,
    reportedOneYear: (what: string, year: number, period: string) =>
      `Regionpuls har tall for ${what} bare for ${year} i perioden ${period}, så endringen kan ikke beregnes.`,
    unknownIndicator: (id: string) =>
      `Indikatoren «${id}» finnes ikke i Regionpuls, så målet kan ikke måles. Velg en indikator fra listen når du redigerer målet.`,
    unknownRegion: (codes: readonly string[]) =>
      `${codes.length === 1 ? 'Regionkoden' : 'Regionkodene'} ${codes.map((c) => `«${c}»`).join(', ')} finnes ikke i Regionpuls, så målet kan ikke måles. Kommuner og fylker har numrene fra 2024 (for eksempel 3103 for Moss).`,
    unknownTarget: (id: string) =>
      `Målet «${id.slice(0, 80)}» finnes ikke her. Det kan være slettet, eller lenken kan være skrevet feil eller laget i en annen nettleser uten målene. Alle målene som finnes, står under.`,
    seriesFailed: 'Tallene for dette målet kunne ikke hentes. Last siden på nytt for å prøve igjen.',
    notSummable: (unit: string) =>
      `Målet gjelder en sum av regioner, men tall målt i «${unit}» kan ikke legges sammen.`,
    badRegions: (n: number, list: string) =>
      `regionkode${n > 1 ? 'ne' : 'n'} ${list} finnes ikke i Regionpuls`,
    badIndicators: (n: number, list: string) =>
      `indikator${n > 1 ? 'ene' : 'en'} ${list} finnes ikke i Regionpuls`,
    problems: (n: number, count: string, why: string[]) =>
      `${n === 1 ? 'Ett mål' : `${count} mål`} kan ikke måles${why.length ? `: ${why.join(', og ')}` : ''}. ${n === 1 ? 'Det vises' : 'De vises'} under «Mål som ikke kan måles» med en forklaring.`,
    level: (value: string, year: number) => `${value} i ${year}`,
    reported: (change: string, from: number, to: number) => `rapportert ${change} for ${from}–${to}`,
    needed: (perYear: string, from: number, to: number, target: string, unit: string) =>
      `Takt som trengs fra nå: ${perYear} per år fra ${from} til ${to} for å nå ${target} ${unit}.`,
    alreadyMet: (latest: string, unit: string, year: number, above: boolean, target: string, to: number) =>
      `Målet er allerede nådd: ${latest} ${unit} i ${year} er ${above ? 'over' : 'under'} målverdien ${target} for ${to}.`,
    missed: (to: number, latest: string, unit: string, year: number, target: string) =>
      `Målåret ${to} er passert uten at målet ble nådd: ${latest} ${unit} i ${year} mot målet ${target}.`,
    ratio: (
      label: string,
      r: string,
      observed: string,
      from: number,
      at: number,
      required: string,
      end: number,
    ) =>
      `${label} (${r}vekst ${observed} i året ${from}–${at}, mot ${required} i året som trengs ${from}–${end})`,
    reportedClaim: (change: string, from: number, to: number) => `Rapportert: ${change} for ${from}–${to}.`,
    statistics: (
      what: string,
      change: string,
      unit: string,
      from: number,
      to: number,
      a: string,
      b: string,
    ) => `Statistikken: ${what} endret seg med ${change} ${unit} fra ${from} til ${to} (fra ${a} til ${b}).`,
    unchecked: (years: string, from: number, to: number) =>
      `Statistikken har ikke tall for ${years}, så endringen fra ${from} til ${to} kan ikke kontrolleres.`,
    reportedStatus: 'Rapportert resultat',
  },
};

export type Messages = typeof nb;
