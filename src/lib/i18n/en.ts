/**
 * English messages: the same keys and the same function arguments as nb.ts (the `Messages` type
 * makes a missing key a compile error). Norwegian administrative terms keep an English gloss the
 * first time («kommune» is «municipality»); region names stay as SSB writes them.
 */
import type { Notice } from '../config';
import type { Messages } from './nb';

export const en: Messages = {
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
        return en.groups.refused(n);
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
  sqlConsole: {
    linesDescription: (value: string, year: string, series: string | null, n: number) =>
      `Lines: ${value} by ${year}${series !== null ? `, one line per ${series} (${n})` : ''}.`,
    barsDescription: (value: string, n: number, label: string, first: number | null) =>
      `Bars: ${value} for ${n} values of ${label}${first !== null ? ` (the first ${first} rows)` : ''}.`,
    title: 'SQL console',
    description:
      'Write your own queries against the tables Regionpuls has loaded in your browser, and see the answer as a table and a chart.',
    lead: 'For analysts: read the tables with SQL (DuckDB). The query runs only in this browser, and the console can only read – it changes nothing, and it reads no files or addresses.',
    starting: 'Starting the database engine in your browser …',
    notAvailable:
      'The SQL console needs the database engine in the browser, and this edition of Regionpuls uses a database server.',
    failed: (why: string) => `The database engine could not be started: ${why}`,
    tables: 'Tables',
    columns: (n: number) => `${n} columns`,
    query: 'Query',
    run: 'Run',
    runHint: 'Ctrl + Enter runs the query.',
    cancel: 'Cancel',
    running: 'Running …',
    cancelled: 'The query was cancelled.',
    refused: 'The query was not run:',
    error: 'DuckDB answered with an error:',
    rows: (n: number, more: boolean, ms: number) =>
      more
        ? `The first ${n} rows are shown (there are more; ${ms} ms).`
        : `${n} ${n === 1 ? 'row' : 'rows'} (${ms} ms).`,
    chart: 'Quick chart',
    noChart: 'No quick chart for this answer (it needs a column of numbers and one of years or text).',
    result: 'Answer',
    source:
      'The figures come from the tables in Regionpuls (SSB, harmonised to 2024 borders); the source is in the column «source» where the table has it.',
    example: `SELECT year, value
FROM observations
WHERE indicator = 'befolkning' AND region_code = '3103'
ORDER BY year`,
  },
  dataErrors: {
    damaged:
      'The data downloaded are not the data that were published, so no figures are shown. Reload the page; if that does not help, please tell the people who run the site.',
    notLoaded: 'The data could not be downloaded. Check the network connection and reload the page.',
  },
  engineFault: {
    message:
      'The database engine in the browser stopped (too little memory or an error). The view, the targets and your own figures are kept, and the charts are still shown, but what needs the engine does not work until it is started again.',
    restart: 'Restart the engine',
  },
  ownData: {
    notKept: 'The browser has no room to keep the figures until next time; they are shown now all the same.',
    title: 'Your own figures',
    lead: 'Add figures from a file of your own (CSV from Excel or Parquet) with the columns region (number or name), year and value, and optionally indicator – pick the file with the button or drop it here. The file is read only in this browser and sent nowhere; the figures are kept here until you remove them.',
    add: 'Add your own figures from a file …',
    replace: 'Switch to another file …',
    remove: (file: string) => `Remove ${file}`,
    refused: 'The file was not read, and nothing has changed:',
    heading: (indicator: string, file: string) => `Your own figures: ${indicator} (from ${file})`,
    source: (file: string) =>
      `Source: your own figures from ${file}, read in the browser. Not from SSB and not checked by Regionpuls beyond the format.`,
    noneForRegions: 'The file has no figures for the chosen regions.',
    carried: (changes: string[]) =>
      `Older municipality numbers are carried over to today's (2024): ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` and ${changes.length - 5} more` : ''}.`,
  },
  compositePage: {
    unknownIndicator: (indicator: string) => `Unknown indicator «${indicator}» in the index is left out.`,
    unknownMeasure: (measure: string, indicator: string) =>
      `Unknown measure «${measure}» for ${indicator} is left out.`,
    badWeight: (weight: string, indicator: string) =>
      `The weight «${weight}» for ${indicator} must be a whole number from 1 to 10; the component is left out.`,
    twice: (indicator: string) => `${indicator} is in twice; the second is left out.`,
    tooMany: (max: number) => `At most ${max} components; the last ones are left out.`,
    title: 'Composite index',
    description:
      'A composite index of several indicators, in the spirit of NHO’s regional business ranking: choose indicators and weights and see the combined ranking, with the formula.',
    lead: 'Each component gives points from 0 (weakest) to 100 (strongest) by rank among the regions compared; the index is the weighted mean of the points. Only regions with figures for every component in the period are included.',
    components: 'Components',
    indicator: 'Indicator',
    measure: 'Measure',
    weight: 'Weight',
    remove: (name: string) => `Remove ${name}`,
    add: 'Add component',
    formula: 'Formula',
    points: 'points',
    formulaPart: (weight: number, measure: string, indicator: string) =>
      `${weight} × points for ${measure} in ${indicator}`,
    score: 'Index',
    rank: 'Rank',
    region: 'Region',
    indexed: (n: number, total: number, what: string, from: number, to: number) =>
      `${n} of ${total} ${what} have figures for every component ${from}–${to} and are in the index.`,
    none: 'No region has figures for every component in the period. Choose other indicators or another period.',
    noComponents: 'Choose at least one component.',
    toRanking: 'Rank on one indicator',
    sources:
      'Sources: SSB (each indicator’s own sources, see Data coverage). The points and the index are calculated by Regionpuls.',
  },
  rankingPage: {
    dumbbellTitle: (from: number, to: number, some: boolean) =>
      `From ${from} to ${to}${some ? ': the top ten and the bottom five in the ranking' : ''}`,
    dumbbellNote:
      'White dot: the start year. Coloured dot: the end year (green: increase, red: decrease). The number is the change; for growth in per cent all start at 100.',
    title: 'Ranking',
    description:
      'Municipalities, regions and counties ranked on one indicator: level, change, growth and per 1,000 inhabitants, with the change in rank and how stable the rank is.',
    lead: 'Choose indicator, level and period. Only regions with figures for the whole period are ranked. The rank is compared with the previous period of the same length, and the span shows the best and worst rank over the last three periods of the same length (end year now, one and two years earlier).',
    level: 'Level',
    levels: {
      kommune: 'Municipalities',
      fylke: 'Counties',
      ba: 'Labour market regions',
      okonomisk: 'Economic regions',
      samarbeid: 'Regional councils',
    },
    levelOne: {
      kommune: 'municipalities',
      fylke: 'counties',
      ba: 'labour market regions',
      okonomisk: 'economic regions',
      samarbeid: 'regional councils',
    },
    fylke: 'County',
    wholeCountry: 'The whole country',
    from: 'From',
    to: 'To',
    measure: 'Ranked by',
    measures: {
      level: 'Level in the end year',
      change: 'Change',
      growth: 'Growth in per cent',
      per1000: 'Per 1,000 inhabitants',
    },
    columns: {
      rank: 'Rank',
      name: 'Region',
      change: 'Change',
      growth: 'Growth',
      per1000: 'Per 1,000 inh.',
      rankChange: 'Change in rank',
      spread: 'Rank span',
    },
    rankedOf: (ranked: number, total: number, what: string, from: number, to: number) =>
      `${ranked} of ${total} ${what} have figures for ${from}–${to} and are ranked.`,
    rankHead: (ranked: number) => `Rank of ${ranked}`,
    rankOf: (rank: number, ranked: number, what: string) => `no. ${rank} of ${ranked} ${what} with figures`,
    noPrevious: (from: number, to: number) =>
      `No region has figures for the previous period (${from}–${to}), so the change in rank cannot be shown.`,
    previous: (from: number, to: number, n: number) =>
      `The change in rank is measured against ${from}–${to} (${n} ranked then).`,
    spreadText: (best: number, worst: number, periods: number) =>
      periods < 2 ? `${best} (1 period)` : `${best}–${worst} (${periods} periods)`,
    up: (n: number) => `up ${n}`,
    down: (n: number) => `down ${n}`,
    same: 'unchanged',
    top: (name: string, value: string) => `Top: ${name} (${value}).`,
    compareTop: (n: number) => `Compare the top ${n}`,
    toMap: 'Show on the map',
    toRanking: 'Show as a ranking',
    downloadCsv: 'Download CSV',
    sortBy: (label: string) => `Sort by ${label}`,
    breakWarning: (year: number, note: string) =>
      `Break in the series from ${year}: ${note} Change and growth across the break are not directly comparable.`,
    none: 'No region has figures for this period.',
  },
  // Own regions beside the ranking and on the map.
  ownRanks: {
    title: 'Your own regions',
    note: (of: number, what: string) =>
      `Your own regions are summed from their municipalities (only years where every one has a figure) and are not in the ranking; the place is the one they would take among the ${of} ${what} ranked.`,
    region: 'Own region',
    members: 'Municipalities',
    wouldBe: 'Would be no.',
    rank: (rank: number, of: number) => `${rank} of ${of}`,
    noValue: 'a municipality has no figure',
    fromBrowser: (n: number) => `Show your own regions from this browser (${n})`,
    make: 'Make an own region on the map',
    making: 'Click municipalities on the map to add them to the new region.',
    name: 'Name of the region',
    save: 'Save own region',
    cancel: 'Cancel',
    draft: (n: number) => `New own region: ${n} municipalities`,
    remove: (name: string) => `Remove ${name} from the new region`,
    compositeNote: (of: number, what: string) =>
      `Your own regions are summed from their municipalities (only years where every one has a figure) and are not in the index; the points and the place are those they would get among the ${of} ${what} indexed.`,
    mapLegend: 'Dashed edge: the municipalities of your own regions.',
  },
  mapPage: {
    chartDescription: (indicator: string, label: string, ranked: number, shown: number, top: string | null) =>
      `Map: ${indicator}, ${label}, ${ranked} of ${shown} areas with figures.${top ? ` Highest: ${top}.` : ''}`,
    title: 'Map',
    description:
      'Map of municipalities and counties (2024 borders), coloured by the chosen indicator and measure. Click a municipality to add it to the comparison.',
    lead: 'The colour shows the chosen measure for the period. Hover, or use the keyboard in the table below the map, for the figures. Click a municipality to add it to the comparison.',
    clickHint: 'Click a municipality on the map, or use «Add» in the table, to add it to the comparison',
    onlyKommuneFylke:
      'The map shows municipalities and counties. Choose the level municipalities or counties to see the map; the figures are in the table below.',
    table: 'The figures in the map',
    noValue: 'no figures',
    comparison: (n: number) => `Chosen for comparison (${n})`,
    openComparison: 'Open the comparison',
    clear: 'Clear',
    add: (name: string) => `Add ${name} to the comparison`,
    mapSource:
      'Map data: Kartverket (CC BY 4.0), via robhop/fylker-og-kommuner, municipality and county borders 2024.',
  },
  peers: {
    theFylke: 'the county',
    title: 'Comparable municipalities',
    rule: (fylke: string, cls: number, lo: string, hi: string, year: number) =>
      `Rule: municipalities in the same centrality class (${cls}) with between ${lo} and ${hi} inhabitants on 1 January ${year} (half to twice as many), those in ${fylke} first. If there are fewer than five there, the nearest in population from the rest of the country fill up to nine in all.`,
    none: 'Found no comparable municipalities by the rule.',
    noClass: 'The municipality has no centrality class, so comparable municipalities cannot be chosen.',
    method:
      'Higher or lower means outside the median ± the scaled median absolute deviation (1.4826 × MAD) among the comparable municipalities, as in ONS Explore Local Statistics; otherwise «about the same as».',
    higher: 'higher than',
    similar: 'about the same as',
    lower: 'lower than',
    statement: (measure: string, word: string) => `${measure}: ${word} comparable municipalities`,
    growthLabel: (from: number, to: number) => `Growth ${from}–${to}`,
    per1000Label: (year: number) => `Per 1,000 inhabitants ${year}`,
    bandText: (median: string, low: string, high: string, n: number) =>
      `median ${median}, «about the same as» from ${low} to ${high}; ${n} municipalities with figures`,
    compare: 'Add the comparable municipalities to the comparison',
    centrality: (cls: number) => `Centrality class ${cls} (SSB 2018; 1 = most central, 6 = least central)`,
  },
  coveragePage: {
    cellTitle: (label: string, year: number, withValue: number, regions: number) =>
      `${label} ${year}: ${withValue} of ${regions} with figures`,
    cellNone: (label: string, year: number) => `${label} ${year}: no figures`,
    chartDescription: (indicator: string) =>
      `Data coverage for ${indicator}: share of regions with figures per level and year.`,
    title: 'Data coverage',
    description:
      'Which years and levels (municipalities, regions, counties, the whole country) Regionpuls has figures for, per indicator.',
    caption: (indicator: string) => `Years with figures for ${indicator}, per level`,
    level: 'Level',
    all: 'All have figures',
    some: 'Some have figures',
    none: 'No figures in the data set.',
    breaks: (years: string, note: string | null) =>
      `Break in the series from ${years}${note ? `: ${note}` : ''}`,
    sources: (list: string) => `Sources in order of priority: ${list}.`,
    lead: 'For each indicator: which years and levels have figures. Dark square: every region at the level has figures that year; light square: only some; white square with a border: none. Sums for regions and counties exist only for years in which all their municipalities have figures.',
  },
  targets: {
    title: 'Targets and progress',
    intro:
      'Growth targets for regions and municipalities, measured against actual figures: the path from the base year, the gap each year, the pace needed and where the trend points.',
    status: { ahead: 'Ahead of the path', on_track: 'On track', behind: 'Behind the path' },
    unmeasurable: 'Cannot be measured yet',
    rule: 'Rule: «On track» when the gap from the target path in the latest year with figures is within ±10 % of the increase the path asks for by that year; above that the target is «ahead», below it is «behind».',
    method:
      'The projection extends the average yearly change over the last (up to) six years with figures (least squares) from the latest actual figure; the grey band is an 80 % uncertainty interval. It is a trend, not a forecast.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) =>
      `${amount} ${unit} ${ahead ? 'ahead of' : 'behind'} the target path in ${year}`,
    onPath: (year: number) => `exactly on the target path in ${year}`,
    required: (pace: string, end: number) => `Pace needed: ${pace} a year until ${end}`,
    reached: (end: number) => `The target year ${end} has figures: see the gap above.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Achieved: ${since} a year since ${base}${last3 === null ? '' : `, ${last3} a year over the last 3 years`}`,
    trend: (value: string, end: number) => `The trend points to ${value} in ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} a year`,
      rate: (a: string) => `${a} % growth a year`,
      end: (a: string, end: number) => `${a} by ${end}`,
    },
    setBy: 'Set by',
    source: 'Source',
    illustration: 'Illustration',
    illustrationNote:
      'An example made for Regionpuls on figures we have – not adopted by any municipality or region.',
    yours: 'Your target',
    newTarget: 'New target',
    edit: 'Edit',
    remove: 'Delete',
    save: 'Save',
    cancel: 'Cancel',
    exportJson: 'Save my targets in a file',
    importJson: 'Load targets from a file …',
    sideBySide: 'Side by side',
    back: 'To the comparison',
    loading: 'Loading the target …',
    showMore: (n: number) => `Show more (${n} more)`,
  },
  targetDetail: {
    since: (year: number) => ` from ${year}`,
    span: (from: number, to: number) => ` from ${from} to ${to}`,
    whatIn: (what: string, region: string) => `«${what}» in ${region}`,
    reportedTag: 'Reported result – not a target',
    progress: 'Progress:',
    gapByYear: 'Gap from the target path year by year',
    year: 'Year',
    actual: 'Actual',
    path: 'Target path',
    gap: 'Gap',
  },
  targetEditor: {
    title: 'Title',
    region: 'Region (code)',
    regionPlaceholder: 'e.g. 3103, mosseregionen or 3103+3112',
    ownRegion: (name: string) => `${name} (your own region)`,
    kind: 'Kind of target',
    kinds: {
      per_year: 'Fixed increase a year',
      rate: 'Growth rate a year (%)',
      end: 'Increase by the target year',
      level: 'Level to reach in the target year',
      reported: 'Reported result (not a target)',
    },
    amount: {
      per_year: 'Increase a year',
      rate: 'Per cent a year',
      end: 'Increase from the base year',
      level: 'Level in the target year',
      reported: 'Reported change',
    },
    baseYear: 'Base year',
    endYear: 'Target year',
    source: 'Source (document)',
    sourceUrl: 'Link to the source',
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
  report: {
    unknownRegion: (code: string) => `Unknown region code «${code}»`,
    againstCountry: 'against the whole country',
    againstFylkeAndCountry: 'against the county and the whole country',
    withData: 'with figures',
    pageTitle: (name: string) => `${name} – region report – Regionpuls`,
    description: (name: string) =>
      `Regionpuls report for ${name}: population, jobs, new businesses and value creation, with targets and ranking.`,
    compare: (name: string) => `← Compare ${name} with others`,
    kicker: 'Regionpuls report',
    members: (n: number, names: string) => `Made up of ${n} municipalities: ${names}.`,
    partOf: (names: string) => `Part of: ${names}.`,
    boundary: (source: string) => `Boundary: ${source}`,
    targets: 'Targets',
    population: (n: string, year: number) => `${n} inhabitants on 1 January ${year}.`,
    indicators: 'Indicators',
    noData: (name: string) => `The data set has no figures for ${name}.`,
    level: (year: number) => `Level ${year}`,
    change: (from: number, to: number) => `Change ${from}–${to}`,
    rank: (from: number, to: number) => `Ranking, growth ${from}–${to}`,
    position: (rank: number, of: number) => `no. ${rank} of ${of}`,
    withoutData: (names: string) => `Not in the chart because figures are missing: ${names}.`,
    afterBreak: 'The chart and the change start after the break.',
    footer: (version: string) =>
      `Figures from SSB and Eurostat, harmonised to the municipal borders of 2024. Missing figures are shown as breaks in the lines, never as zero. Data set version ${version}.`,
  },
  ownReport: {
    title: 'Report for your own region',
    kicker: (slot: number) => `Your own region no. ${slot}`,
    missing: (code: string, param: string) =>
      `The link has no own region «${code}»: the parameter «${param}» (name:municipality number,municipality number) is missing.`,
    howTo:
      'An own region is made under «Your own regions» on the comparison page or on the map; the report link there carries the region.',
    remembered: 'Your own regions in this browser',
    noRank:
      'An own region is not among the regions ranked, so the report has no rank; the ranking page shows the place it would have.',
    peersWhy:
      'Comparable municipalities are picked for one municipality by a fixed rule: the same centrality class and a similar population, preferably in the same county. Your own region has no centrality class and is not one municipality, so it gets no comparable ones of its own; the report of each municipality in the region shows its comparable municipalities and how it stands against them.',
    memberPeers: (name: string) => `${name}: comparable municipalities`,
    reportOf: (name: string) => `Report for ${name}`,
  },
  commuting: {
    /** How a sentence names the area: «kommunen», «regionen», «fylket», «landet». */
    areaWords: {
      kommune: 'the municipality',
      region: 'the region',
      fylke: 'the county',
      land: 'the country',
    } as Record<string, string>,
    flowMapTitle: (year: number) => `Commuting flows on the map, ${year}`,
    flowMapNote: (top: number) =>
      `The ${top} largest flows each way: blue in (from where the commuters live), orange out (to where they work). The wider the line, the more persons; the arrow points to the workplace. Green: the area itself. The figures are also in the tables above.`,
    flowMapPlace: (name: string, inn: string | null, out: string | null) =>
      [name + ':', inn !== null ? `${inn} in` : null, out !== null ? `${out} out` : null]
        .filter(Boolean)
        .join(' '),
    flowMapLine: (home: string, work: string, persons: string) => `${home} → ${work}: ${persons} persons`,
    flowMapDescription: (name: string, year: number, lines: string) =>
      `Map of the largest commuting flows to and from ${name} in ${year}: ${lines}.`,
    flowMapText: 'The flows on the map as text',
    flowMapLand: 'The whole country has no commuting in or out in these statistics, so no map is drawn.',
    title: 'Commuting and the labour market',
    description:
      'Job ratio, in-commuters, out-commuters, the share who live and work in the municipality and the largest commuting flows for every municipality and region, 2017–2022 (SSB, table 03321).',
    lead: 'How many work in the municipality or region, how many employed people live there, and where do they commute to and from? The figures are for employed people aged 15–74 in the 4th quarter, by place of work and place of residence, converted to 2024 municipalities.',
    pick: 'Municipality or region',
    search: 'Or search',
    matches: 'Matches',
    groups: {
      egen: 'Your own regions',
      land: 'The whole country',
      fylke: 'Counties',
      samarbeid: 'Regional councils',
      ba: 'Labour market regions',
      okonomisk: 'Economic regions',
      kommune: 'Municipalities',
    },
    loading: 'Fetching commuting figures …',
    showingInstead: (fallback: string) => `Showing ${fallback}.`,
    unknownArea: (code: string, fallback: string) =>
      `Found no municipality or region with the code «${code}» in the link. Showing ${fallback}.`,
    noFigures: (name: string) => `${name} has no commuting figures.`,
    keyFigures: (year: number) => `Key figures ${year}`,
    measures: {
      jobs: (area: string) => `Jobs (employed people working in ${area})`,
      residents: (area: string) => `Employed people living in ${area}`,
      job_ratio: () => 'Job ratio',
      inside: (area: string) => `Live and work in ${area}`,
      in_commuters: () => 'In-commuters',
      out_commuters: () => 'Out-commuters',
      residents_inside: (area: string) => `Share who live and work in ${area}`,
      jobs_inside: () => 'Share of the jobs held by people who live there',
    },
    jobRatioMeans: (ratio: string, area: string) => `${ratio} jobs per 100 employed people living in ${area}`,
    insideMeans: (share: string, area: string) =>
      `${share} % of the employed people living in ${area} work there`,
    inMeans: (share: string) => `${share} % of the jobs`,
    outMeans: (share: string) => `${share} % of the employed people living there`,
    change: (from: number, to: number) => `Change ${from}–${to}`,
    changePoints: (points: string) => `${points} percentage points`,
    tableCaption: (name: string, from: number, to: number) => `Commuting and jobs in ${name} ${from}–${to}`,
    measure: 'Figure',
    trendTitle: (from: number, to: number) =>
      `In-commuters, out-commuters and those who live and work in the area ${from}–${to}`,
    trendDescription: (name: string, from: number, to: number) =>
      `In-commuters, out-commuters and employed people who live and work in ${name}, ${from}–${to}.`,
    sharesTitle: 'How self-contained is the labour market?',
    sharesDescription: (name: string) =>
      `Share of the employed residents of ${name} who work there, and share of the jobs held by people who live there, against the 75 % threshold.`,
    marketTitle: 'One labour market?',
    rule: 'The rule: an area counts as a self-contained labour market when at least 75 % of the employed people who live there also work there, and at least 75 % of the jobs are held by people who live there. It is the main rule the British ONS uses for its travel-to-work areas.',
    contained: (name: string, year: number, area: string, residents: string, jobs: string) =>
      `Yes. ${name} was one labour market by the rule in ${year}: ${residents} % of the employed people living in ${area} worked there, and ${jobs} % of the jobs were held by people who live there.`,
    notContained: (
      name: string,
      year: number,
      area: string,
      residents: string,
      jobs: string,
      short: string,
    ) =>
      `No. ${name} was not a self-contained labour market by the rule in ${year}: ${residents} % of the employed people living in ${area} worked there, and ${jobs} % of the jobs were held by people who live there. ${short} below 75 %.`,
    shortResidents: 'The share of residents who work there is',
    shortJobs: 'The share of jobs held by residents is',
    shortBoth: 'Both shares are',
    yearsContained: (n: number, of: number, from: number, to: number) =>
      `The rule was met in ${n} of ${of} years with figures in ${from}–${to}.`,
    flowsTitle: (year: number) => `The largest commuting flows ${year}`,
    inTitle: (area: string) => `In-commuters: where those who work in ${area} live`,
    outTitle: (area: string) => `Out-commuters: where those who live in ${area} work`,
    inDescription: (name: string, year: number) =>
      `The largest groups of in-commuters to ${name} in ${year}, by municipality of residence.`,
    outDescription: (name: string, year: number) =>
      `The largest groups of out-commuters from ${name} in ${year}, by municipality of work.`,
    tickNote: (from: number) => `Black line: the same flow in ${from}.`,
    flowTableIn: (name: string, year: number) =>
      `In-commuters to ${name} ${year}, by municipality of residence`,
    flowTableOut: (name: string, year: number) =>
      `Out-commuters from ${name} ${year}, by municipality of work`,
    rank: 'No.',
    homeKommune: 'Lives in',
    workKommune: 'Works in',
    persons: (year: number) => `Persons ${year}`,
    shareOfIn: 'Share of the in-commuters',
    shareOfOut: 'Share of the out-commuters',
    personsFrom: (year: number) => `Persons ${year}`,
    changeShort: 'Change',
    estimatedMark: 'estimated',
    noFlows: 'No commuting to or from other municipalities (the figures cover commuting within Norway only).',
    missingYears: (years: string) =>
      `No figures for ${years}: at least one municipality in the area is missing from SSB's commuting figures that year (in 2019 that is Rindal, which moved to Trøndelag). A sum without it would be too low, so the year is left empty.`,
    estimated: (share: string) =>
      `Up to ${share} % of the persons in the flows rest on estimates: a municipality that was later split is shared out by population.`,
    jobsMatch: 'The jobs are the same as in the indicator «Employed by place of work» (SSB, table 11618).',
    jobsDiffer: (years: string) =>
      `The jobs differ slightly from the indicator «Employed by place of work» (SSB, table 11618) in ${years}: the two tables were fetched at different times.`,
    residentsDiffer: (year: number, official: string, diff: string) =>
      `SSB, table 11618 counts ${official} employed residents in ${year}, ${diff} more than here: the commuting figures leave out those working on the continental shelf, on Svalbard or with an unknown place of work.`,
    landNote:
      'For the whole country all commuting is domestic: the figures leave out commuting to or from abroad.',
    reportLink: (name: string) => `Commuting and labour market for ${name} →`,
    csvYears: 'Download the figures by year (CSV)',
    csvFlows: 'Download the commuting flows (CSV)',
    chart: {
      inFrom: 'In-commuters from',
      outTo: 'Out-commuters to',
      persons: 'Persons',
      percent: 'Per cent',
      missing: 'missing',
      personsAt: (year: number, persons: string, share: string) => `${year}: ${persons} persons (${share} %)`,
      personsThen: (year: number, persons: string) => `${year}: ${persons} persons`,
      estimated: 'Estimated (the municipality was later split)',
      inside: (area: string) => `Live and work in ${area}`,
      inCommuters: 'In-commuters',
      outCommuters: 'Out-commuters',
      residentsShare: 'Share of the employed residents who work here',
      jobsShare: 'Share of the jobs held by residents',
      anyArea: 'the area',
    },
    source:
      'Source: SSB, table 03321 Employed persons (aged 15–74) in the 4th quarter. Commuting flows, by municipality of work and municipality of residence, and table 11618, via SSB’s own commuting project (statisticsnorway/pendling). Converted to 2024 municipalities by Regionpuls.',
  },
  units: { personer: 'persons', foretak: 'enterprises', 'mill. kr': 'NOK million' },
  chartKeys: {
    help: 'The arrow keys step through the points of the chart: left and right along a line, up and down between the lines. Home and End go to the first and last year.',
    pairs:
      'The arrow keys step through the chart: up and down between the rows, left and right between start and end.',
    list: 'The arrow keys step from one item of the chart to the next, and Home and End to the first and the last.',
  },
  chartText: {
    per1000: 'per 1,000 inhabitants',
    index: 'Index',
    breakLabel: 'Break in the series',
    estimated: 'estimated',
    noData: (name: string) => `${name}: no data.`,
    single: (indicator: string, name: string, value: string, year: number) =>
      `${indicator} in ${name} was ${value} in ${year}.`,
    moved: (
      indicator: string,
      name: string,
      dir: 'up' | 'down' | 'same',
      from: string,
      fromYear: number,
      to: string,
      toYear: number,
    ) =>
      dir === 'same'
        ? `${indicator} in ${name} was unchanged from ${from} in ${fromYear} to ${to} in ${toYear}`
        : `${indicator} in ${name} ${dir === 'up' ? 'rose' : 'fell'} from ${from} in ${fromYear} to ${to} in ${toYear}`,
    indexedLead: (base: number) => `Indexed growth, ${base} = 100. `,
    changeLead: (indicator: string, from: number, to: number) =>
      `${indicator}, change from ${from} to ${to}.`,
    largest: (name: string, change: string) => ` Largest change: ${name} (${change}).`,
    missingFor: (names: string) => ` No figures for ${names}.`,
  },
  csv: {
    moreRegions: (n: number) => `and-${n}-more`,
    header: ['region_code', 'region', 'year', 'value', 'status', 'source'],
    source: (source: string, table: string, built: string) =>
      `Source: ${source}, table ${table}. Data set built ${built}.`,
    view: (mode: string, version: string | undefined, url: string) =>
      `View: ${mode}.${version ? ` Data version ${version}.` : ''} Fetched from ${url}`,
    footnote: (text: string) => `Footnote from SSB: ${text}`,
    fetched: (version: string | undefined, url: string) =>
      `${version ? `Data version ${version}. ` : ''}Fetched from ${url}`,
    ranked: (ranked: number, total: number) => `Ranked: ${ranked} of ${total} with figures.`,
    shiftShareHeader: (from: number, to: number) => [
      'sector',
      `employed_${from}`,
      `employed_${to}`,
      'actual_change',
      'national_effect',
      'industry_mix_effect',
      'local_effect',
    ],
    rankingHeader: (from: number, to: number) => [
      'rank',
      'region_code',
      'region',
      `value_${from}`,
      `value_${to}`,
      'change',
      'growth_percent',
      'per_1000_inhabitants',
      'rank_previous_period',
      'best_rank',
      'worst_rank',
      'periods',
    ],
    commutingYearsHeader: [
      'region_code',
      'year',
      'jobs',
      'employed_residents',
      'job_ratio',
      'live_and_work_here',
      'in_commuters',
      'out_commuters',
      'share_of_residents_working_here',
      'share_of_jobs_held_by_residents',
      'share_estimated',
      'jobs_ssb_11618',
      'employed_residents_ssb_11618',
    ],
    commutingFlowsHeader: (year: number | null, fromYear: number | null) => [
      'direction',
      'no',
      'kommune_code',
      'kommune',
      `persons_${year}`,
      'share',
      `persons_${fromYear}`,
      'estimated',
    ],
    directions: { in: 'in', out: 'out' },
    yes: 'yes',
    no: 'no',
  },
  embed: {
    downloads: 'Download',
    png: 'PNG',
    svg: 'SVG',
    csv: 'CSV',
    pngTitle: 'Image (PNG, double resolution) with title and source',
    svgTitle: 'Vector graphics (SVG) with title and source',
    csvTitle:
      'The figures in the chart (CSV with commas and decimal points, unrounded) with source and table id',
    csvSpreadsheet: 'Excel',
    csvSpreadsheetTitle:
      'The figures in the chart for spreadsheets set to Norwegian (CSV with semicolons and decimal commas, rounded as on the page)',
    downloadFailed: (what: string, why: string) => `Could not make ${what}: ${why}`,
    chartMissing: 'Could not find the chart on the page.',
    embed: 'Embed',
    embedTitle: 'Embed the chart',
    embedIntro: 'Paste the code into a web page. The chart fits the width, and the height adjusts by itself.',
    close: 'Close',
    dataChoice: 'Data',
    live: 'Live – follows new figures when the data set is updated',
    archived: (version: string, built: string) =>
      `Archived – pinned to data version ${version} (built ${built})`,
    theme: 'Colour theme',
    themes: { auto: 'Follow the host page (light/dark)', light: 'Light', dark: 'Dark' },
    codeKind: 'Code',
    iframe: 'Iframe with height adjustment',
    component: 'Web component (<regionpuls-chart>)',
    iframeHelp:
      'An iframe and a small script that adjusts the height. Without the script the chart has a fixed height.',
    componentHelp:
      'An HTML element of its own; without JavaScript the iframe inside it is shown. Works with a strict Content-Security-Policy when the script and the iframe are allowed from Regionpuls.',
    copy: 'Copy the code',
    copied: 'Copied',
    copyFailed: 'Could not copy – select the text and copy it yourself.',
    preview: 'Open the embed on its own',
    altText: 'Alternative text (included in the code)',
    permalink: 'Link to this view',
    openFull: 'See the full view in Regionpuls',
    archivedNote: (version: string) =>
      `Archived edition, pinned to data version ${version}: the figures do not change when the data set is updated.`,
    versionMissing: (version: string) =>
      `This chart is pinned to data version ${version}, but that version is no longer on this server. We do not show newer figures instead, because they may differ from the figures that were published.`,
    versionInvalid: (version: string) =>
      `«${version}» is not a valid data version, so the chart cannot be shown.`,
    versionMismatch: (wanted: string, found: string) =>
      `Data version ${wanted} was asked for, but the server delivered ${found}. The chart is not shown.`,
    loadFailed: 'Could not load the figures',
    frameTitle: (title: string) => `${title} – Regionpuls`,
    pngFallback: 'Regionpuls chart',
  },
  readErrors: {
    openQuote: 'a quotation mark («"») is opened but never closed',
    isNumber: (raw: string, code: string, label: string, name: string) =>
      `«${raw}»: the number ${code} is ${name}, not «${label}»`,
    wasNumber: (code: string, label: string, name: string) =>
      `«${code} ${label}»: the number ${code} was ${name}, not «${label}»`,
    split: (was: string, names: string) =>
      `${was} was split between ${names}; your own figures cannot be shared out over today's municipalities, so use today's number`,
    partOf: (was: string, name: string) =>
      `${was} is only part of today's ${name}; give the figure for all of ${name} with today's number`,
    ambiguous: (s: string, named: string) => `«${s}» may be several regions (${named}); use the number`,
    noLonger: (s: string) => `«${s}» is no longer a municipality`,
    oldNames: (s: string, codes: string) =>
      `«${s}» was the name of several former municipalities (${codes}); use the number`,
    unknown: (s: string) =>
      `«${s}» is no municipality, region or county Regionpuls knows (use the 2024 number or the name)`,
    columns: { region: 'region (code or name)', year: 'year', value: 'value' },
    missingColumns: (file: string, missing: string, found: string) =>
      `${file}: line 1 lacks the column ${missing}; found ${found}`,
    noRows: (file: string) => `${file}: the file has no rows of figures under the headings`,
    tooManyRows: (file: string, n: number, max: number) =>
      `${file}: ${n} rows are more than the ${max} Regionpuls can take`,
    cellCount: (line: number, n: number, header: number) =>
      `line ${line} has ${n} columns, the heading has ${header}`,
    notYear: (line: number, column: string, text: string) =>
      `line ${line}, column «${column}»: «${text}» is not a year (four digits, 1900–2100)`,
    notNumber: (line: number, column: string, text: string, decimalComma: boolean) =>
      `line ${line}, column «${column}»: «${text}» is not a number${decimalComma ? '' : ' (with commas between columns, decimals must be written with a point)'}`,
    noIndicator: (line: number, column: string) =>
      `line ${line}, column «${column}»: the indicator has no name`,
    duplicate: (line: number, what: string, indicator: string, earlier: number) =>
      `line ${line}: ${what} for «${indicator}» is also on line ${earlier}`,
    tooManyIndicators: (n: number, max: number) =>
      `${n} indicators are more than the ${max} Regionpuls can show from one file`,
    more: (file: string, n: number) => `${file}: and ${n} more errors`,
    empty: (file: string) => `${file}: the file is empty`,
    tooBig: (file: string, mb: string, max: number) =>
      `${file}: the file is ${mb} MB, more than the ${max} MB Regionpuls can take`,
    badParquet: (file: string) =>
      `${file}: the file looks like Parquet but cannot be read (damaged or incomplete)`,
    notCsv: (file: string) => `${file}: the file is neither text (CSV) nor Parquet`,
    tooFewColumns: (file: string) =>
      `${file}: line 1 must have at least three columns (region, year, value) separated by semicolons, commas or tabs`,
  },
  rankingNotices: {
    unknown: (what: 'indicator' | 'level' | 'fylke' | 'measure', value: string) =>
      `Unknown ${{ indicator: 'indicator', level: 'level', fylke: 'county', measure: 'measure' }[what]} «${value}» left out.`,
    badFrom: 'Invalid start year left out.',
    badTo: 'Invalid end year left out.',
    noPer1000: 'Per 1,000 inhabitants does not make sense for this indicator; showing the level.',
    unknownSize: (value: string) => `Unknown size class «${value}» was left out.`,
    sizeOnlyKommuner: 'Size classes apply to municipalities only; the filter was left out.',
  },
  aboutData: 'About the data',
  reportLinks: 'Region reports:',
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
  sizeClass: {
    label: 'Municipality size',
    all: 'All sizes',
    classes: {
      'under-5000': 'Under 5,000 inhabitants',
      '5000-19999': '5,000–19,999 inhabitants',
      '20000-49999': '20,000–49,999 inhabitants',
      '50000-plus': '50,000 inhabitants or more',
    } as Record<string, string>,
    what: (cls: string, year: number) => `municipalities with ${cls.toLowerCase()} (1 Jan ${year})`,
    note: (year: number) =>
      `The size class follows the population on 1 January ${year}, the last year of the period (SSB, table 07459).`,
  },
  shiftShare: {
    title: 'Shift-share analysis',
    description:
      'Shift-share analysis of employment in the municipalities of Vestfold and Telemark: national effect, industry mix and local effect.',
    method:
      'The change in the number of employed persons (by place of work) is split in three: the national effect is the growth the municipality would have had if every sector grew like the whole country, and the industry-mix effect is what the sector composition adds or takes away when each sector grows like the same sector nationally. The local effect is the rest – how much more or less the municipality grew than the same sectors nationally, summed over the five sectors.',
    benchmark:
      'Benchmark: the whole country, with the same five sectors (SSB, table 13472). The data set has sector figures only for the municipalities of Vestfold and Telemark (2010–2021).',
    region: 'Municipality or county',
    fylker: 'Fylker',
    from: 'From',
    to: 'To',
    effects: {
      national: 'National effect',
      mix: 'Industry mix',
      local: 'Local effect',
      actual: 'Actual change',
    },
    expected: 'Expected change (national + industry mix)',
    persons: 'Persons',
    sector: 'Sector',
    total: 'All sectors',
    summary: (name: string, from: number, to: number, start: string, end: string, actual: string) =>
      `${name}: ${start} employed in ${from} and ${end} in ${to}, a change of ${actual}.`,
    description2: (name: string, national: string, mix: string, local: string, actual: string) =>
      `Shift-share for ${name}: national effect ${national}, industry mix ${mix}, local effect ${local}; actual change ${actual} employed.`,
    outside: (name: string) =>
      `The shift-share analysis cannot be computed for ${name}: the sector figures (SSB, table 13472) in the data set cover only the municipalities of Vestfold and Telemark and the two fylker. Pick one of them.`,
    unknown: (code: string) => `Unknown region «${code}»; showing the default.`,
    badYears: 'Invalid period; showing the default period.',
    missing: (sectors: string) =>
      `Shift-share cannot be computed for this period: figures are missing (suppressed or not published) for ${sectors}. Missing figures are never counted as zero.`,
    breakWarning:
      'The period crosses the 2015 break in the statistics (SSB moved to the a-ordning register). The break affects both the municipality and the country, but read the effects with care.',
    source:
      'Source: SSB, table 13472 Employed persons in the 4th quarter, by place of work and sector (15–74 years), via Telemark county council (evensrii/Telemark). Municipality numbers converted to 2024 by Regionpuls.',
    csv: 'Download the table (CSV)',
    tableCaption: (name: string, from: number, to: number) =>
      `Shift-share for ${name} ${from}–${to}, by sector`,
  },
  sqlGuard: {
    tooLong: (n: number, max: number) =>
      `The query is ${n} characters long; the console takes at most ${max}.`,
    unreadable: (why: string) => `The query cannot be read: ${why}.`,
    empty: 'Write a query first, for example SELECT * FROM regions.',
    oneAtATime: 'One query at a time: remove the semicolons between statements.',
    readOnlyStart: (word: string) =>
      `The console can only read the tables: a query must start with SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE or SHOW, not «${word}».`,
    noWrites: (word: string) =>
      `The console can only read the tables, not change anything: «${word}» is not allowed.`,
    noFunction: (name: string) =>
      `The function ${name}() is not allowed: the console reads only the loaded tables, not files, addresses or settings.`,
    noFiles: (file: string, keyword: string) =>
      `The console does not read files: «${file}» after ${keyword} is a file name. Use one of the tables in the list.`,
    unclosedComment: 'a comment starting with /* never ends with */',
    unclosedString: 'a text in single quotes never ends',
    unclosedName: 'a name in double quotes never ends',
    dollar: 'text in dollar quotes ($$ … $$) is not allowed here',
  },
  targetFile: {
    linkUnpacksTooLarge: 'the link unpacks to more than 1 MB',
    linkTooLongToRead: 'the link is too long',
    groupKinds: {
      per_year: 'fixed increase per year',
      rate: 'growth rate per year',
      end: 'increase by a target year',
      level: 'level by a target year',
      reported: 'reported results',
    },
    problemGroup: 'Targets that cannot be measured',
    storageUnreadable: 'Targets kept in this browser could not be read and were not used.',
    theTarget: 'the target',
    targetNo: (n: number) => `target ${n}`,
    ownRegionNo: (n: number) => `own region ${n}`,
    missing: (where: string, key: string) => `${where}: the field «${key}» is missing`,
    notText: (where: string, key: string) => `${where}: «${key}» must be text`,
    tooLong: (where: string, key: string, max: number) =>
      `${where}: «${key}» is longer than ${max} characters`,
    badYear: (where: string, key: string, min: number, max: number, got: string) =>
      `${where}: «${key}» must be a year between ${min} and ${max}, got ${got}`,
    badRegion: (where: string, region: string) => `${where}: invalid region code «${region}»`,
    regionTwice: (where: string, region: string) =>
      `${where}: the region code «${region}» names the same region twice`,
    notObject: (where: string) => `${where}: must be an object`,
    badId: (where: string, id: string) =>
      `${where}: «id» must be lower-case letters, digits and hyphens, got «${id}»`,
    badIndicator: (where: string, indicator: string) => `${where}: invalid indicator «${indicator}»`,
    badKind: (where: string, kinds: string, got: string) =>
      `${where}: «kind» must be one of ${kinds}, got ${got}`,
    amountNotNumber: (where: string) => `${where}: «amount» must be a number`,
    rateShare: (where: string, amount: number) =>
      `${where}: «amount» for a growth rate is a share (0.01 = 1%), got ${amount}`,
    endBeforeBase: (where: string, end: number, base: number) =>
      `${where}: «end_year» (${end}) must come after «base_year» (${base})`,
    badUrl: (where: string) => `${where}: «source_url» must start with http:// or https://`,
    badIllustration: (where: string) => `${where}: «illustration» must be true or false`,
    notObjectFile: 'The file is not a JSON object.',
    notTargetFile: (version: number) =>
      `The file is not a Regionpuls targets file (expected «regionpuls_targets»: ${version}).`,
    noTargets: 'The file has no «targets» list.',
    sameId: (id: string) => `Two targets have the same id «${id}».`,
    ownRegionsNotList: '«own_regions» must be a list.',
    ownRegionPointer: (region: string) => `«${region}» points to an own region that is not in the file`,
    ownRegionTooBig: (max: number) => `an own region has at most ${max} municipalities`,
    ownRegionNotKommuner: (region: string) =>
      `an own region consists of municipality numbers, got «${region}»`,
    ownRegionKommuneTwice: (region: string) =>
      `the region code «${region}» names the same municipality twice`,
    ownRegionName: (where: string, max: number) =>
      `${where}: «own_region» must be a name of 1–${max} characters`,
    targetOwnRegionsFull: (max: number) =>
      `Targets can be set on at most ${max} different own regions, so they all fit in one file. Use one you already have targets on.`,
    tooManyOwnRegions: (max: number) => `The file has more than ${max} own regions.`,
    ownRegionShape: (where: string) =>
      `${where}: must have «name» (text) and «members» (a list of municipality numbers)`,
    nameLength: (max: number) => `the name must have 1–${max} characters`,
    tooManyMembers: (max: number) => `at most ${max} municipalities`,
    noMembers: 'no municipalities',
    notKommuner: (values: string) => `${values} are not municipality numbers`,
    problem: (where: string, why: string) => `${where}: ${why}`,
    linkBadChars: 'the link has characters that do not belong there',
    linkUnreadable: 'it cannot be read',
    linkNotRead: (why: string) =>
      `The targets in the link were not read: ${why}. The targets you had are unchanged.`,
    notJson: 'the file is not valid JSON',
    notImported: (file: string, why: string) => `«${file}» was not imported: ${why} No target was changed.`,
    shippedId: (id: string) => `Id «${id}» is used by a shipped target; choose another.`,
    importShippedId: (file: string, id: string) =>
      `«${file}» was not imported: id «${id}» is used by a shipped target. No target was changed.`,
    linkDetached: (linked: number, stored: number, max: number) =>
      `The link's ${linked} targets are shown but not kept in this browser: together with the ${stored} you have kept, they would be more than ${max}. Your kept targets are unchanged.`,
    imported: (n: number, regions: number, file: string) =>
      `Imported ${n} target${n === 1 ? '' : 's'}${regions === 1 ? ' and 1 own region' : regions ? ` and ${regions} own regions` : ''} from «${file}».`,
    tooMany: (n: number) =>
      `You have ${n} targets of your own, the most Regionpuls can hold. Delete a target before you add a new one.`,
    importTooMany: (file: string, incoming: number, have: number, max: number) =>
      `«${file}» was not imported: it has ${incoming} targets, and with the ${have} you already have that is more than ${max}, the most Regionpuls can hold. No target was changed.`,
    fileTooLarge: (file: string, mb: string) =>
      `«${file}» was not imported: the file is ${mb} MB, and a targets file can be at most 1 MB. No target was changed.`,
    linkTooMany: (n: number, max: number) =>
      `The link has ${n} targets, more than the ${max} Regionpuls can hold, and was not read. Ask for the targets as a file and import it. The targets you had are unchanged.`,
    linkTooLong:
      'Your targets are too many to fit in a link, so the link in the address bar leaves them out. Share them as a file with «Save my targets in a file» – they are still kept in this browser.',
    what: (indicator: string, region: string) => `«${indicator}» in ${region}`,
  },
  targetWords: {
    and: 'and',
    more: (shown: string, n: string) => `${shown} and ${n} more`,
    progress: {
      met: 'Target reached',
      on_track: 'On track',
      speed_up: 'Progress, but must speed up',
      limited: 'Limited progress',
      wrong_direction: 'Wrong direction',
      cannot_assess: 'Cannot be assessed',
    } as Record<string, string>,
    method:
      'Progress is assessed with the ratio method Eurostat uses in its SDG monitoring and Statistics Canada documents for Open SDG: R is the annual growth rate achieved from the base year to the latest year with figures, divided by the growth rate needed from the base year to reach the target in the target year – on track when R is at least 95 %, progress but must speed up at 60–95 %, limited progress at 0–60 % and wrong direction below 0; with fewer than two years of figures it cannot be assessed.',
    reportedNote:
      'A reported result is not a target and gets no status: this shows what the statistics say about the same years.',
    caveatReported:
      'The statistics show the net change for the whole region, whatever the cause; they can neither confirm nor refute how much of the change is due to the measure.',
    baseFallback: (base: number, start: number) =>
      `The base year ${base} is missing from the statistics; the path starts from ${start}, the first year with figures.`,
    noData: (what: string) =>
      `Regionpuls has no figures yet for ${what}, so the target cannot be measured. What is missing are figures from the base year on.`,
    noDataFromBase: (what: string, has: string, base: number, end: number) =>
      `Regionpuls has figures for ${what} only for ${has}, not for any year from the base year ${base} to the target year ${end}, so the target cannot be measured yet.`,
    oneYearOnly: (what: string, year: number, end: number) =>
      `Regionpuls has figures for ${what} only for ${year} up to the target year ${end}; at least two years of figures are needed to measure progress.`,
    reportedNoData: (what: string, period: string, has: string | null) =>
      `Regionpuls has no figures for ${what} for ${period}${has ? ` (only for ${has})` : ''}, so the reported result cannot be checked against the statistics.`,
    reportedOneYear: (what: string, year: number, period: string) =>
      `Regionpuls has figures for ${what} only for ${year} in the period ${period}, so the change cannot be computed.`,
    unknownIndicator: (id: string) =>
      `The indicator «${id}» does not exist in Regionpuls, so the target cannot be measured. Pick an indicator from the list when you edit the target.`,
    unknownRegion: (codes: readonly string[]) =>
      `${codes.length === 1 ? 'The region code' : 'The region codes'} ${codes.map((c) => `«${c}»`).join(', ')} ${codes.length === 1 ? 'does' : 'do'} not exist in Regionpuls, so the target cannot be measured. Municipalities and counties have their 2024 numbers (for example 3103 for Moss).`,
    unknownTarget: (id: string) =>
      `The target «${id.slice(0, 80)}» does not exist here. It may have been deleted, or the link may be mistyped or made in another browser without the targets. All existing targets are listed below.`,
    seriesFailed: 'The figures for this target could not be fetched. Reload the page to try again.',
    notSummable: (unit: string) =>
      `The target is for a sum of regions, but figures measured in «${unit}» cannot be added up.`,
    badRegions: (n: number, list: string) =>
      `the region code${n > 1 ? 's' : ''} ${list} ${n > 1 ? 'do' : 'does'} not exist in Regionpuls`,
    badIndicators: (n: number, list: string) =>
      `the indicator${n > 1 ? 's' : ''} ${list} ${n > 1 ? 'do' : 'does'} not exist in Regionpuls`,
    problems: (n: number, count: string, why: string[]) =>
      `${n === 1 ? 'One target' : `${count} targets`} cannot be measured${why.length ? `: ${why.join(', and ')}` : ''}. ${n === 1 ? 'It is' : 'They are'} shown under «Targets that cannot be measured» with an explanation.`,
    level: (value: string, year: number) => `${value} in ${year}`,
    reported: (change: string, from: number, to: number) => `reported ${change} for ${from}–${to}`,
    needed: (perYear: string, from: number, to: number, target: string, unit: string) =>
      `Pace needed from now: ${perYear} a year from ${from} to ${to} to reach ${target} ${unit}.`,
    alreadyMet: (latest: string, unit: string, year: number, above: boolean, target: string, to: number) =>
      `The target is already reached: ${latest} ${unit} in ${year} is ${above ? 'above' : 'below'} the target value ${target} for ${to}.`,
    missed: (to: number, latest: string, unit: string, year: number, target: string) =>
      `The target year ${to} has passed without the target being reached: ${latest} ${unit} in ${year} against the target ${target}.`,
    ratio: (
      label: string,
      r: string,
      observed: string,
      from: number,
      at: number,
      required: string,
      end: number,
    ) =>
      `${label} (${r}growth ${observed} a year ${from}–${at}, against ${required} a year needed ${from}–${end})`,
    reportedClaim: (change: string, from: number, to: number) => `Reported: ${change} for ${from}–${to}.`,
    statistics: (
      what: string,
      change: string,
      unit: string,
      from: number,
      to: number,
      a: string,
      b: string,
    ) => `The statistics: ${what} changed by ${change} ${unit} from ${from} to ${to} (from ${a} to ${b}).`,
    unchecked: (years: string, from: number, to: number) =>
      `The statistics have no figures for ${years}, so the change from ${from} to ${to} cannot be checked.`,
    reportedStatus: 'Reported result',
  },
};
