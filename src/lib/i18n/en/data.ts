/**
 * English, reading data: the reader's own file (`ownData`, `readErrors`), the SQL console and
 * its guard, and what a reader sees when the published data or the database engine fails.
 *
 * Typed from bokmål's part (nb/data.ts), so a key missing or extra here is a type error.
 */
import type { DataMessages } from '../nb/data';

export const dataMessages: DataMessages = {
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
};
