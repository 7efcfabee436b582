/**
 * English, the analysis pages beside the comparison: the ranking (with own regions' places,
 * size classes and what a ranking link got wrong), the map, the composite index and shift-share.
 *
 * Typed from bokmål's part (nb/workbench.ts), so a key missing or extra here is a type error.
 */
import type { WorkbenchMessages } from '../nb/workbench';

export const workbenchMessages: WorkbenchMessages = {
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
  rankingNotices: {
    unknown: (what: 'indicator' | 'level' | 'fylke' | 'measure', value: string) =>
      `Unknown ${{ indicator: 'indicator', level: 'level', fylke: 'county', measure: 'measure' }[what]} «${value}» left out.`,
    badFrom: 'Invalid start year left out.',
    badTo: 'Invalid end year left out.',
    noPer1000: 'Per 1,000 inhabitants does not make sense for this indicator; showing the level.',
    unknownSize: (value: string) => `Unknown size class «${value}» was left out.`,
    sizeOnlyKommuner: 'Size classes apply to municipalities only; the filter was left out.',
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
};
