/**
 * English, the region report and the own region's report, comparable municipalities (`peers`),
 * and the data coverage page.
 *
 * Typed from bokmål's part (nb/reports.ts), so a key missing or extra here is a type error.
 */
import type { ReportMessages } from '../nb/reports';

export const reportMessages: ReportMessages = {
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
};
