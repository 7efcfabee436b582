/**
 * What the catalogue says about an indicator built from fetched tables (data/fetched.ts stages their
 * rows): its sources first, under ids of their own, and a definition that names the tables and the day
 * they were fetched.
 */
import { fetchedSourceId, type FetchedIndicator } from './fetched';
import type { CatalogueEntry } from './indicators';

const FETCHED_METHOD =
  'Kommuner og fylker er ført til 2024-grenser: sammenslåtte er summen av de gamle (harmonisert), deler av delte kommuner er anslått med befolkningsandeler (estimert). ' +
  'Celler SSB har prikket eller mangler («..», «.», «:») er manglende, ikke null.';

/** The definition shown for an indicator built from fetched tables: what it measures, then where and when from. */
export function fetchedDefinition(entry: CatalogueEntry, f: FetchedIndicator): string {
  const day = f.retrieved_at.slice(0, 10);
  // SSB's own table titles say exactly what was counted, should a table differ from the snapshot's concept.
  const tables = f.sources.map((s) => (s.title ? `${s.table_id} «${s.title}»` : s.table_id)).join(' og ');
  return `${entry.concept} Hentet fra SSB-tabell ${tables} ${day}: ${f.coverage}. ${FETCHED_METHOD}`;
}

/** The catalogue with a fetched indicator's table ids and definition (indicators.parquet, the source line and CSV export show them). */
export function catalogueWithFetched(
  catalogue: readonly CatalogueEntry[],
  fetched: ReadonlyMap<string, FetchedIndicator>,
): CatalogueEntry[] {
  return catalogue.map((c) => {
    const f = fetched.get(c.id);
    if (!f) return c;
    const day = f.retrieved_at.slice(0, 10);
    const fetchedSources = f.sources.map(({ publisher, table_id, file }) => ({
      id: fetchedSourceId(table_id),
      label: `SSB ${table_id} (hentet ${day})`,
      publisher,
      table_id,
      file,
    }));
    return {
      ...c,
      table_id: [...new Set([...f.tables, ...c.table_id.split(', ')])].join(', '),
      definition: `${fetchedDefinition(c, f)} År og regioner tabellene ikke har, kommer fra det leverte datasettet (${c.sources
        .map((s) => s.label)
        .filter((l, i, a) => a.indexOf(l) === i)
        .join(', ')}).`,
      sources: [...fetchedSources, ...c.sources],
    };
  });
}
