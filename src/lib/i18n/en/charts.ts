/**
 * English, a chart's own words (keyboard help, its description as text) and what leaves the
 * page with it: CSV files, PNG and SVG downloads, and the embed.
 *
 * Typed from bokmål's part (nb/charts.ts), so a key missing or extra here is a type error.
 */
import type { ChartMessages } from '../nb/charts';

export const chartMessages: ChartMessages = {
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
};
