/**
 * Bokmål, the words every page shares: the app itself, the comparison page (regions, views,
 * charts, notes and what a link got wrong), the menu, region levels and kinds, units, and own regions
 * (`groups`), which every page can show.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/core.ts and en/core.ts are typed from
 * `CoreMessages`, so a key missing or extra there is a type error in that file.
 */
import type { Notice } from '../../config';

export const coreMessages = {
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
        return coreMessages.groups.refused(n);
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
  units: { personer: 'personer', foretak: 'foretak', 'mill. kr': 'mill. kr' } as Record<string, string>,
  aboutData: 'Om dataene',
  reportLinks: 'Regionrapporter:',
  /** On a narrow screen the controls follow the chart: a link down to them. */
  changeView: 'Endre visning',
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
};

/** The shape nynorsk and English must match key for key. */
export type CoreMessages = typeof coreMessages;
