/**
 * Bokmål, reading data: the reader's own file (`ownData`, `readErrors`), the SQL console and
 * its guard, and what a reader sees when the published data or the database engine fails.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/data.ts and en/data.ts are typed from
 * `DataMessages`, so a key missing or extra there is a type error in that file.
 */
export const dataMessages = {
  sqlConsole: {
    linesDescription: (value: string, year: string, series: string | null, n: number) =>
      `Linjer: ${value} per ${year}${series !== null ? `, én linje per ${series} (${n})` : ''}.`,
    barsDescription: (value: string, n: number, label: string, first: number | null) =>
      `Stolper: ${value} for ${n} verdier av ${label}${first !== null ? ` (de første ${first} radene)` : ''}.`,
    title: 'SQL-konsoll',
    description:
      'Skriv egne spørringer mot tabellene Regionpuls har lastet inn i nettleseren, og se svaret som tabell og graf.',
    lead: 'For analytikere: les tabellene med SQL (DuckDB). Spørringen kjøres bare i denne nettleseren, og konsollen kan bare lese – den endrer ingenting, og den leser ikke filer eller adresser.',
    starting: 'Starter databasemotoren i nettleseren …',
    notAvailable:
      'SQL-konsollen trenger databasemotoren i nettleseren, og denne utgaven av Regionpuls bruker en databasetjener.',
    failed: (why: string) => `Databasemotoren kunne ikke startes: ${why}`,
    tables: 'Tabeller',
    columns: (n: number) => `${n} kolonner`,
    query: 'Spørring',
    run: 'Kjør',
    runHint: 'Ctrl + Enter kjører spørringen.',
    cancel: 'Avbryt',
    running: 'Kjører …',
    cancelled: 'Spørringen ble avbrutt.',
    refused: 'Spørringen ble ikke kjørt:',
    error: 'DuckDB svarte med en feil:',
    rows: (n: number, more: boolean, ms: number) =>
      more
        ? `De første ${n} radene vises (det finnes flere; ${ms} ms).`
        : `${n} ${n === 1 ? 'rad' : 'rader'} (${ms} ms).`,
    chart: 'Rask graf',
    noChart: 'Ingen rask graf for dette svaret (den trenger en kolonne med tall og en med år eller tekst).',
    result: 'Svar',
    source:
      'Tallene kommer fra tabellene i Regionpuls (SSB, harmonisert til 2024-grenser); kilden står i kolonnen «source» der tabellen har den.',
    example: `SELECT year, value
FROM observations
WHERE indicator = 'befolkning' AND region_code = '3103'
ORDER BY year`,
  },
  /** What a reader sees when the data cannot be used (src/lib/manifest.ts raises them, i18n/errors.ts words them). */
  dataErrors: {
    damaged:
      'Dataene som ble lastet ned, er ikke de samme som ble publisert, så tallene vises ikke. Last siden på nytt; hjelper ikke det, kan du si fra til dem som drifter nettstedet.',
    notLoaded: 'Dataene kunne ikke lastes ned. Sjekk nettforbindelsen og last siden på nytt.',
  },
  engineFault: {
    message:
      'Databasemotoren i nettleseren stoppet (for lite minne eller en feil). Visningen, målene og egne tall er tatt vare på, og grafene vises fortsatt, men det som trenger motoren virker ikke før den er startet igjen.',
    restart: 'Start motoren på nytt',
  },
  ownData: {
    notKept: 'Nettleseren har ikke plass til å huske tallene til neste gang; de vises likevel nå.',
    title: 'Egne tall',
    lead: 'Legg til tall fra en egen fil (CSV fra Excel eller Parquet) med kolonnene region (nummer eller navn), år og verdi, og eventuelt indikator – velg filen med knappen eller slipp den her. Filen leses bare i denne nettleseren og sendes ingen steder; tallene huskes her til du fjerner dem.',
    add: 'Legg til egne tall fra en fil …',
    replace: 'Bytt til en annen fil …',
    remove: (file: string) => `Fjern ${file}`,
    refused: 'Filen ble ikke lest inn, og ingenting er endret:',
    heading: (indicator: string, file: string) => `Egne tall: ${indicator} (fra ${file})`,
    source: (file: string) =>
      `Kilde: egne tall fra ${file}, lest i nettleseren. Ikke fra SSB og ikke kontrollert av Regionpuls utover formatet.`,
    noneForRegions: 'Filen har ingen tall for regionene som er valgt.',
    carried: (changes: string[]) =>
      `Eldre kommunenummer er ført over til dagens (2024): ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` og ${changes.length - 5} til` : ''}.`,
  },
  readErrors: {
    openQuote: 'et anførselstegn («"») er åpnet, men aldri lukket',
    isNumber: (raw: string, code: string, label: string, name: string) =>
      `«${raw}»: nummeret ${code} er ${name}, ikke «${label}»`,
    wasNumber: (code: string, label: string, name: string) =>
      `«${code} ${label}»: nummeret ${code} var ${name}, ikke «${label}»`,
    split: (was: string, names: string) =>
      `${was} ble delt mellom ${names}; egne tall kan ikke deles på dagens kommuner, så bruk dagens nummer`,
    partOf: (was: string, name: string) =>
      `${was} er bare en del av dagens ${name}; gi tallet for hele ${name} med dagens nummer`,
    ambiguous: (s: string, named: string) => `«${s}» kan være flere regioner (${named}); bruk nummeret`,
    noLonger: (s: string) => `«${s}» er ikke lenger en kommune`,
    oldNames: (s: string, codes: string) =>
      `«${s}» var navnet på flere tidligere kommuner (${codes}); bruk nummeret`,
    unknown: (s: string) =>
      `«${s}» er ingen kommune, region eller fylke Regionpuls kjenner (bruk 2024-nummeret eller navnet)`,
    columns: { region: 'region (kode eller navn)', year: 'år', value: 'verdi' },
    missingColumns: (file: string, missing: string, found: string) =>
      `${file}: linje 1 mangler kolonnen ${missing}; fant ${found}`,
    noRows: (file: string) => `${file}: filen har ingen rader med tall under overskriftene`,
    tooManyRows: (file: string, n: number, max: number) =>
      `${file}: ${n} rader er flere enn de ${max} Regionpuls kan ta imot`,
    cellCount: (line: number, n: number, header: number) =>
      `linje ${line} har ${n} kolonner, overskriften har ${header}`,
    notYear: (line: number, column: string, text: string) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikke et årstall (fire sifre, 1900–2100)`,
    notNumber: (line: number, column: string, text: string, decimalComma: boolean) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikke et tall${decimalComma ? '' : ' (med komma som skilletegn må desimaler skrives med punktum)'}`,
    noIndicator: (line: number, column: string) =>
      `linje ${line}, kolonne «${column}»: indikatoren mangler navn`,
    duplicate: (line: number, what: string, indicator: string, earlier: number) =>
      `linje ${line}: ${what} for «${indicator}» står også på linje ${earlier}`,
    tooManyIndicators: (n: number, max: number) =>
      `${n} indikatorer er flere enn de ${max} Regionpuls kan vise fra én fil`,
    more: (file: string, n: number) => `${file}: og ${n} feil til`,
    empty: (file: string) => `${file}: filen er tom`,
    tooBig: (file: string, mb: string, max: number) =>
      `${file}: filen er ${mb} MB, mer enn de ${max} MB Regionpuls kan ta imot`,
    badParquet: (file: string) =>
      `${file}: filen ser ut som Parquet, men kan ikke leses (skadet eller ufullstendig)`,
    notCsv: (file: string) => `${file}: filen er verken tekst (CSV) eller Parquet`,
    tooFewColumns: (file: string) =>
      `${file}: linje 1 må ha minst tre kolonner (region, år, verdi) skilt med semikolon, komma eller tabulator`,
  },
  sqlGuard: {
    tooLong: (n: number, max: number) => `Spørringen er ${n} tegn lang; konsollen tar høyst ${max}.`,
    unreadable: (why: string) => `Spørringen kan ikke leses: ${why}.`,
    empty: 'Skriv en spørring først, for eksempel SELECT * FROM regions.',
    oneAtATime: 'Bare én spørring om gangen: fjern semikolon mellom setningene.',
    readOnlyStart: (word: string) =>
      `Konsollen kan bare lese tabellene: en spørring må begynne med SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE eller SHOW, ikke «${word}».`,
    noWrites: (word: string) =>
      `Konsollen kan bare lese tabellene, ikke endre noe: «${word}» er ikke tillatt.`,
    noFunction: (name: string) =>
      `Funksjonen ${name}() er ikke tillatt: konsollen leser bare tabellene som er lastet inn, ikke filer, adresser eller innstillinger.`,
    noFiles: (file: string, keyword: string) =>
      `Konsollen leser ikke filer: «${file}» etter ${keyword} er et filnavn. Bruk en av tabellene i listen.`,
    unclosedComment: 'en kommentar som begynner med /* slutter aldri med */',
    unclosedString: 'en tekst i enkle anførselstegn slutter aldri',
    unclosedName: 'et navn i doble anførselstegn slutter aldri',
    dollar: 'tekst i dollartegn ($$ … $$) er ikke tillatt her',
  },
};

/** The shape nynorsk and English must match key for key. */
export type DataMessages = typeof dataMessages;
