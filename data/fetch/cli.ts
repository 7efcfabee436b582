/**
 * `npm run data:fetch [-- --table 07984] [--out dir] [--base-url url] [--max-cells n] [--klass|--no-klass] [--no-build] [--check]`
 *
 * Pulls current national data from SSB (PxWebApi v2 + KLASS) into data/raw/ssb_api/. Without internet
 * it fails within a second with a message and leaves every file as it was.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { DEFAULT_OUT_DIR, FetchFailed, runFetch, type FetchSummary } from './run';
import { describeTable } from './table-list';
import { fetchAndBuild } from './update';

const HELP = `Bruk: npm run data:fetch -- [valg]
  --table <id>      hent bare denne tabellen (kan gjentas eller kommaseparert), f.eks. --table 07984
  --out <mappe>     utmappe (standard ${DEFAULT_OUT_DIR})
  --base-url <url>  send alle forespørsler hit i stedet for https://data.ssb.no (testtjener)
  --max-cells <n>   høyst så mange celler per forespørsel (standard fra data/sources/ssb.json)
  --klass / --no-klass  hent KLASS-listene (standard: bare når ingen --table er gitt)
  --check           bare les metadata og vis hva som ville blitt hentet (ingen data lastes ned, ingenting skrives)
  --search <ord>    med --check: søk i SSBs tabelliste etter ord, f.eks. --search "nyetablerte foretak"
  --max-wait <s>    høyst så mange sekunder venting per forespørsel når SSB svarer 503/429 (standard 600)
  --fresh           hent alle tabeller på nytt, også dem en avbrutt kjøring allerede har hentet (mellomlageret)
  --no-build        bare hent; ikke prøvebygg og bygg dashboardets data (standard: bygg, unntatt med --out)`;

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
        'no-build': { type: 'boolean' },
        check: { type: 'boolean' },
        search: { type: 'string' },
        'max-wait': { type: 'string' },
        fresh: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
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
  const maxWait = args['max-wait'] === undefined ? undefined : Number(args['max-wait']);
  if (maxWait !== undefined && !(Number.isFinite(maxWait) && maxWait >= 0)) {
    console.error(`--max-wait må være et antall sekunder (0 eller mer)\n${HELP}`);
    return 2;
  }
  if (args.search !== undefined && !args.check) {
    console.error(`--search virker bare sammen med --check\n${HELP}`);
    return 2;
  }
  const tables = (args.table ?? [])
    .flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  try {
    const outDir = args.out ?? DEFAULT_OUT_DIR;
    const options = {
      outDir,
      tables,
      klass: args['no-klass'] ? false : args.klass ? true : undefined,
      baseUrl: args['base-url'] ?? null,
      maxCells,
      maxWaitMs: maxWait === undefined ? undefined : maxWait * 1000,
      fresh: args.fresh === true,
    };
    // Only the default folder is what `npm run data` reads; fetching elsewhere is for inspection.
    const build = !args['no-build'] && resolve(outDir) === resolve(DEFAULT_OUT_DIR);
    let summary: FetchSummary;
    if (args.check) {
      summary = await runFetch({ ...options, checkOnly: true, search: args.search });
      for (const p of summary.plans)
        console.log(`OK ${p.id} «${p.title}»: ~${p.cells} celler i ${p.pages} forespørsel(er)`);
      for (const k of summary.skipped) console.warn(`FEIL ${k.id}: ${k.reason}`);
      for (const t of summary.found) console.log(`FUNNET ${describeTable(t)}`);
      console.log(
        `Sjekket ${summary.plans.length + summary.skipped.length} tabell(er) med ${summary.requests} forespørsler; ingenting lastet ned eller skrevet.`,
      );
      return summary.skipped.length ? 1 : 0;
    }
    if (build) {
      const result = await fetchAndBuild(options);
      summary = result.summary;
      const t = result.manifest.tables;
      const fetched = Object.entries(result.manifest.indicators)
        .filter(([, i]) => i.origin === 'fetched')
        .map(([id, i]) => `${id} ${i.years?.join('-') ?? ''}`);
      console.log(
        `Bygget static/data (versjon ${result.manifest.version}): ${t.regions.rows} regioner, ${t.observations.rows} observasjoner. Fra SSB: ${fetched.join(', ') || 'ingen indikatorer'}.`,
      );
    } else {
      summary = await runFetch(options);
    }
    if (summary.cached.length)
      console.log(`Fra mellomlageret (hentet av en avbrutt kjøring): ${summary.cached.join(', ')}.`);
    console.log(
      `Ferdig: ${summary.tables.length} tabell(er) og ${summary.klass.length} KLASS-liste(r) i ${summary.outDir} (${summary.requests} forespørsler, ${summary.retries} nye forsøk).`,
    );
    for (const k of summary.skipped)
      console.warn(
        `Ikke hentet: tabell ${k.id}. ${k.reason}. Rett data/sources/ssb.json og kjør npm run data:fetch -- --table ${k.id}. De andre tabellene er hentet og bygget.`,
      );
    if (summary.skipped.length) return 1;
    return 0;
  } catch (e) {
    console.error(
      e instanceof FetchFailed
        ? e.message
        : `Uventet feil: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
