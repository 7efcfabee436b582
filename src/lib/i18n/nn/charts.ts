/**
 * Nynorsk, a chart's own words (keyboard help, its description as text) and what leaves the
 * page with it: CSV files, PNG and SVG downloads, and the embed.
 *
 * Typed from bokmål's part (nb/charts.ts), so a key missing or extra here is a type error.
 */
import type { ChartMessages } from '../nb/charts';

export const chartMessages: ChartMessages = {
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
};
