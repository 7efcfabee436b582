/** Read and parse every raw file once; the series and the region table are built from this. */
import { RAW, REGIONS_DIR, rawPath } from './paths';
import { checkRawFiles } from './expectations';
import { parse07459PopulationFile, type Population07459File } from './parse/ssb-07459-population';
import { parseAprestmoFylker, parseAprestmoKommuner, type Kommune2024 } from './parse/aprestmo-csv';
import { parseKlass108Csv, type KlassKommuneRow } from './parse/klass108-csv';
import {
  parseChanges2019To2020,
  parseFhiLocations,
  parseKommunenummerLong,
} from './parse/kommune-history-csv';
import { parseKlass131Changes2024 } from './parse/klass131-changes-json';
import { parseBaRegioner, type BaMembership } from './parse/ba-regioner-csv';
import { buildKommuneCorrespondence, type KommuneCorrespondence } from './correspondence';
import {
  parse07459For2024Kommuner,
  type Population2024KommuneRow,
} from './parse/ssb-07459-2024-kommuner-csv';
import { parse03321CommutingCsv, type CommutingFlow } from './parse/ssb-03321-commuting-csv';

export interface Inputs {
  population: Population07459File[];
  /** SSB's merged 1986-2026 series for the 2024 kommuner (secondary copy; fills gaps only). */
  population2024Kommuner: Population2024KommuneRow[];
  /** SSB 03321 flows in each year's kommune numbering. */
  commuting: CommutingFlow[];
  kommuner2024: Kommune2024[];
  fylker2024: { code: string; name: string }[];
  klass: KlassKommuneRow[];
  ba: BaMembership[];
  correspondence: KommuneCorrespondence;
  groupingsDir: string;
}

export function readInputs(groupingsDir = REGIONS_DIR): Inputs {
  // A damaged raw file stops the build here, naming file and line, before anything is parsed from it.
  checkRawFiles();
  const klass = parseKlass108Csv(rawPath(RAW.klass108));
  const kommuner2024 = parseAprestmoKommuner(rawPath(RAW.kommuner2024));
  const correspondence = buildKommuneCorrespondence({
    klass,
    long: parseKommunenummerLong(rawPath(RAW.kommunenummerLong)),
    fhi: parseFhiLocations(rawPath(RAW.fhiLocations)),
    changes2019: parseChanges2019To2020(rawPath(RAW.changes2019)),
    changes2024: parseKlass131Changes2024(rawPath(RAW.changes2024)),
    kommuner2024,
  });
  return {
    population: RAW.population07459.map((f) => parse07459PopulationFile(rawPath(f))),
    population2024Kommuner: parse07459For2024Kommuner(
      rawPath(RAW.population2024Kommuner),
      RAW.population2024Kommuner,
    ),
    commuting: parse03321CommutingCsv(rawPath(RAW.commuting03321), RAW.commuting03321),
    kommuner2024,
    fylker2024: parseAprestmoFylker(rawPath(RAW.fylker2024)),
    klass,
    ba: parseBaRegioner(rawPath(RAW.baRegioner)),
    correspondence,
    groupingsDir,
  };
}
