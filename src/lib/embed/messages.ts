/**
 * Bokmål strings for downloads, the embed dialog and the /embed page. Kept beside the embed code
 * (not in i18n/nb.ts) so this feature can land without touching the shared catalogue; the shape is
 * the same, so it can move into `Messages` later.
 */
export const embedText = {
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
};
