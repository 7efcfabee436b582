/**
 * English, the commuting and labour-market page: flows in and out, the flow map, the yearly
 * figures and their sources.
 *
 * Typed from bokmål's part (nb/commuting.ts), so a key missing or extra here is a type error.
 */
import type { CommutingMessages } from '../nb/commuting';

export const commutingMessages: CommutingMessages = {
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
};
