import { MAP_FILES } from '../src/lib/schema';
import type { Inputs } from './inputs';
import { RAW, rawPath } from './paths';
import { boundariesTopology } from './boundaries';
import { centralityAt2024, parseCentrality2018, population2018 } from './centrality';
import { codeHistory } from './code-history';

/**
 * The map's boundaries as TopoJSON (static/data/kommuner.topojson, fylker.topojson) and SSB's
 * centrality classes at 2024 kommuner (static/data/sentralitet.json), in the same data version.
 */
export function mapAndCentralityFiles(
  inputs: Inputs,
  regions: readonly { code: string; level: string }[],
): Record<string, string> {
  const codes = (level: string) => new Set(regions.filter((r) => r.level === level).map((r) => r.code));
  const kommuner = codes('kommune');
  const centrality = centralityAt2024(
    parseCentrality2018(rawPath(RAW.centrality2018)),
    inputs.correspondence.rows,
    population2018(rawPath(RAW.populationDerived)),
    kommuner,
  );
  return {
    [MAP_FILES.kommuner]: boundariesTopology(
      { name: 'kommuner', file: rawPath(RAW.kommuneBoundaries2024), codeProperty: 'kommunenummer' },
      kommuner,
    ).text,
    [MAP_FILES.fylker]: boundariesTopology(
      { name: 'fylker', file: rawPath(RAW.fylkeBoundaries2024), codeProperty: 'fylkesnummer' },
      codes('fylke'),
    ).text,
    [MAP_FILES.codeHistory]: JSON.stringify(codeHistory(inputs.klass, inputs.correspondence)),
    [MAP_FILES.centrality]: JSON.stringify({
      source:
        'SSB sentralitetsindeks 2018 (pre-2020 kommuner), carried to 2024 kommuner: class of the most populous 2018 part, population-weighted mean index.',
      kommuner: Object.fromEntries(
        centrality.map((c) => [c.code, { index: c.index, class: c.class, parts: c.parts }]),
      ),
    }),
  };
}
