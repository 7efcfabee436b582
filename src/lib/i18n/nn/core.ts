/**
 * Nynorsk, the words every page shares: the app itself, the comparison page (regions, views,
 * charts, notes and what a link got wrong), the menu, region levels and kinds, units, and own regions
 * (`groups`), which every page can show.
 *
 * Typed from bokmål's part (nb/core.ts), so a key missing or extra here is a type error.
 */
import type { Notice } from '../../config';
import type { CoreMessages } from '../nb/core';

export const coreMessages: CoreMessages = {
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
        return coreMessages.groups.refused(n);
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
  units: { personer: 'personar', foretak: 'føretak', 'mill. kr': 'mill. kr' },
  aboutData: 'Om dataa',
  reportLinks: 'Regionrapportar:',
  changeView: 'Endre visninga',
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
};
