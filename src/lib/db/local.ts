/**
 * The engine-free engine: answers every query builder's `view` (engine.ts) in plain TypeScript over
 * the shipped tables, with exactly the rows DuckDB returns for the builder's SQL — same columns, same
 * order, missing stays null. It lets a page draw any view from a link before DuckDB-wasm has started;
 * DuckDB takes over when ready (handover.ts). tests/sql/local.test.ts runs every builder both ways on
 * the real data and asserts equal rows, so the two cannot drift. Observations are read through a lazy
 * index (local-index.ts): a view makes objects only for the regions it shows, and spans and counts
 * come straight from the columns.
 * Each case below restates its builder's SQL; read them side by side.
 */
import { POPULATION_INDICATOR } from '../schema';
import { commonBaseYear } from '../sql/series';
import { QueryError } from './engine';
import type { Engine, Query, QueryView, Row } from './engine';
import {
  Index,
  by,
  compare,
  groupSeries,
  listRows,
  ratio,
  type IndicatorRows,
  type LocalObservation,
} from './local-index';

export type { LocalObservation };

/** The shipped tables as plain rows (decoded Parquet: tests, and Node). */
export interface LocalTables {
  indicators: Row[];
  sources: Row[];
  regions: Row[];
  observations: LocalObservation[];
}
/** The small tables a view reads whole; observations it reads through an `Index`. */
export type CatalogueTables = Pick<LocalTables, 'indicators' | 'sources' | 'regions'>;

const LEVEL_ORDER: Record<string, number> = { land: 0, fylke: 1, region: 2 };

/** The rows DuckDB returns for the query whose declarative form is `view`. */
export function evaluate(view: QueryView, tables: CatalogueTables, index: Index): Row[] {
  switch (view.kind) {
    case 'table': {
      const rows = tables[view.table];
      if (view.table === 'indicators') return [...rows].sort(by((r) => r.id as string));
      if (view.table === 'sources')
        return [...rows].sort(
          by(
            (r) => r.indicator as string,
            (r) => r.priority as number,
            (r) => r.id as string,
          ),
        );
      return [...rows]
        .sort(
          by(
            (r) => LEVEL_ORDER[r.level as string] ?? 3,
            (r) => r.name as string,
            (r) => r.code as string,
          ),
        )
        .map(({ code, name, level, kind, fylke_code, members, source }) => ({
          code,
          name,
          level,
          kind,
          fylke_code,
          members,
          source,
        }));
    }
    case 'coverage': {
      const rows = index.indicator(view.indicator);
      return [...(rows?.regions() ?? [])].sort(compare).flatMap((region_code) => {
        const span = rows!.span(region_code);
        return span ? [{ region_code, ...span }] : [];
      });
    }
    case 'regionCoverage': {
      return [...index.indicators()].sort(by((i) => i.rows.indicator)).flatMap((i) => {
        const span = i.span(view.code);
        return span ? [{ indicator: i.rows.indicator, ...span }] : [];
      });
    }
    case 'coverageMatrix': {
      const regionOf = new Map(tables.regions.map((r) => [r.code as string, r]));
      const sizes = new Map<string, number>();
      for (const r of tables.regions)
        sizes.set(`${r.level}\u0000${r.kind}`, (sizes.get(`${r.level}\u0000${r.kind}`) ?? 0) + 1);
      const cells = new Map<string, Row & { with_value: number }>();
      // Straight from the columns: every row counts, as in the SQL, and no observation is made.
      for (const { rows } of index.indicators())
        for (let i = 0; i < rows.length; i++) {
          const r = regionOf.get(rows.region(i));
          if (!r) continue;
          const year = rows.year(i);
          const key = `${rows.indicator}\u0000${r.level}\u0000${r.kind}\u0000${year}`;
          let cell = cells.get(key);
          if (!cell) {
            cell = {
              indicator: rows.indicator,
              level: r.level,
              kind: r.kind,
              year,
              with_value: 0,
              regions: sizes.get(`${r.level}\u0000${r.kind}`)!,
            };
            cells.set(key, cell);
          }
          if (rows.hasValue(i)) cell.with_value++;
        }
      return [...cells.values()].sort(
        by(
          (c) => c.indicator as string,
          (c) => c.level as string,
          (c) => c.kind as string,
          (c) => c.year as number,
        ),
      );
    }
    case 'growthRank': {
      const rows: Row[] = [];
      for (const r of tables.regions) {
        if (r.level !== view.level || r.kind !== view.regionKind) continue;
        const years = index.series(view.indicator, r.code as string);
        const a = years?.get(view.from)?.value ?? null;
        const b = years?.get(view.to)?.value ?? null;
        if (a === null || b === null || a === 0) continue;
        rows.push({ code: r.code, name: r.name, from_value: a, to_value: b, growth: (b - a) / a });
      }
      return rows.sort(
        by(
          (r) => -(r.growth as number),
          (r) => r.code as string,
        ),
      );
    }
    case 'series': {
      const rows: Row[] = [];
      const wanted = new Set(view.regions);
      const groups = new Map((view.groups ?? []).map((g) => [g.code, g.members]));
      const seriesOf = (indicator: string, code: string) => {
        const members = groups.get(code);
        return members ? groupSeries(index, indicator, code, members) : index.series(indicator, code);
      };
      const codes = [...wanted].sort(compare);
      let baseYear = view.base;
      if (view.mode === 'indexed' && baseYear === null) {
        const values = codes.flatMap((code) => [...(seriesOf(view.indicator, code)?.values() ?? [])]);
        baseYear = commonBaseYear(values, codes);
      }
      for (const code of codes) {
        const years = seriesOf(view.indicator, code);
        if (!years) continue;
        const population = view.mode === 'per1000' ? seriesOf(POPULATION_INDICATOR, code) : undefined;
        const base = view.mode === 'indexed' && baseYear !== null ? years.get(baseYear)?.value : undefined;
        for (const year of [...years.keys()].sort(compare)) {
          const s = years.get(year)!;
          const row: Row = {
            region_code: s.region_code,
            year: s.year,
            value: s.value,
            status: s.status,
            source: s.source,
          };
          if (view.mode === 'absolute') row.y = s.value;
          else if (view.mode === 'indexed') row.y = ratio(s.value, base, 100);
          else {
            const p = population?.get(year)?.value ?? null;
            row.y = ratio(s.value, p, 1000);
            row.population = p;
          }
          rows.push(row);
        }
      }
      return rows;
    }
    case 'ownRegionValues': {
      const rows: Row[] = [];
      for (const g of [...view.groups].sort(by((x) => x.code))) {
        const years = groupSeries(index, view.indicator, g.code, g.members);
        const population = groupSeries(index, POPULATION_INDICATOR, g.code, g.members);
        for (const year of [...(years?.keys() ?? [])].sort(compare)) {
          const value = years!.get(year)!.value;
          if (year < view.from || year > view.to || value === null) continue;
          rows.push({ code: g.code, year, value, population: population?.get(year)?.value ?? null });
        }
      }
      return rows;
    }
  }
}

