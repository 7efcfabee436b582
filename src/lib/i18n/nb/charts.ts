/**
 * Bokmål, a chart's own words (keyboard help, its description as text) and what leaves the
 * page with it: CSV files, PNG and SVG downloads, and the embed.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/charts.ts and en/charts.ts are typed from
 * `ChartMessages`, so a key missing or extra there is a type error in that file.
 */
export const chartMessages = {
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
};

/** The shape nynorsk and English must match key for key. */
export type ChartMessages = typeof chartMessages;
