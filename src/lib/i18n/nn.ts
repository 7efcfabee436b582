/**
 * Nynorsk messages: the same keys and the same function arguments as nb.ts (the `Messages` type
 * makes a missing key a compile error). Region names stay as SSB writes them.
 */
import type { Notice } from '../config';
import type { Messages } from './nb';

export const nn: Messages = {
  locale: 'nn-NO',
  appName: 'Regionpuls',
  skipToContent: 'Hopp til innhaldet',
  tagline: 'Regional utvikling i tal: arbeidsplassar, nyetableringar, verdiskaping og folketal',
  indicator: 'Indikator',
  regions: 'Regionar',
  searchRegions: 'Søk etter kommune, region eller fylke (namn eller nummer)',
  searchRegionsPlaceholder: 'Kommune, region, fylke eller nummer',
  searchNamePlaceholder: 'Namn eller nummer',
  addRegion: 'Legg til',
  removeRegion: (name: string) => `Fjern ${name}`,
  maxRegions: (n: number) => `Du kan samanlikne inntil ${n} regionar.`,
  noMatches: 'Ingen treff',
  noDataShort: 'ingen tal',
  mode: 'Vising',
  modes: { absolute: 'Absolutte tal', per1000: 'Per 1 000 innbyggjarar', indexed: 'Indeksert vekst' },
  baseYear: 'Basisår',
  baseYearNote: (year: number) => `Indeks: ${year} = 100`,
  levels: { kommune: 'Kommune', region: 'Region', fylke: 'Fylke', land: 'Land' },
  kinds: { ba: 'BA-region', okonomisk: 'Økonomisk region', samarbeid: 'Regionsamarbeid', '': '' },
  table: 'Tabell',
  region: 'Region',
  sortBy: (label: string) => `Sorter etter ${label}`,
  missing: 'manglar',
  status: {
    reported: 'rapportert',
    summed: 'summert frå kommunane',
    harmonised: 'harmonisert til 2024-grenser',
    estimated: 'anslått (delt kommune, vekta etter folketal)',
    missing: 'manglar i kjelda',
  },
  starting: 'Startar databasen i nettlesaren …',
  stages: {
    manifest: 'Hentar oversikt over data',
    engine: 'Startar DuckDB',
    data: 'Les Parquet-filene',
    ready: 'Klar',
  },
  loading: 'Hentar tal …',
  failed: 'Noko gjekk gale',
  showSql: 'Vis spørjinga',
  noData: (indicator: string, names: string) => `Ingen data for ${names} i «${indicator}».`,
  noRegions: 'Vel minst éin region for å sjå tal.',
  gaps: (name: string, years: string) => `${name}: manglar ${years}.`,
  commonGaps: (years: string) => `Kjelda har ingen tal for ${years}.`,
  coverage: (name: string, first: number, last: number) => `${name}: data ${first}–${last}`,
  perCapitaMissing: 'Per innbyggjar blir berre vist for år med folketal (1. januar) for regionen.',
  perCapitaNotMeaningful: 'Per 1 000 innbyggjarar gir ikkje meining for denne indikatoren.',
  noBase: (name: string, year: number) => `${name} har ingen verdi i ${year} og kan ikkje indekserast.`,
  estimatedNote: 'Stipla punkt = anslått verdi (kommune delt ved ei reform, fordelt etter folketal).',
  chart: 'Diagram',
  charts: { line: 'Linjer', panels: 'Eitt panel per region', dumbbell: 'Endring frå år til år' },
  freeY: 'Eigen skala for kvart panel',
  fromYear: 'Frå',
  toYear: 'Til',
  changeTitle: (indicator: string, from: number, to: number) => `${indicator}: endring frå ${from} til ${to}`,
  dumbbellLegend: { grew: 'Auke', fell: 'Nedgang' },
  dumbbellMissing: (names: string, from: number, to: number) =>
    `Manglar tal for ${names} i ${from} eller ${to}; ikkje teikna.`,
  noSpan: 'Vel to ulike år for å sjå endringa.',
  breakFrom: (year: number) => `Brot i serien frå ${year}`,
  breakNote: (years: string, why: string) =>
    `Brot i serien frå ${years} (merkt ‖ i tabellen og med stipla strek i grafen): ${why}`,
  sourceChanges: (list: string) =>
    `Kjelda skiftar (merkt k i tabellen; nivåa kan avvike litt mellom tabellane): ${list}.`,
  sourceChange: (name: string, year: number, from: string, to: string) => `${name} ${year}: ${from} → ${to}`,
  allRegions: 'alle regionane',
  listJoin: (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`,
  source: 'Kjelde',
  table_id: 'tabell',
  built: 'Datasett bygd',
  snapshotBuilt: (date: string) => `Levert datasett (augneblinksbilete), bygd ${date}`,
  fetchedOn: (date: string) => `Henta frå SSB ${date}`,
  ssbFootnotes: (n: number) => `Fotnotar frå SSB (${n})`,
  ssbFootnote: 'Fotnote frå SSB',
  notice: (n: Notice): string => {
    switch (n.kind) {
      case 'unknown-indicator':
        return `Ukjend indikator «${n.value}» i lenkja – viser standardindikatoren.`;
      case 'unknown-region': {
        const named = n.values.map((v) => `«${v}»`).join(', ');
        const more = n.count - n.values.length;
        return n.count === 1
          ? `Ukjend regionkode ${named} i lenkja vart utelaten.`
          : `${n.count} ukjende regionkodar i lenkja vart utelatne: ${named}${more > 0 ? ` og ${more} til` : ''}.`;
      }
      case 'too-many-regions':
        return `For mange regionar i lenkja; utelét ${n.dropped.join(', ')}.`;
      case 'invalid-mode':
        return `Ukjend vising «${n.value}» i lenkja – viser absolutte tal.`;
      case 'invalid-base':
        return `Ugyldig basisår «${n.value}» i lenkja – brukar første felles år.`;
      case 'invalid-group':
        return nn.groups.refused(n);
    }
  },
  dismiss: 'Lukk',
  nav: {
    label: 'Hovudmeny',
    theme: 'Tema',
    language: 'Språk',
    themes: { auto: 'Som systemet', light: 'Lyst', dark: 'Mørkt' },
    links: {
      overview: 'Samanlikn',
      ranking: 'Rangering',
      map: 'Kart',
      commuting: 'Pendling',
      targets: 'Mål',
      coverage: 'Datadekning',
      sql: 'SQL',
      shiftshare: 'Skiftandel',
    },
  },
  sqlConsole: {
    linesDescription: (value: string, year: string, series: string | null, n: number) =>
      `Linjer: ${value} per ${year}${series !== null ? `, éi linje per ${series} (${n})` : ''}.`,
    barsDescription: (value: string, n: number, label: string, first: number | null) =>
      `Stolpar: ${value} for ${n} verdiar av ${label}${first !== null ? ` (dei første ${first} radene)` : ''}.`,
    title: 'SQL-konsoll',
    description:
      'Skriv eigne spørjingar mot tabellane Regionpuls har lasta inn i nettlesaren, og sjå svaret som tabell og graf.',
    lead: 'For analytikarar: les tabellane med SQL (DuckDB). Spørjinga blir køyrd berre i denne nettlesaren, og konsollen kan berre lese – han endrar ingenting, og han les ikkje filer eller adresser.',
    starting: 'Startar databasemotoren i nettlesaren …',
    notAvailable:
      'SQL-konsollen treng databasemotoren i nettlesaren, og denne utgåva av Regionpuls brukar ein databasetenar.',
    failed: (why: string) => `Databasemotoren kunne ikkje startast: ${why}`,
    tables: 'Tabellar',
    columns: (n: number) => `${n} kolonnar`,
    query: 'Spørjing',
    run: 'Køyr',
    runHint: 'Ctrl + Enter køyrer spørjinga.',
    cancel: 'Avbryt',
    running: 'Køyrer …',
    cancelled: 'Spørjinga vart avbroten.',
    refused: 'Spørjinga vart ikkje køyrd:',
    error: 'DuckDB svarte med ein feil:',
    rows: (n: number, more: boolean, ms: number) =>
      more
        ? `Dei første ${n} radene blir viste (det finst fleire; ${ms} ms).`
        : `${n} ${n === 1 ? 'rad' : 'rader'} (${ms} ms).`,
    chart: 'Rask graf',
    noChart: 'Ingen rask graf for dette svaret (han treng ein kolonne med tal og ein med år eller tekst).',
    result: 'Svar',
    source:
      'Tala kjem frå tabellane i Regionpuls (SSB, harmonisert til 2024-grenser); kjelda står i kolonnen «source» der tabellen har ho.',
    example: `SELECT year, value
FROM observations
WHERE indicator = 'befolkning' AND region_code = '3103'
ORDER BY year`,
  },
  dataErrors: {
    damaged:
      'Dataa som vart lasta ned, er ikkje dei same som vart publiserte, så tala blir ikkje viste. Last sida på nytt; hjelper ikkje det, kan du seie frå til dei som driftar nettstaden.',
    notLoaded: 'Dataa kunne ikkje lastast ned. Sjekk nettilkoplinga og last sida på nytt.',
  },
  engineFault: {
    message:
      'Databasemotoren i nettlesaren stoppa (for lite minne eller ein feil). Visinga, måla og eigne tal er tekne vare på, og grafane blir framleis viste, men det som treng motoren, verkar ikkje før han er starta igjen.',
    restart: 'Start motoren på nytt',
  },
  ownData: {
    notKept: 'Nettlesaren har ikkje plass til å hugse tala til neste gong; dei blir likevel viste no.',
    title: 'Eigne tal',
    lead: 'Legg til tal frå ei eiga fil (CSV frå Excel eller Parquet) med kolonnane region (nummer eller namn), år og verdi, og eventuelt indikator – vel fila med knappen eller slepp ho her. Fila blir lesen berre i denne nettlesaren og blir ikkje send nokon stad; tala blir hugsa her til du fjernar dei.',
    add: 'Legg til eigne tal frå ei fil …',
    replace: 'Byt til ei anna fil …',
    remove: (file: string) => `Fjern ${file}`,
    refused: 'Fila vart ikkje lesen inn, og ingenting er endra:',
    heading: (indicator: string, file: string) => `Eigne tal: ${indicator} (frå ${file})`,
    source: (file: string) =>
      `Kjelde: eigne tal frå ${file}, lesne i nettlesaren. Ikkje frå SSB og ikkje kontrollerte av Regionpuls utover formatet.`,
    noneForRegions: 'Fila har ingen tal for regionane som er valde.',
    carried: (changes: string[]) =>
      `Eldre kommunenummer er førte over til dagens (2024): ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` og ${changes.length - 5} til` : ''}.`,
  },
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
  peers: {
    theFylke: 'fylket',
    title: 'Samanliknbare kommunar',
    rule: (fylke: string, cls: number, lo: string, hi: string, year: number) =>
      `Regel: kommunar i same sentralitetsklasse (${cls}) med mellom ${lo} og ${hi} innbyggjarar 1. januar ${year} (halvparten til dobbelt så mange), først dei i ${fylke}. Er det færre enn fem der, blir det fylt opp med dei nærmaste i folketal frå resten av landet, til ni i alt.`,
    none: 'Fann ingen samanliknbare kommunar etter regelen.',
    noClass: 'Kommunen manglar sentralitetsklasse, så samanliknbare kommunar kan ikkje veljast.',
    method:
      'Høgare eller lågare tyder utanfor medianen ± skalert median absolutt avvik (1,4826 × MAD) blant dei samanliknbare kommunane, som i ONS Explore Local Statistics; elles «omtrent som».',
    higher: 'høgare enn',
    similar: 'omtrent som',
    lower: 'lågare enn',
    statement: (measure: string, word: string) => `${measure}: ${word} samanliknbare kommunar`,
    growthLabel: (from: number, to: number) => `Vekst ${from}–${to}`,
    per1000Label: (year: number) => `Per 1 000 innbyggjarar ${year}`,
    bandText: (median: string, low: string, high: string, n: number) =>
      `median ${median}, «omtrent som» frå ${low} til ${high}; ${n} kommunar med tal`,
    compare: 'Legg dei samanliknbare kommunane til samanlikninga',
    centrality: (cls: number) => `Sentralitetsklasse ${cls} (SSB 2018; 1 = mest sentral, 6 = minst sentral)`,
  },
  coveragePage: {
    cellTitle: (label: string, year: number, withValue: number, regions: number) =>
      `${label} ${year}: ${withValue} av ${regions} med tal`,
    cellNone: (label: string, year: number) => `${label} ${year}: ingen tal`,
    chartDescription: (indicator: string) =>
      `Datadekning for ${indicator}: del av regionane med tal per nivå og år.`,
    title: 'Datadekning',
    description:
      'Kva år og nivå (kommunar, regionar, fylke, heile landet) Regionpuls har tal for, per indikator.',
    caption: (indicator: string) => `År med tal for ${indicator}, per nivå`,
    level: 'Nivå',
    all: 'Alle har tal',
    some: 'Nokre har tal',
    none: 'Ingen tal i datasettet.',
    breaks: (years: string, note: string | null) => `Brot i serien frå ${years}${note ? `: ${note}` : ''}`,
    sources: (list: string) => `Kjelder i prioritert rekkjefølgje: ${list}.`,
    lead: 'For kvar indikator: kva år og nivå som har tal. Mørk rute: alle regionane på nivået har tal det året; lys rute: berre nokre; kvit rute med ramme: ingen. Summar for regionar og fylke finst berre for år der alle kommunane i dei har tal.',
  },
  targets: {
    title: 'Mål og måloppnåing',
    intro:
      'Vekstmål for regionar og kommunar, målte mot faktiske tal: banen frå basisåret, avviket kvart år, takta som trengst og kvar trenden peikar.',
    status: { ahead: 'Føre målbanen', on_track: 'I rute', behind: 'Bak målbanen' },
    unmeasurable: 'Kan ikkje målast enno',
    rule: 'Regel: «I rute» når avviket frå målbanen i siste år med tal er innanfor ±10 % av auken banen krev fram til det året; over det er målet «føre», under er det «bak».',
    method:
      'Framskrivinga forlengjer den gjennomsnittlege årlege endringa dei siste (inntil) seks åra med tal (minste kvadrats metode) frå siste faktiske tal; det grå bandet er eit 80 % uvisseintervall. Ho er ein trend, ikkje ein prognose.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) =>
      `${amount} ${unit} ${ahead ? 'føre' : 'bak'} målbanen i ${year}`,
    onPath: (year: number) => `akkurat på målbanen i ${year}`,
    required: (pace: string, end: number) => `Nødvendig takt: ${pace} per år fram til ${end}`,
    reached: (end: number) => `Målåret ${end} har tal: sjå avviket over.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Oppnådd: ${since} per år sidan ${base}${last3 === null ? '' : `, ${last3} per år siste 3 år`}`,
    trend: (value: string, end: number) => `Trenden peikar mot ${value} i ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} per år`,
      rate: (a: string) => `${a} % vekst per år`,
      end: (a: string, end: number) => `${a} innan ${end}`,
    },
    setBy: 'Sett av',
    source: 'Kjelde',
    illustration: 'Illustrasjon',
    illustrationNote: 'Døme laga for Regionpuls på tal vi har – ikkje vedteke av nokon kommune eller region.',
    yours: 'Målet ditt',
    newTarget: 'Nytt mål',
    edit: 'Rediger',
    remove: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    exportJson: 'Lagre måla mine i ei fil',
    importJson: 'Hent mål frå ei fil …',
    sideBySide: 'Side om side',
    back: 'Til samanlikninga',
    loading: 'Lastar målet …',
    showMore: (n: number) => `Vis fleire (${n} til)`,
  },
  targetDetail: {
    since: (year: number) => ` frå ${year}`,
    span: (from: number, to: number) => ` frå ${from} til ${to}`,
    whatIn: (what: string, region: string) => `«${what}» i ${region}`,
    reportedTag: 'Rapportert resultat – ikkje eit mål',
    progress: 'Framdrift:',
    gapByYear: 'Avvik frå målbanen år for år',
    year: 'År',
    actual: 'Faktisk',
    path: 'Målbane',
    gap: 'Avvik',
  },
  targetEditor: {
    title: 'Tittel',
    region: 'Region (kode)',
    regionPlaceholder: 't.d. 3103, mosseregionen eller 3103+3112',
    ownRegion: (name: string) => `${name} (eigen region)`,
    kind: 'Type mål',
    kinds: {
      per_year: 'Fast auke per år',
      rate: 'Vekstrate per år (%)',
      end: 'Auke innan målåret',
      level: 'Nivå som skal nåast i målåret',
      reported: 'Rapportert resultat (ikkje eit mål)',
    },
    amount: {
      per_year: 'Auke per år',
      rate: 'Prosent per år',
      end: 'Auke frå basisåret',
      level: 'Nivå i målåret',
      reported: 'Rapportert endring',
    },
    baseYear: 'Basisår',
    endYear: 'Målår',
    source: 'Kjelde (dokument)',
    sourceUrl: 'Lenkje til kjelda',
  },
  regionKinds: {
    kommune: { one: 'kommune', many: 'kommunar' },
    region: { one: 'region', many: 'regionar' },
    fylke: { one: 'fylke', many: 'fylke' },
    land: { one: 'land', many: 'land' },
    ba: { one: 'BA-region', many: 'BA-regionar' },
    okonomisk: { one: 'økonomisk region', many: 'økonomiske regionar' },
    samarbeid: { one: 'regionsamarbeid', many: 'regionsamarbeid' },
    egen: { one: 'eigen region', many: 'eigne regionar' },
  },
  wholeCountry: 'Heile landet',
  report: {
    unknownRegion: (code: string) => `Ukjend regionkode «${code}»`,
    againstCountry: 'mot heile landet',
    againstFylkeAndCountry: 'mot fylket og heile landet',
    withData: 'med tal',
    pageTitle: (name: string) => `${name} – regionrapport – Regionpuls`,
    description: (name: string) =>
      `Regionpuls-rapport for ${name}: folketal, arbeidsplassar, nyetableringar og verdiskaping, med mål og rangering.`,
    compare: (name: string) => `← Samanlikn ${name} med andre`,
    kicker: 'Regionpuls-rapport',
    members: (n: number, names: string) => `Består av ${n} kommunar: ${names}.`,
    partOf: (names: string) => `Del av: ${names}.`,
    boundary: (source: string) => `Avgrensing: ${source}`,
    targets: 'Mål',
    population: (n: string, year: number) => `${n} innbyggjarar 1. januar ${year}.`,
    indicators: 'Indikatorar',
    noData: (name: string) => `Datasettet har ingen tal for ${name}.`,
    level: (year: number) => `Nivå ${year}`,
    change: (from: number, to: number) => `Endring ${from}–${to}`,
    rank: (from: number, to: number) => `Rangering, vekst ${from}–${to}`,
    position: (rank: number, of: number) => `nr. ${rank} av ${of}`,
    withoutData: (names: string) => `Ikkje med i grafen fordi det manglar tal: ${names}.`,
    afterBreak: 'Grafen og endringa startar etter brotet.',
    footer: (version: string) =>
      `Tal frå SSB og Eurostat, harmoniserte til kommunegrensene frå 2024. Manglande tal blir viste som brot i linjene, aldri som null. Datasettversjon ${version}.`,
  },
  ownReport: {
    title: 'Rapport for eigen region',
    kicker: (slot: number) => `Eigen region nr. ${slot}`,
    missing: (code: string, param: string) =>
      `Lenkja har ingen eigen region «${code}»: parameteren «${param}» (namn:kommunenummer,kommunenummer) manglar.`,
    howTo:
      'Ein eigen region vert laga under «Eigne regionar» på samanlikningssida eller i kartet; rapportlenkja der har regionen med seg.',
    remembered: 'Eigne regionar i denne nettlesaren',
    noRank:
      'Ein eigen region er ikkje med blant regionane som vert rangerte, så rapporten har inga rangering; rangeringssida viser plassen han ville fått.',
    peersWhy:
      'Samanliknbare kommunar vert valde for éin kommune etter ein fast regel: same sentralitetsklasse og liknande folketal, helst i same fylke. Ein eigen region har ingen sentralitetsklasse og er ikkje éin kommune, så han får ingen eigne samanliknbare; rapporten for kvar kommune i regionen viser dei samanliknbare kommunane og korleis han ligg an mot dei.',
    memberPeers: (name: string) => `${name}: samanliknbare kommunar`,
    reportOf: (name: string) => `Rapport for ${name}`,
  },
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
  units: { personer: 'personar', foretak: 'føretak', 'mill. kr': 'mill. kr' },
  chartKeys: {
    help: 'Piltastane går gjennom punkta i grafen: venstre og høgre langs ei linje, opp og ned mellom linjene. Home og End går til første og siste år.',
    pairs: 'Piltastane går gjennom grafen: opp og ned mellom radene, venstre og høgre mellom start og slutt.',
    list: 'Piltastane går frå det eine til det neste i grafen, og Home og End til det første og det siste.',
  },
  chartText: {
    per1000: 'per 1 000 innbyggjarar',
    index: 'Indeks',
    breakLabel: 'Brot i serien',
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
      `${indicator} i ${name} ${dir === 'up' ? 'auka' : dir === 'down' ? 'fall' : 'var uendra'} frå ${from} i ${fromYear} til ${to} i ${toYear}`,
    indexedLead: (base: number) => `Indeksert vekst, ${base} = 100. `,
    changeLead: (indicator: string, from: number, to: number) =>
      `${indicator}, endring frå ${from} til ${to}.`,
    largest: (name: string, change: string) => ` Størst endring: ${name} (${change}).`,
    missingFor: (names: string) => ` Manglar tal for ${names}.`,
  },
  csv: {
    moreRegions: (n: number) => `og-${n}-til`,
    header: ['region_kode', 'region', 'år', 'verdi', 'status', 'kjelde'],
    source: (source: string, table: string, built: string) =>
      `Kjelde: ${source}, tabell ${table}. Datasett bygd ${built}.`,
    view: (mode: string, version: string | undefined, url: string) =>
      `Vising: ${mode}.${version ? ` Dataversjon ${version}.` : ''} Henta frå ${url}`,
    footnote: (text: string) => `Fotnote frå SSB: ${text}`,
    fetched: (version: string | undefined, url: string) =>
      `${version ? `Dataversjon ${version}. ` : ''}Henta frå ${url}`,
    ranked: (ranked: number, total: number) => `Rangert: ${ranked} av ${total} med tal.`,
    shiftShareHeader: (from: number, to: number) => [
      'sektor',
      `sysselsette_${from}`,
      `sysselsette_${to}`,
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
      'per_1000_innbyggjarar',
      'rang_førre_periode',
      'beste_rang',
      'dårlegaste_rang',
      'periodar',
    ],
    commutingYearsHeader: [
      'region_kode',
      'år',
      'arbeidsplassar',
      'sysselsette_busette',
      'arbeidsplassdekning',
      'bur_og_jobbar_her',
      'innpendlarar',
      'utpendlarar',
      'del_busette_som_jobbar_her',
      'del_arbeidsplassar_fylte_av_busette',
      'del_anslått',
      'arbeidsplassar_ssb_11618',
      'sysselsette_busette_ssb_11618',
    ],
    commutingFlowsHeader: (year: number | null, fromYear: number | null) => [
      'retning',
      'nr',
      'kommune_kode',
      'kommune',
      `personar_${year}`,
      'del',
      `personar_${fromYear}`,
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
    pngTitle: 'Bilete (PNG, dobbel oppløysing) med tittel og kjelde',
    svgTitle: 'Vektorgrafikk (SVG) med tittel og kjelde',
    csvTitle: 'Tala i grafen (CSV med komma og desimalpunktum, uavrunda) med kjelde og tabell-id',
    csvSpreadsheet: 'Excel',
    csvSpreadsheetTitle:
      'Tala i grafen for rekneark på norsk (CSV med semikolon og desimalkomma, avrunda som på sida)',
    downloadFailed: (what: string, why: string) => `Kunne ikkje lage ${what}: ${why}`,
    chartMissing: 'Fann ikkje grafen på sida.',
    embed: 'Bygg inn',
    embedTitle: 'Bygg inn grafen',
    embedIntro:
      'Lim inn koden på ei nettside. Grafen tilpassar seg breidda, og høgda blir justert automatisk.',
    close: 'Lukk',
    dataChoice: 'Data',
    live: 'Levande – følgjer nye tal når datasettet blir oppdatert',
    archived: (version: string, built: string) =>
      `Arkivert – låst til dataversjon ${version} (bygd ${built})`,
    theme: 'Fargetema',
    themes: { auto: 'Følg vertssida (lys/mørk)', light: 'Lyst', dark: 'Mørkt' },
    codeKind: 'Kode',
    iframe: 'Iframe med høgdejustering',
    component: 'Webkomponent (<regionpuls-chart>)',
    iframeHelp:
      'Ein iframe og eit lite skript som justerer høgda. Utan skriptet blir grafen vist med fast høgd.',
    componentHelp:
      'Eit eige HTML-element; utan JavaScript blir iframen inni det vist. Verkar med streng Content-Security-Policy når skriptet og iframen er tillatne frå Regionpuls.',
    copy: 'Kopier koden',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikkje kopiere – merk teksten og kopier han sjølv.',
    preview: 'Opne innbygginga åleine',
    altText: 'Alternativ tekst (følgjer med i koden)',
    permalink: 'Lenkje til denne visinga',
    openFull: 'Sjå heile visinga i Regionpuls',
    archivedNote: (version: string) =>
      `Arkivert utgåve, låst til dataversjon ${version}: tala blir ikkje endra når datasettet blir oppdatert.`,
    versionMissing: (version: string) =>
      `Denne grafen er låst til dataversjon ${version}, men den versjonen ligg ikkje lenger på denne tenaren. Vi viser ikkje nyare tal i staden, fordi dei kan vere andre enn tala som vart publiserte.`,
    versionInvalid: (version: string) =>
      `«${version}» er ikkje ein gyldig dataversjon, så grafen kan ikkje visast.`,
    versionMismatch: (wanted: string, found: string) =>
      `Dataversjon ${wanted} vart bede om, men tenaren leverte ${found}. Grafen blir ikkje vist.`,
    loadFailed: 'Kunne ikkje laste tala',
    frameTitle: (title: string) => `${title} – Regionpuls`,
    pngFallback: 'Regionpuls-graf',
  },
  readErrors: {
    openQuote: 'eit hermeteikn («"») er opna, men aldri lukka',
    isNumber: (raw: string, code: string, label: string, name: string) =>
      `«${raw}»: nummeret ${code} er ${name}, ikkje «${label}»`,
    wasNumber: (code: string, label: string, name: string) =>
      `«${code} ${label}»: nummeret ${code} var ${name}, ikkje «${label}»`,
    split: (was: string, names: string) =>
      `${was} vart delt mellom ${names}; eigne tal kan ikkje delast på dagens kommunar, så bruk dagens nummer`,
    partOf: (was: string, name: string) =>
      `${was} er berre ein del av dagens ${name}; gi talet for heile ${name} med dagens nummer`,
    ambiguous: (s: string, named: string) => `«${s}» kan vere fleire regionar (${named}); bruk nummeret`,
    noLonger: (s: string) => `«${s}» er ikkje lenger ein kommune`,
    oldNames: (s: string, codes: string) =>
      `«${s}» var namnet på fleire tidlegare kommunar (${codes}); bruk nummeret`,
    unknown: (s: string) =>
      `«${s}» er ingen kommune, region eller fylke Regionpuls kjenner (bruk 2024-nummeret eller namnet)`,
    columns: { region: 'region (kode eller namn)', year: 'år', value: 'verdi' },
    missingColumns: (file: string, missing: string, found: string) =>
      `${file}: linje 1 manglar kolonnen ${missing}; fann ${found}`,
    noRows: (file: string) => `${file}: fila har ingen rader med tal under overskriftene`,
    tooManyRows: (file: string, n: number, max: number) =>
      `${file}: ${n} rader er fleire enn dei ${max} Regionpuls kan ta imot`,
    cellCount: (line: number, n: number, header: number) =>
      `linje ${line} har ${n} kolonnar, overskrifta har ${header}`,
    notYear: (line: number, column: string, text: string) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikkje eit årstal (fire siffer, 1900–2100)`,
    notNumber: (line: number, column: string, text: string, decimalComma: boolean) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikkje eit tal${decimalComma ? '' : ' (med komma som skiljeteikn må desimalar skrivast med punktum)'}`,
    noIndicator: (line: number, column: string) =>
      `linje ${line}, kolonne «${column}»: indikatoren manglar namn`,
    duplicate: (line: number, what: string, indicator: string, earlier: number) =>
      `linje ${line}: ${what} for «${indicator}» står også på linje ${earlier}`,
    tooManyIndicators: (n: number, max: number) =>
      `${n} indikatorar er fleire enn dei ${max} Regionpuls kan vise frå éi fil`,
    more: (file: string, n: number) => `${file}: og ${n} feil til`,
    empty: (file: string) => `${file}: fila er tom`,
    tooBig: (file: string, mb: string, max: number) =>
      `${file}: fila er ${mb} MB, meir enn dei ${max} MB Regionpuls kan ta imot`,
    badParquet: (file: string) =>
      `${file}: fila ser ut som Parquet, men kan ikkje lesast (skadd eller ufullstendig)`,
    notCsv: (file: string) => `${file}: fila er verken tekst (CSV) eller Parquet`,
    tooFewColumns: (file: string) =>
      `${file}: linje 1 må ha minst tre kolonnar (region, år, verdi) skilde med semikolon, komma eller tabulator`,
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

  aboutData: 'Om dataa',
  reportLinks: 'Regionrapportar:',
  coverageCount: (n: string) => `${n} regionar har data for denne indikatoren.`,
  sourceMark: 'k',
  groups: {
    notKept: 'Nettlesaren kan ikkje hugse dei eigne regionane til neste gong; lenkja har dei likevel.',
    heading: 'Eigne regionar',
    intro:
      'Set saman kommunar til ein eigen region – ein BA-region, eit prosjektområde, eit nytt regionråd. Tala blir summerte frå kommunane, berre for år der alle kommunane har tal.',
    create: 'Lag eigen region',
    name: 'Namn på regionen',
    namePlaceholder: 'Til dømes «Vår BA-region»',
    members: 'Kommunar i regionen',
    save: 'Lagre og vis',
    cancel: 'Avbryt',
    edit: 'Endre',
    remove: 'Slett',
    show: 'Vis i samanlikninga',
    shown: 'vist',
    kind: 'eigen region',
    membersOf: (n: number) => (n === 1 ? '1 kommune' : `${n} kommunar`),
    none: 'Du har ingen eigne regionar enno.',
    stored:
      'Eigne regionar blir lagra i denne nettlesaren og i lenkja, så ei lenkje eller ei innbygging viser dei òg.',
    needName: 'Gi regionen eit namn.',
    nameTooLong: (max: number) => `Namnet kan ha høgst ${max} teikn.`,
    needMembers: 'Legg til minst éin kommune.',
    tooManyMembers: (max: number) => `Ein eigen region kan ha høgst ${max} kommunar.`,
    full: (max: number) => `Du kan ha høgst ${max} eigne regionar i ei vising. Slett ein for å lage ein ny.`,
    comparisonFull: (max: number) =>
      `Samanlikninga har allereie ${max} regionar. Fjern ein for å vise den eigne regionen.`,
    onlyKommuner: 'Berre kommunar kan vere med i ein eigen region.',
    summedNote: (names: string) =>
      `${names}: eigen region, summert frå kommunane – berre år der alle kommunane har tal.`,
    notInRanking: 'Eigne regionar er ikkje med i rangeringa.',
    refused: (n: { param: string; problem: string; values: string[] }): string => {
      const which = n.param === 'g' ? 'Eigne regionar' : `Den eigne regionen «${n.param}»`;
      switch (n.problem) {
        case 'format':
          return `${which} i lenkja er ikkje skriven som «namn:kommunenummer,kommunenummer» og vart utelaten.`;
        case 'name':
          return `${which} i lenkja har eit tomt eller for langt namn (høgst 60 teikn) og vart utelaten.`;
        case 'no-members':
          return `${which} i lenkja har ingen kommunar og vart utelaten.`;
        case 'too-many-members':
          return `${which} i lenkja har fleire enn 60 kommunar og vart utelaten.`;
        case 'unknown-members':
          return `${which} i lenkja vart utelaten: ${n.values.map((v) => `«${v}»`).join(', ')} er ikkje kommunenummer frå 2024. Ein sum utan dei ville vore feil.`;
        case 'too-long':
          return `${which} i lenkja er for lang og vart utelaten.`;
        default:
          return `Lenkja har fleire enn 5 eigne regionar; berre g1–g5 vart lesne.`;
      }
    },
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
  sqlGuard: {
    tooLong: (n: number, max: number) => `Spørjinga er ${n} teikn lang; konsollen tek høgst ${max}.`,
    unreadable: (why: string) => `Spørjinga kan ikkje lesast: ${why}.`,
    empty: 'Skriv ei spørjing først, til dømes SELECT * FROM regions.',
    oneAtATime: 'Berre éi spørjing om gongen: fjern semikolon mellom setningane.',
    readOnlyStart: (word: string) =>
      `Konsollen kan berre lese tabellane: ei spørjing må byrje med SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE eller SHOW, ikkje «${word}».`,
    noWrites: (word: string) =>
      `Konsollen kan berre lese tabellane, ikkje endre noko: «${word}» er ikkje tillate.`,
    noFunction: (name: string) =>
      `Funksjonen ${name}() er ikkje tillaten: konsollen les berre tabellane som er lasta inn, ikkje filer, adresser eller innstillingar.`,
    noFiles: (file: string, keyword: string) =>
      `Konsollen les ikkje filer: «${file}» etter ${keyword} er eit filnamn. Bruk ein av tabellane i lista.`,
    unclosedComment: 'ein kommentar som byrjar med /* sluttar aldri med */',
    unclosedString: 'ein tekst i enkle hermeteikn sluttar aldri',
    unclosedName: 'eit namn i doble hermeteikn sluttar aldri',
    dollar: 'tekst i dollarteikn ($$ … $$) er ikkje tillaten her',
  },
  targetFile: {
    linkUnpacksTooLarge: 'lenkja pakkar ut til meir enn 1 MB',
    linkTooLongToRead: 'lenkja er for lang',
    groupKinds: {
      per_year: 'fast auke per år',
      rate: 'vekstrate per år',
      end: 'auke innan eit målår',
      level: 'nivå innan eit målår',
      reported: 'rapporterte resultat',
    },
    problemGroup: 'Mål som ikkje kan målast',
    storageUnreadable: 'Lagra mål i denne nettlesaren kunne ikkje lesast og vart ikkje brukte.',
    theTarget: 'målet',
    targetNo: (n: number) => `mål ${n}`,
    ownRegionNo: (n: number) => `eigen region ${n}`,
    missing: (where: string, key: string) => `${where}: manglar feltet «${key}»`,
    notText: (where: string, key: string) => `${where}: «${key}» må vere tekst`,
    tooLong: (where: string, key: string, max: number) => `${where}: «${key}» er lengre enn ${max} teikn`,
    badYear: (where: string, key: string, min: number, max: number, got: string) =>
      `${where}: «${key}» må vere eit årstal mellom ${min} og ${max}, fekk ${got}`,
    badRegion: (where: string, region: string) => `${where}: ugyldig regionkode «${region}»`,
    regionTwice: (where: string, region: string) =>
      `${where}: regionkoden «${region}» nemner same region to gonger`,
    notObject: (where: string) => `${where}: må vere eit objekt`,
    badId: (where: string, id: string) =>
      `${where}: «id» må vere små bokstavar, tal og bindestrek, fekk «${id}»`,
    badIndicator: (where: string, indicator: string) => `${where}: ugyldig indikator «${indicator}»`,
    badKind: (where: string, kinds: string, got: string) =>
      `${where}: «kind» må vere ein av ${kinds}, fekk ${got}`,
    amountNotNumber: (where: string) => `${where}: «amount» må vere eit tal`,
    rateShare: (where: string, amount: number) =>
      `${where}: «amount» for ein vekstrate er ein del (0.01 = 1 %), fekk ${amount}`,
    endBeforeBase: (where: string, end: number, base: number) =>
      `${where}: «end_year» (${end}) må kome etter «base_year» (${base})`,
    badUrl: (where: string) => `${where}: «source_url» må byrje med http:// eller https://`,
    badIllustration: (where: string) => `${where}: «illustration» må vere true eller false`,
    notObjectFile: 'Fila er ikkje eit JSON-objekt.',
    notTargetFile: (version: number) =>
      `Fila er ikkje ei Regionpuls-målfil (venta «regionpuls_targets»: ${version}).`,
    noTargets: 'Fila manglar lista «targets».',
    sameId: (id: string) => `To mål har same id «${id}».`,
    ownRegionsNotList: '«own_regions» må vere ei liste.',
    ownRegionPointer: (region: string) => `«${region}» viser til ein eigen region som ikkje er i fila`,
    ownRegionTooBig: (max: number) => `ein eigen region har høgst ${max} kommunar`,
    ownRegionNotKommuner: (region: string) => `ein eigen region består av kommunenummer, fekk «${region}»`,
    ownRegionKommuneTwice: (region: string) => `regionkoden «${region}» nemner same kommune to gonger`,
    ownRegionName: (where: string, max: number) =>
      `${where}: «own_region» må vere eit namn på 1–${max} teikn`,
    targetOwnRegionsFull: (max: number) =>
      `Mål kan setjast på høgst ${max} ulike eigne regionar, så alle får plass i éi fil. Bruk ein av dei du har mål på.`,
    tooManyOwnRegions: (max: number) => `Fila har fleire enn ${max} eigne regionar.`,
    ownRegionShape: (where: string) =>
      `${where}: må ha «name» (tekst) og «members» (liste med kommunenummer)`,
    nameLength: (max: number) => `namnet må ha 1–${max} teikn`,
    tooManyMembers: (max: number) => `høgst ${max} kommunar`,
    noMembers: 'ingen kommunar',
    notKommuner: (values: string) => `${values} er ikkje kommunenummer`,
    problem: (where: string, why: string) => `${where}: ${why}`,
    linkBadChars: 'lenkja har teikn som ikkje høyrer heime der',
    linkUnreadable: 'ho kan ikkje lesast',
    linkNotRead: (why: string) => `Måla i lenkja vart ikkje lesne: ${why}. Måla du hadde, er uendra.`,
    notJson: 'fila er ikkje gyldig JSON',
    notImported: (file: string, why: string) =>
      `«${file}» vart ikkje importert: ${why} Ingen mål vart endra.`,
    shippedId: (id: string) => `Id «${id}» blir brukt av eit levert mål; vel ein annan.`,
    importShippedId: (file: string, id: string) =>
      `«${file}» vart ikkje importert: id «${id}» blir brukt av eit levert mål. Ingen mål vart endra.`,
    linkDetached: (linked: number, stored: number, max: number) =>
      `Dei ${linked} måla i lenkja blir viste, men ikkje lagra i denne nettlesaren: saman med dei ${stored} du har lagra, blir det meir enn ${max}. Dei lagra måla dine er uendra.`,
    imported: (n: number, regions: number, file: string) =>
      `Importerte ${n} mål${regions === 1 ? ' og 1 eigen region' : regions ? ` og ${regions} eigne regionar` : ''} frå «${file}».`,
    tooMany: (n: number) =>
      `Du har ${n} eigne mål, som er det meste Regionpuls kan halde. Slett eit mål før du legg til eit nytt.`,
    importTooMany: (file: string, incoming: number, have: number, max: number) =>
      `«${file}» vart ikkje importert: ho har ${incoming} mål, og saman med dei ${have} du har frå før blir det meir enn ${max}, som er det meste Regionpuls kan halde. Ingen mål vart endra.`,
    fileTooLarge: (file: string, mb: string) =>
      `«${file}» vart ikkje importert: fila er ${mb} MB, og ei målfil kan vere høgst 1 MB. Ingen mål vart endra.`,
    linkTooMany: (n: number, max: number) =>
      `Lenkja har ${n} mål, meir enn dei ${max} Regionpuls kan halde, og vart ikkje lesen. Be om måla som fil og importer ho. Måla du hadde, er uendra.`,
    linkTooLong:
      'Måla dine er for mange til å få plass i ei lenkje, så lenkja i adresselinja tek dei ikkje med. Del dei som fil med «Lagre måla mine i ei fil» – dei er framleis lagra i denne nettlesaren.',
    what: (indicator: string, region: string) => `«${indicator}» i ${region}`,
  },
  targetWords: {
    and: 'og',
    more: (shown: string, n: string) => `${shown} og ${n} til`,
    progress: {
      met: 'Målet er nådd',
      on_track: 'I rute',
      speed_up: 'Framgang, men må auke takten',
      limited: 'Avgrensa framgang',
      wrong_direction: 'Feil retning',
      cannot_assess: 'Kan ikkje vurderast',
    } as Record<string, string>,
    method:
      'Framdrifta blir vurdert med forholdstalmetoden som Eurostat bruker i SDG-overvakinga si og Statistics Canada dokumenterer for Open SDG: R er den årlege vekstraten oppnådd frå grunnåret til siste år med tal, delt på vekstraten som trengst frå grunnåret for å nå målet i målåret – i rute når R er minst 95 %, framgang men må auke takten ved 60–95 %, avgrensa framgang ved 0–60 % og feil retning under 0; med færre enn to år med tal kan ho ikkje vurderast.',
    reportedNote:
      'Eit rapportert resultat er ikkje eit mål og får ingen status: her blir det vist kva statistikken seier om dei same åra.',
    caveatReported:
      'Statistikken viser netto endring for heile regionen same kva årsaka er; han kan verken stadfeste eller avkrefte kor mykje av endringa som kjem av tiltaket.',
    baseFallback: (base: number, start: number) =>
      `Grunnåret ${base} manglar i statistikken; bana startar frå ${start}, første år med tal.`,
    noData: (what: string) =>
      `Regionpuls har enno ingen tal for ${what}, så målet kan ikkje målast. Det som manglar, er tal frå grunnåret og framover.`,
    noDataFromBase: (what: string, has: string, base: number, end: number) =>
      `Regionpuls har tal for ${what} berre for ${has}, ikkje for noko år frå grunnåret ${base} til målåret ${end}, så målet kan ikkje målast enno.`,
    oneYearOnly: (what: string, year: number, end: number) =>
      `Regionpuls har tal for ${what} berre for ${year} fram til målåret ${end}; det trengst minst to år med tal for å måle framgangen.`,
    reportedNoData: (what: string, period: string, has: string | null) =>
      `Regionpuls har ingen tal for ${what} for ${period}${has ? ` (berre for ${has})` : ''}, så det rapporterte resultatet kan ikkje haldast opp mot statistikken.`,
    reportedOneYear: (what: string, year: number, period: string) =>
      `Regionpuls har tal for ${what} berre for ${year} i perioden ${period}, så endringa kan ikkje reknast ut.`,
    unknownIndicator: (id: string) =>
      `Indikatoren «${id}» finst ikkje i Regionpuls, så målet kan ikkje målast. Vel ein indikator frå lista når du redigerer målet.`,
    unknownRegion: (codes: readonly string[]) =>
      `${codes.length === 1 ? 'Regionkoden' : 'Regionkodane'} ${codes.map((c) => `«${c}»`).join(', ')} finst ikkje i Regionpuls, så målet kan ikkje målast. Kommunar og fylke har nummera frå 2024 (til dømes 3103 for Moss).`,
    unknownTarget: (id: string) =>
      `Målet «${id.slice(0, 80)}» finst ikkje her. Det kan vere sletta, eller lenkja kan vere skriven feil eller laga i ein annan nettlesar utan måla. Alle måla som finst, står under.`,
    seriesFailed: 'Tala for dette målet kunne ikkje hentast. Last sida på nytt for å prøve igjen.',
    notSummable: (unit: string) =>
      `Målet gjeld ein sum av regionar, men tal målte i «${unit}» kan ikkje leggjast saman.`,
    badRegions: (n: number, list: string) =>
      `regionkod${n > 1 ? 'ane' : 'en'} ${list} finst ikkje i Regionpuls`,
    badIndicators: (n: number, list: string) =>
      `indikator${n > 1 ? 'ane' : 'en'} ${list} finst ikkje i Regionpuls`,
    problems: (n: number, count: string, why: string[]) =>
      `${n === 1 ? 'Eitt mål' : `${count} mål`} kan ikkje målast${why.length ? `: ${why.join(', og ')}` : ''}. ${n === 1 ? 'Det blir vist' : 'Dei blir viste'} under «Mål som ikkje kan målast» med ei forklaring.`,
    level: (value: string, year: number) => `${value} i ${year}`,
    reported: (change: string, from: number, to: number) => `rapportert ${change} for ${from}–${to}`,
    needed: (perYear: string, from: number, to: number, target: string, unit: string) =>
      `Takt som trengst frå no: ${perYear} per år frå ${from} til ${to} for å nå ${target} ${unit}.`,
    alreadyMet: (latest: string, unit: string, year: number, above: boolean, target: string, to: number) =>
      `Målet er allereie nådd: ${latest} ${unit} i ${year} er ${above ? 'over' : 'under'} målverdien ${target} for ${to}.`,
    missed: (to: number, latest: string, unit: string, year: number, target: string) =>
      `Målåret ${to} er passert utan at målet vart nådd: ${latest} ${unit} i ${year} mot målet ${target}.`,
    ratio: (
      label: string,
      r: string,
      observed: string,
      from: number,
      at: number,
      required: string,
      end: number,
    ) =>
      `${label} (${r}vekst ${observed} i året ${from}–${at}, mot ${required} i året som trengst ${from}–${end})`,
    reportedClaim: (change: string, from: number, to: number) => `Rapportert: ${change} for ${from}–${to}.`,
    statistics: (
      what: string,
      change: string,
      unit: string,
      from: number,
      to: number,
      a: string,
      b: string,
    ) => `Statistikken: ${what} endra seg med ${change} ${unit} frå ${from} til ${to} (frå ${a} til ${b}).`,
    unchecked: (years: string, from: number, to: number) =>
      `Statistikken har ikkje tal for ${years}, så endringa frå ${from} til ${to} kan ikkje kontrollerast.`,
    reportedStatus: 'Rapportert resultat',
  },
};
