/**
 * Nynorsk, reading data: the reader's own file (`ownData`, `readErrors`), the SQL console and
 * its guard, and what a reader sees when the published data or the database engine fails.
 *
 * Typed from bokmål's part (nb/data.ts), so a key missing or extra here is a type error.
 */
import type { DataMessages } from '../nb/data';

export const dataMessages: DataMessages = {
  sqlConsole: {
    linesDescription: (value: string, year: string, series: string | null, n: number) =>
      `Linjer: ${value} per ${year}${series !== null ? `, éi linje per ${series} (${n})` : ''}.`,
    barsDescription: (value: string, n: number, label: string, first: number | null) =>
      `Stolpar: ${value} for ${n} verdiar av ${label}${first !== null ? ` (dei første ${first} radene)` : ''}.`,
    title: 'SQL-konsoll',
    description:
      'Skriv eigne spørjingar mot tabellane Regionpuls har lasta inn i nettlesaren, og sjå svaret som tabell og graf.',
    lead: 'For analytikarar: les tabellane med SQL (DuckDB). Spørjinga blir køyrd berre i denne nettlesaren, og konsollen kan berre lese – han endrar ingenting, og han les ikkje filer eller adresser.',
    starting: 'Startar databasemotoren i nettlesaren …',
    notAvailable:
      'SQL-konsollen treng databasemotoren i nettlesaren, og denne utgåva av Regionpuls brukar ein databasetenar.',
    failed: (why: string) => `Databasemotoren kunne ikkje startast: ${why}`,
    tables: 'Tabellar',
    columns: (n: number) => `${n} kolonnar`,
    query: 'Spørjing',
    run: 'Køyr',
    runHint: 'Ctrl + Enter køyrer spørjinga.',
    cancel: 'Avbryt',
    running: 'Køyrer …',
    cancelled: 'Spørjinga vart avbroten.',
    refused: 'Spørjinga vart ikkje køyrd:',
    error: 'DuckDB svarte med ein feil:',
    rows: (n: number, more: boolean, ms: number) =>
      more
        ? `Dei første ${n} radene blir viste (det finst fleire; ${ms} ms).`
        : `${n} ${n === 1 ? 'rad' : 'rader'} (${ms} ms).`,
    chart: 'Rask graf',
    noChart: 'Ingen rask graf for dette svaret (han treng ein kolonne med tal og ein med år eller tekst).',
    result: 'Svar',
    source:
      'Tala kjem frå tabellane i Regionpuls (SSB, harmonisert til 2024-grenser); kjelda står i kolonnen «source» der tabellen har ho.',
    example: `SELECT year, value
FROM observations
WHERE indicator = 'befolkning' AND region_code = '3103'
ORDER BY year`,
  },
  dataErrors: {
    damaged:
      'Dataa som vart lasta ned, er ikkje dei same som vart publiserte, så tala blir ikkje viste. Last sida på nytt; hjelper ikkje det, kan du seie frå til dei som driftar nettstaden.',
    notLoaded: 'Dataa kunne ikkje lastast ned. Sjekk nettilkoplinga og last sida på nytt.',
  },
  engineFault: {
    message:
      'Databasemotoren i nettlesaren stoppa (for lite minne eller ein feil). Visinga, måla og eigne tal er tekne vare på, og grafane blir framleis viste, men det som treng motoren, verkar ikkje før han er starta igjen.',
    restart: 'Start motoren på nytt',
  },
  ownData: {
    notKept: 'Nettlesaren har ikkje plass til å hugse tala til neste gong; dei blir likevel viste no.',
    title: 'Eigne tal',
    lead: 'Legg til tal frå ei eiga fil (CSV frå Excel eller Parquet) med kolonnane region (nummer eller namn), år og verdi, og eventuelt indikator – vel fila med knappen eller slepp ho her. Fila blir lesen berre i denne nettlesaren og blir ikkje send nokon stad; tala blir hugsa her til du fjernar dei.',
    add: 'Legg til eigne tal frå ei fil …',
    replace: 'Byt til ei anna fil …',
    remove: (file: string) => `Fjern ${file}`,
    refused: 'Fila vart ikkje lesen inn, og ingenting er endra:',
    heading: (indicator: string, file: string) => `Eigne tal: ${indicator} (frå ${file})`,
    source: (file: string) =>
      `Kjelde: eigne tal frå ${file}, lesne i nettlesaren. Ikkje frå SSB og ikkje kontrollerte av Regionpuls utover formatet.`,
    noneForRegions: 'Fila har ingen tal for regionane som er valde.',
    carried: (changes: string[]) =>
      `Eldre kommunenummer er førte over til dagens (2024): ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` og ${changes.length - 5} til` : ''}.`,
  },
  readErrors: {
    openQuote: 'eit hermeteikn («"») er opna, men aldri lukka',
    isNumber: (raw: string, code: string, label: string, name: string) =>
      `«${raw}»: nummeret ${code} er ${name}, ikkje «${label}»`,
    wasNumber: (code: string, label: string, name: string) =>
      `«${code} ${label}»: nummeret ${code} var ${name}, ikkje «${label}»`,
    split: (was: string, names: string) =>
      `${was} vart delt mellom ${names}; eigne tal kan ikkje delast på dagens kommunar, så bruk dagens nummer`,
    partOf: (was: string, name: string) =>
      `${was} er berre ein del av dagens ${name}; gi talet for heile ${name} med dagens nummer`,
    ambiguous: (s: string, named: string) => `«${s}» kan vere fleire regionar (${named}); bruk nummeret`,
    noLonger: (s: string) => `«${s}» er ikkje lenger ein kommune`,
    oldNames: (s: string, codes: string) =>
      `«${s}» var namnet på fleire tidlegare kommunar (${codes}); bruk nummeret`,
    unknown: (s: string) =>
      `«${s}» er ingen kommune, region eller fylke Regionpuls kjenner (bruk 2024-nummeret eller namnet)`,
    columns: { region: 'region (kode eller namn)', year: 'år', value: 'verdi' },
    missingColumns: (file: string, missing: string, found: string) =>
      `${file}: linje 1 manglar kolonnen ${missing}; fann ${found}`,
    noRows: (file: string) => `${file}: fila har ingen rader med tal under overskriftene`,
    tooManyRows: (file: string, n: number, max: number) =>
      `${file}: ${n} rader er fleire enn dei ${max} Regionpuls kan ta imot`,
    cellCount: (line: number, n: number, header: number) =>
      `linje ${line} har ${n} kolonnar, overskrifta har ${header}`,
    notYear: (line: number, column: string, text: string) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikkje eit årstal (fire siffer, 1900–2100)`,
    notNumber: (line: number, column: string, text: string, decimalComma: boolean) =>
      `linje ${line}, kolonne «${column}»: «${text}» er ikkje eit tal${decimalComma ? '' : ' (med komma som skiljeteikn må desimalar skrivast med punktum)'}`,
    noIndicator: (line: number, column: string) =>
      `linje ${line}, kolonne «${column}»: indikatoren manglar namn`,
    duplicate: (line: number, what: string, indicator: string, earlier: number) =>
      `linje ${line}: ${what} for «${indicator}» står også på linje ${earlier}`,
    tooManyIndicators: (n: number, max: number) =>
      `${n} indikatorar er fleire enn dei ${max} Regionpuls kan vise frå éi fil`,
    more: (file: string, n: number) => `${file}: og ${n} feil til`,
    empty: (file: string) => `${file}: fila er tom`,
    tooBig: (file: string, mb: string, max: number) =>
      `${file}: fila er ${mb} MB, meir enn dei ${max} MB Regionpuls kan ta imot`,
    badParquet: (file: string) =>
      `${file}: fila ser ut som Parquet, men kan ikkje lesast (skadd eller ufullstendig)`,
    notCsv: (file: string) => `${file}: fila er verken tekst (CSV) eller Parquet`,
    tooFewColumns: (file: string) =>
      `${file}: linje 1 må ha minst tre kolonnar (region, år, verdi) skilde med semikolon, komma eller tabulator`,
  },
  sqlGuard: {
    tooLong: (n: number, max: number) => `Spørjinga er ${n} teikn lang; konsollen tek høgst ${max}.`,
    unreadable: (why: string) => `Spørjinga kan ikkje lesast: ${why}.`,
    empty: 'Skriv ei spørjing først, til dømes SELECT * FROM regions.',
    oneAtATime: 'Berre éi spørjing om gongen: fjern semikolon mellom setningane.',
    readOnlyStart: (word: string) =>
      `Konsollen kan berre lese tabellane: ei spørjing må byrje med SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE eller SHOW, ikkje «${word}».`,
    noWrites: (word: string) =>
      `Konsollen kan berre lese tabellane, ikkje endre noko: «${word}» er ikkje tillate.`,
    noFunction: (name: string) =>
      `Funksjonen ${name}() er ikkje tillaten: konsollen les berre tabellane som er lasta inn, ikkje filer, adresser eller innstillingar.`,
    noFiles: (file: string, keyword: string) =>
      `Konsollen les ikkje filer: «${file}» etter ${keyword} er eit filnamn. Bruk ein av tabellane i lista.`,
    unclosedComment: 'ein kommentar som byrjar med /* sluttar aldri med */',
    unclosedString: 'ein tekst i enkle hermeteikn sluttar aldri',
    unclosedName: 'eit namn i doble hermeteikn sluttar aldri',
    dollar: 'tekst i dollarteikn ($$ … $$) er ikkje tillaten her',
  },
};
