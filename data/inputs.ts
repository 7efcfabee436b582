/** Read and parse every raw file once; the series and the region table are built from this. */
import { RAW, REGIONS_DIR, rawPath } from './paths';
import { parse07459PopulationFile, type Population07459File } from './parse/ssb-07459-population';
import { parseAprestmoFylker, parseAprestmoKommuner, type Kommune2024 } from './parse/aprestmo-csv';
import { parseKlass108Csv, type KlassKommuneRow } from './parse/klass108-csv';
import { parseChanges2019To2020, parseFhiLocations, parseKommunenummerLong } from './parse/kommune-history-csv';
import { parseKlass131Changes2024 } from './parse/klass131-changes-json';
import { parseBaRegioner, type BaMembership } from './parse/ba-regioner-csv';
import { buildKommuneCorrespondence, type KommuneCorrespondence } from './correspondence';

export interface Inputs {
  population: Population07459File[];
  kommuner2024: Kommune2024[];
  fylker2024: { code: string; name: string }[];
  klass: KlassKommuneRow[];
  ba: BaMembership[];
  correspondence: KommuneCorrespondence;
  groupingsDir: string;
}

export function readInputs(groupingsDir = REGIONS_DIR): Inputs {
  const klass = parseKlass108Csv(rawPath(RAW.klass108));
  const kommuner2024 = parseAprestmoKommuner(rawPath(RAW.kommuner2024));
  const correspondence = buildKommuneCorrespondence({
    klass,
    long: parseKommunenummerLong(rawPath(RAW.kommunenummerLong)),
    fhi: parseFhiLocations(rawPath(RAW.fhiLocations)),
    changes2019: parseChanges2019To2020(rawPath(RAW.changes2019)),
    changes2024: parseKlass131Changes2024(rawPath(RAW.changes2024)),
    kommuner2024
  });
  return {
    population: RAW.population07459.map((f) => parse07459PopulationFile(rawPath(f))),
    kommuner2024,
    fylker2024: parseAprestmoFylker(rawPath(RAW.fylker2024)),
    klass,
    ba: parseBaRegioner(rawPath(RAW.baRegioner)),
    correspondence,
    groupingsDir
  };
}
