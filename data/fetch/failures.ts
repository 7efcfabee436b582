/**
 * What `npm run data:fetch` tells the user when SSB waits, refuses a table or a run fails — in Norwegian,
 * always saying that nothing was changed and that the shipped data set stays in use.
 */
import type { RetryInfo } from './http';
import { HttpStatusError, OfflineError, WaitBudgetExhausted } from './http-errors';
import { KnownValueMismatch } from './known-values';
import { VerifyFailed } from './output';
import { QueryResolutionError } from './resolve-query';
import { TableResponseError } from './ssb';

/** Why a table was left out; each class is handled alone, the other tables are fetched. */
export type SkipKind = 'query' | 'not-found' | 'bad-request' | 'known-value' | 'response';

/** A fetch that failed; `message` is the Norwegian text for the user. Nothing was written. */
export class FetchFailed extends Error {
  constructor(
    message: string,
    readonly offline: boolean,
    readonly original: unknown,
  ) {
    super(message);
    this.name = 'FetchFailed';
  }
}

const KEEP_SHIPPED = 'Dashboardet bruker fortsatt det leverte datasettet.';

const seconds = (ms: number): string =>
  ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min${ms % 60_000 >= 1000 ? ` ${Math.round((ms % 60_000) / 1000)} s` : ''}`
    : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0).replace('.', ',')} s`;

/** «SSB svarer 503 …: venter 30 s på metadata for tabell 07459 (ventet 1 min av høyst 10 min)». */
export function describeWait(r: RetryInfo): string {
  const why =
    r.status === 503
      ? 'SSB svarer 503 (tabellen eller tjenesten er midlertidig utilgjengelig; SSB oppdaterer tabeller rundt kl. 05 og 11.30 og har mest trafikk rundt kl. 08)'
      : r.status === 429
        ? `SSB svarer 429 (for mange forespørsler; SSB teller dem over 60 s)${r.retryAfterMs !== null ? ` og ber oss vente ${seconds(r.retryAfterMs)} (Retry-After)` : ''}`
        : r.status !== null
          ? `SSB svarer HTTP ${r.status}`
          : `forbindelsen til SSB feilet (${r.reason})`;
  return `${why}: venter ${seconds(r.delayMs)} på ${r.what ?? r.url} før forsøk ${r.attempt + 1} (ventet ${seconds(r.waitedMs)} av høyst ${seconds(r.budgetMs)})`;
}

/** A 4xx answer about one table, in words: SSB's own message and what it usually means. */
function describeRefusal(e: HttpStatusError): { kind: SkipKind; reason: string } {
  if (e.status === 404)
    return {
      kind: 'not-found',
      reason: `SSB svarte 404 «${e.ssbMessage}»: tabellen finnes ikke (feil tabellnummer i data/sources/ssb.json, eller SSB har lagt den ned)`,
    };
  return {
    kind: 'bad-request',
    reason: `SSB svarte HTTP ${e.status} «${e.ssbMessage}»: SSB avviste spørringen (ukjent kode, en variabel som må velges, eller for mange celler)`,
  };
}

interface RunContext {
  outDir: string;
  /** What was being fetched: «tabell 07459», «KLASS kommuner». */
  current: string;
  /** Tables fetched and kept in the cache for the next run. */
  kept: number;
  cacheDir: string | null;
}

/** Why a run stopped, in words: offline, SSB past the wait budget, or anything else. */
export function runFailed(e: unknown, { outDir, current, kept, cacheDir }: RunContext): FetchFailed {
  if (e instanceof OfflineError)
    return new FetchFailed(`${e.message}. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`, true, e);
  if (e instanceof WaitBudgetExhausted) {
    const resume =
      kept > 0
        ? ` ${kept} tabell(er) er hentet og ligger i ${cacheDir}; kjør samme kommando igjen senere, så fortsetter den derfra.`
        : ' Kjør samme kommando igjen senere.';
    return new FetchFailed(
      `SSB svarte ikke innen ventegrensen (${current}): ${e.message}. SSB er trolig midlertidig utilgjengelig (tabeller oppdateres rundt kl. 05 og 11.30).${resume} Ventegrensen kan økes med --max-wait <sekunder>. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`,
      false,
      e,
    );
  }
  // A QueryResolutionError never gets here: the table loop skips that table and goes on.
  const reason = e instanceof Error ? e.message : String(e);
  return new FetchFailed(
    `Henting fra SSB feilet (${current}): ${reason}. Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`,
    false,
    e,
  );
}

/** Every table asked for was left out: the run writes nothing and names each reason. */
export function allSkipped(skipped: readonly { id: string; reason: string }[], outDir: string): FetchFailed {
  const reasons = skipped.map((k) =>
    skipped.length === 1 ? `(tabell ${k.id}): ${k.reason}` : `tabell ${k.id}: ${k.reason}`,
  );
  const what =
    skipped.length === 1 ? reasons[0] : `for alle ${skipped.length} tabellene: ${reasons.join(' | ')}`;
  return new FetchFailed(
    `Henting fra SSB feilet ${what}. Ingenting i ${outDir} er endret. Rett data/sources/ssb.json, eller hent de andre tabellene med --table. ${KEEP_SHIPPED}`,
    false,
    null,
  );
}

/** The new folder could not replace the old one (or the data build refused it). */
export function writeFailed(e: unknown, outDir: string): FetchFailed {
  if (e instanceof VerifyFailed)
    return new FetchFailed(
      `${e.message} Ingenting i ${outDir} er endret. ${KEEP_SHIPPED}`,
      false,
      e.original,
    );
  return new FetchFailed(
    `Kunne ikke skrive ${outDir}: ${e instanceof Error ? e.message : String(e)}. ${KEEP_SHIPPED}`,
    false,
    e,
  );
}

/**
 * Everything about one table — its query, its id, its numbers — fails that table alone; the others are
 * still worth having. Anything else (offline, SSB down past the wait budget) stops the run: null.
 */
export function tableSkip(e: unknown): { kind: SkipKind; reason: string } | null {
  if (e instanceof QueryResolutionError) return { kind: 'query', reason: e.message };
  if (e instanceof HttpStatusError && !e.transient) return describeRefusal(e);
  if (e instanceof KnownValueMismatch) return { kind: 'known-value', reason: e.message };
  if (e instanceof TableResponseError) return { kind: 'response', reason: e.message };
  return null;
}
