/**
 * Fetched figures checked against figures known from elsewhere (SSB's published totals, the shipped
 * snapshot): the guard against a silently wrong sum. When a query leaves a variable out and SSB has no
 * total for it, SSB adds up every category — with totals, groups and sub-groups in one list that inflates
 * the figure without any error. A table whose fetched figure is off is refused, alone.
 */
import { decodeJsonStatDataset } from '../parse/jsonstat';
import type { SsbTableSource } from '../sources/ssb-sources';
import { toObservations } from '../sources/to-observations';
import { toFlows } from '../sources/to-flows';
import type { FetchedTable } from './ssb';
import { TableResponseError } from './ssb';

/** A fetched figure differs from the known one by more than its tolerance; `message` is Norwegian. */
export class KnownValueMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnownValueMismatch';
  }
}

const nb = (n: number): string => n.toLocaleString('nb-NO').replace(/\u00a0/g, ' ');

/**
 * Read the fetched dataset with the table's mapping (as the build will), then check every `knownValues` entry against it. A known figure the table
 * does not contain (a year SSB no longer publishes) is noted, not refused.
 * @returns one note per check, for the log.
 * @throws KnownValueMismatch naming the figure, both values and the likely cause; TableResponseError when the
 *   mapping cannot read the answer.
 */
export function checkKnownValues(table: FetchedTable, entry: SsbTableSource): string[] {
  const known = entry.knownValues ?? [];
  let observations;
  try {
    // Read every table the way the build will, so a mapping that cannot read it fails this table alone here.
    const ds = decodeJsonStatDataset(JSON.parse(table.text) as unknown);
    if (entry.mapping.home) {
      toFlows(ds, entry);
      return [];
    }
    observations = toObservations(ds, entry);
  } catch (e) {
    // The mapping cannot read this answer (a dimension missing, cells ambiguous): the build could not either.
    throw new TableResponseError(
      `tabell ${entry.id}: svaret kan ikke leses med mapping i data/sources/ssb.json (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const notes: string[] = [];
  for (const k of known) {
    const indicator = k.indicator ?? entry.indicator;
    const o = observations.find(
      (x) => x.indicator === indicator && x.region_code === k.region && x.year === k.year,
    );
    const what = `${indicator} region ${k.region} ${k.year}`;
    if (!o || o.value === null) {
      notes.push(`kontrolltall ${what}: ikke i svaret, ikke sjekket`);
      continue;
    }
    const off = Math.abs(o.value - k.value) / Math.max(1, Math.abs(k.value));
    if (off > k.tolerance) {
      throw new KnownValueMismatch(
        `tabell ${entry.id}: ${what} er ${nb(o.value)} fra SSB, men kjent tall er ${nb(k.value)} (${k.source}; avvik ${(off * 100).toFixed(1)} %, tillatt ${(k.tolerance * 100).toFixed(1)} %). ` +
          'Trolig summerte SSB alle kategoriene i en utelatt variabel; velg totalen eksplisitt i data/sources/ssb.json («total»: true) og se «resolution» i tabellens .meta.json',
      );
    }
    notes.push(`kontrolltall ${what}: ${nb(o.value)} stemmer med ${nb(k.value)} (${k.source})`);
  }
  return notes;
}
