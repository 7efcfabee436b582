/**
 * `npm run data:fetch [-- --table 07984] [--out dir] [--base-url url] [--max-cells n] [--klass|--no-klass]`
 *
 * Pulls current national data from SSB (PxWebApi v2 + KLASS) into data/raw/ssb_api/. Without internet
 * it fails within a second with a message and leaves every file as it was.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, FetchFailed, runFetch } from './run';

const HELP = `Bruk: npm run data:fetch -- [valg]
  --table <id>      hent bare denne tabellen (kan gjentas eller kommaseparert), f.eks. --table 07984
  --out <mappe>     utmappe (standard ${DEFAULT_OUT_DIR})
  --base-url <url>  send alle forespørsler hit i stedet for https://data.ssb.no (testtjener)
  --max-cells <n>   høyst så mange celler per forespørsel (standard fra data/sources/ssb.json)
  --klass / --no-klass  hent KLASS-listene (standard: bare når ingen --table er gitt)`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        table: { type: 'string', multiple: true },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        'max-cells': { type: 'string' },
        klass: { type: 'boolean' },
        'no-klass': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const maxCells = args['max-cells'] === undefined ? undefined : Number(args['max-cells']);
  if (maxCells !== undefined && !(Number.isInteger(maxCells) && maxCells > 0)) {
    console.error(`--max-cells må være et positivt heltall\n${HELP}`);
    return 2;
  }
  const tables = (args.table ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  try {
    const summary = await runFetch({
      outDir: args.out ?? DEFAULT_OUT_DIR,
      tables,
      klass: args['no-klass'] ? false : args.klass ? true : undefined,
      baseUrl: args['base-url'] ?? null,
      maxCells
    });
    console.log(`Ferdig: ${summary.tables.length} tabell(er) og ${summary.klass.length} KLASS-liste(r) i ${summary.outDir} (${summary.requests} forespørsler, ${summary.retries} nye forsøk).`);
    return 0;
  } catch (e) {
    console.error(e instanceof FetchFailed ? e.message : `Uventet feil: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