/** Where the engine-free engine gets its tables: the catalogue, and observations one indicator at a time. */
export interface LocalSource {
  catalogue(): Promise<CatalogueTables>;
  /** An indicator's observations, still undecoded; none for an unknown indicator. */
  observations(indicator: string): Promise<IndicatorRows>;
}

/** Whole tables in memory (tests, and Node). */
export function memorySource(tables: LocalTables): LocalSource {
  return {
    catalogue: async () => tables,
    observations: async (indicator) =>
      listRows(
        indicator,
        tables.observations.filter((o) => o.indicator === indicator),
      ),
  };
}

/** The indicators whose observations a view reads; 'all' for views over every indicator. */
function needs(view: QueryView): readonly string[] | 'all' {
  switch (view.kind) {
    case 'table':
      return [];
    case 'coverage':
    case 'growthRank':
      return [view.indicator];
    case 'series':
      return view.mode === 'per1000' ? [view.indicator, POPULATION_INDICATOR] : [view.indicator];
    case 'ownRegionValues':
      return [view.indicator, POPULATION_INDICATOR];
    default:
      return 'all';
  }
}

/** The engine-free engine, which can also fetch an indicator's rows before any view asks for them. */
export interface LocalEngine extends Engine {
  /** Loads the indicator's rows now (a failure is left for the view that needs them to report). */
  preload(indicator: string): Promise<void>;
}

/**
 * An `Engine` that loads what each view needs from `source` (each piece once) and evaluates the view;
 * a query without a `view` is refused (it needs DuckDB).
 */
export function localEngine(source: LocalSource): LocalEngine {
  const index = new Index();
  const tables: CatalogueTables = { indicators: [], sources: [], regions: [] };
  // Fetched only when a view reads it: a page seeded with the catalogue never asks for it.
  let catalogue: Promise<void> | null = null;
  const loadCatalogue = (): Promise<void> => {
    catalogue ??= source.catalogue().then(
      (c) => {
        tables.indicators = c.indicators;
        tables.sources = c.sources;
        tables.regions = c.regions;
      },
      (e: unknown) => {
        catalogue = null;
        throw e;
      },
    );
    return catalogue;
  };
  const loaded = new Map<string, Promise<void>>();
  const load = (indicator: string): Promise<void> => {
    let p = loaded.get(indicator);
    if (!p) {
      p = source.observations(indicator).then((rows) => index.add(rows));
      p.catch(() => loaded.delete(indicator));
      loaded.set(indicator, p);
    }
    return p;
  };
  return {
    async query<T = Row>(query: Query): Promise<T[]> {
      const view = query.view;
      if (!view) throw new QueryError('this query needs DuckDB (no engine-free form)', query.sql, null);
      try {
        const wanted = needs(view);
        if (wanted === 'all' || view.kind === 'table' || view.kind === 'growthRank') await loadCatalogue();
        await Promise.all(
          (wanted === 'all' ? tables.indicators.map((i) => i.id as string) : wanted).map(load),
        );
        return evaluate(view, tables, index) as T[];
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), query.sql, e);
      }
    },
    preload: (indicator) => load(indicator).catch(() => {}),
  };
}
