/**
 * The indicator catalogue: one indicator per concept. Sources of the same concept (another table or
 * release of the same statistic) feed one series, ranked by their order in `sources`: for each region
 * and year the first source with a figure wins, and every observation keeps the id of its source.
 * Different concepts (register employment vs national-accounts employment, two national-accounts
 * vintages) are separate indicators, never chained. Names in bokmål, nynorsk and English; unit and
 * definition in bokmål, as shown in the app.
 *
 * The entries live in data/indicators/, one family per file (population, employment, value creation,
 * enterprises), so a reviewer reads one family's sources and caveats at a time; this file puts them
 * together in one `CATALOGUE`, family by family.
 */
import type { Indicator } from '../src/lib/schema';
import type { CatalogueEntry } from './indicators/entry';
import { POPULATION } from './indicators/population';
import { EMPLOYMENT } from './indicators/employment';
import { VALUE_CREATION } from './indicators/value-creation';
import { ENTERPRISES } from './indicators/enterprises';

export type { CatalogueEntry, IndicatorSource } from './indicators/entry';
export { COUNTY_MOVERS_CAVEAT } from './indicators/entry';

export const CATALOGUE: CatalogueEntry[] = [...POPULATION, ...EMPLOYMENT, ...VALUE_CREATION, ...ENTERPRISES];

/** Source ids of an indicator in priority order (first = preferred). */
export function sourcePriority(entry: Pick<CatalogueEntry, 'sources'>): string[] {
  return [...new Set(entry.sources.map((s) => s.id))];
}

/** The Indicator rows exactly as src/lib/schema.ts declares them. */
export function indicatorRows(catalogue: readonly CatalogueEntry[] = CATALOGUE): Indicator[] {
  return catalogue.map(({ sources: _sources, concept: _concept, ...indicator }) => indicator);
}
