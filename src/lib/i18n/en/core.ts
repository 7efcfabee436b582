/**
 * English, the words every page shares: the app itself, the comparison page (regions, views,
 * charts, notes and what a link got wrong), the menu, region levels and kinds, units, and own regions
 * (`groups`), which every page can show.
 *
 * Typed from bokmål's part (nb/core.ts), so a key missing or extra here is a type error.
 */
import type { Notice } from '../../config';
import type { CoreMessages } from '../nb/core';

export const coreMessages: CoreMessages = {
  locale: 'en-GB',
  appName: 'Regionpuls',
  skipToContent: 'Skip to content',
  tagline: 'Regional development in figures: jobs, new businesses, value creation and population',
  indicator: 'Indicator',
  regions: 'Regions',
  searchRegions: 'Search for a municipality, region or county (name or number)',
  searchRegionsPlaceholder: 'Municipality, region, county or number',
  searchNamePlaceholder: 'Name or number',
  addRegion: 'Add',
  removeRegion: (name: string) => `Remove ${name}`,
  maxRegions: (n: number) => `You can compare up to ${n} regions.`,
  noMatches: 'No matches',
  noDataShort: 'no figures',
  mode: 'Show as',
  modes: { absolute: 'Absolute figures', per1000: 'Per 1,000 inhabitants', indexed: 'Indexed growth' },
  baseYear: 'Base year',
  baseYearNote: (year: number) => `Index: ${year} = 100`,
  levels: { kommune: 'Municipality', region: 'Region', fylke: 'County', land: 'Country' },
  kinds: { ba: 'Labour market region', okonomisk: 'Economic region', samarbeid: 'Regional council', '': '' },
  table: 'Table',
  region: 'Region',
  sortBy: (label: string) => `Sort by ${label}`,
  missing: 'missing',
  status: {
    reported: 'reported',
    summed: 'summed from the municipalities',
    harmonised: 'harmonised to 2024 borders',
    estimated: 'estimated (split municipality, weighted by population)',
    missing: 'missing in the source',
  },
  starting: 'Starting the database in your browser …',
  stages: {
    manifest: 'Fetching the list of data',
    engine: 'Starting DuckDB',
    data: 'Reading the Parquet files',
    ready: 'Ready',
  },
  loading: 'Fetching figures …',
  failed: 'Something went wrong',
  showSql: 'Show the query',
  noData: (indicator: string, names: string) => `No data for ${names} in «${indicator}».`,
  noRegions: 'Choose at least one region to see figures.',
  gaps: (name: string, years: string) => `${name}: missing ${years}.`,
  commonGaps: (years: string) => `The source has no figures for ${years}.`,
  coverage: (name: string, first: number, last: number) => `${name}: data ${first}–${last}`,
  perCapitaMissing:
    'Per inhabitant is shown only for years with a population figure (1 January) for the region.',
  perCapitaNotMeaningful: 'Per 1,000 inhabitants does not make sense for this indicator.',
  noBase: (name: string, year: number) => `${name} has no value in ${year} and cannot be indexed.`,
  estimatedNote: 'Dashed point = estimated value (municipality split in a reform, shared out by population).',
  chart: 'Chart',
  charts: { line: 'Lines', panels: 'One panel per region', dumbbell: 'Change between two years' },
  freeY: 'Own scale for each panel',
  fromYear: 'From',
  toYear: 'To',
  changeTitle: (indicator: string, from: number, to: number) => `${indicator}: change from ${from} to ${to}`,
  dumbbellLegend: { grew: 'Increase', fell: 'Decrease' },
  dumbbellMissing: (names: string, from: number, to: number) =>
    `No figures for ${names} in ${from} or ${to}; not drawn.`,
  noSpan: 'Choose two different years to see the change.',
  breakFrom: (year: number) => `Break in the series from ${year}`,
  breakNote: (years: string, why: string) =>
    `Break in the series from ${years} (marked ‖ in the table and with a dashed line in the chart): ${why}`,
  sourceChanges: (list: string) =>
    `The source changes (marked s in the table; levels may differ slightly between the tables): ${list}.`,
  sourceChange: (name: string, year: number, from: string, to: string) => `${name} ${year}: ${from} → ${to}`,
  allRegions: 'all the regions',
  listJoin: (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  source: 'Source',
  table_id: 'table',
  built: 'Data set built',
  snapshotBuilt: (date: string) => `Shipped data set (snapshot), built ${date}`,
  fetchedOn: (date: string) => `Fetched from SSB ${date}`,
  ssbFootnotes: (n: number) => `Footnotes from SSB (${n})`,
  ssbFootnote: 'Footnote from SSB',
  notice: (n: Notice): string => {
    switch (n.kind) {
      case 'unknown-indicator':
        return `Unknown indicator «${n.value}» in the link – showing the default indicator.`;
      case 'unknown-region': {
        const named = n.values.map((v) => `«${v}»`).join(', ');
        const more = n.count - n.values.length;
        return n.count === 1
          ? `Unknown region code ${named} in the link was left out.`
          : `${n.count} unknown region codes in the link were left out: ${named}${more > 0 ? ` and ${more} more` : ''}.`;
      }
      case 'too-many-regions':
        return `Too many regions in the link; left out ${n.dropped.join(', ')}.`;
      case 'invalid-mode':
        return `Unknown view «${n.value}» in the link – showing absolute figures.`;
      case 'invalid-base':
        return `Invalid base year «${n.value}» in the link – using the first common year.`;
      case 'invalid-group':
        return coreMessages.groups.refused(n);
    }
  },
  dismiss: 'Close',
  nav: {
    label: 'Main menu',
    theme: 'Theme',
    language: 'Language',
    themes: { auto: 'As the system', light: 'Light', dark: 'Dark' },
    links: {
      overview: 'Compare',
      ranking: 'Ranking',
      map: 'Map',
      commuting: 'Commuting',
      targets: 'Targets',
      coverage: 'Data coverage',
      sql: 'SQL',
      shiftshare: 'Shift-share',
    },
  },
  regionKinds: {
    kommune: { one: 'municipality', many: 'municipalities' },
    region: { one: 'region', many: 'regions' },
    fylke: { one: 'county', many: 'counties' },
    land: { one: 'country', many: 'countries' },
    ba: { one: 'labour market region', many: 'labour market regions' },
    okonomisk: { one: 'economic region', many: 'economic regions' },
    samarbeid: { one: 'regional council', many: 'regional councils' },
    egen: { one: 'own region', many: 'own regions' },
  },
  wholeCountry: 'The whole country',
  units: { personer: 'persons', foretak: 'enterprises', 'mill. kr': 'NOK million' },
  aboutData: 'About the data',
  reportLinks: 'Region reports:',
  changeView: 'Change the view',
  coverageCount: (n: string) => `${n} regions have data for this indicator.`,
  sourceMark: 's',
  groups: {
    notKept: 'The browser cannot keep your own regions until next time; the link still has them.',
    heading: 'Your own regions',
    intro:
      'Put municipalities together into a region of your own – a commuting region, a project area, a new regional council. Figures are summed from the municipalities, only for years where every municipality has a figure.',
    create: 'Make your own region',
    name: 'Name of the region',
    namePlaceholder: 'For example «Our region»',
    members: 'Municipalities in the region',
    save: 'Save and show',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Delete',
    show: 'Show in the comparison',
    shown: 'shown',
    kind: 'own region',
    membersOf: (n: number) => (n === 1 ? '1 municipality' : `${n} municipalities`),
    none: 'You have no regions of your own yet.',
    stored:
      'Your own regions are kept in this browser and in the link, so a link or an embed shows them too.',
    needName: 'Give the region a name.',
    nameTooLong: (max: number) => `The name can have at most ${max} characters.`,
    needMembers: 'Add at least one municipality.',
    tooManyMembers: (max: number) => `A region of your own can have at most ${max} municipalities.`,
    full: (max: number) => `You can have at most ${max} own regions in a view. Delete one to make a new one.`,
    comparisonFull: (max: number) =>
      `The comparison already has ${max} regions. Remove one to show your own region.`,
    onlyKommuner: 'Only municipalities can be part of your own region.',
    summedNote: (names: string) =>
      `${names}: own region, summed from the municipalities – only years where every municipality has a figure.`,
    notInRanking: 'Your own regions are not part of the ranking.',
    refused: (n: { param: string; problem: string; values: string[] }): string => {
      const which = n.param === 'g' ? 'Own regions' : `The own region «${n.param}»`;
      switch (n.problem) {
        case 'format':
          return `${which} in the link is not written as «name:municipality number,municipality number» and was left out.`;
        case 'name':
          return `${which} in the link has an empty or too long name (at most 60 characters) and was left out.`;
        case 'no-members':
          return `${which} in the link has no municipalities and was left out.`;
        case 'too-many-members':
          return `${which} in the link has more than 60 municipalities and was left out.`;
        case 'unknown-members':
          return `${which} in the link was left out: ${n.values.map((v) => `«${v}»`).join(', ')} are not 2024 municipality numbers. A sum without them would be wrong.`;
        case 'too-long':
          return `${which} in the link is too long and was left out.`;
        default:
          return `The link has more than 5 own regions; only g1–g5 were read.`;
      }
    },
  },
};
