/** Where the pipeline reads and writes. Only data/raw and data/regions are inputs: a fresh clone has nothing else. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = dirname(DATA_DIR);
// Overridable so a test can build from a damaged copy of the inputs into a throw-away folder.
export const RAW_DIR = process.env.REGIONPULS_RAW_DIR || join(DATA_DIR, 'raw');
export const REGIONS_DIR = join(DATA_DIR, 'regions');
export const OUTPUT_DIR = process.env.REGIONPULS_OUTPUT_DIR || join(REPO_ROOT, 'static', 'data');
/** What every raw CSV looked like when it was copied in: header, row count, column totals (expectations.ts). */
export const EXPECTATIONS_FILE = join(DATA_DIR, 'raw-expectations.json');

/** Raw files by role, relative to data/raw (the manifest and SOURCES.md use these names). */
export const RAW = {
  population07459: [
    'ssb/population/raw_07459/Personer2005-2009.csv',
    'ssb/population/raw_07459/Personer2010-2014.csv',
    'ssb/population/raw_07459/Personer2015-2018.csv',
    'ssb/population/raw_07459/Personer2019.csv',
    'ssb/population/raw_07459/Personer2020.csv',
    'ssb/population/raw_07459/Personer2021.csv',
    'ssb/population/raw_07459/Personer2022.csv',
    'ssb/population/raw_07459/Personer2023.csv',
  ],
  population2024Kommuner: 'ssb/population/befolkning_2024kommuner_1986_2026/befolkning_2024.csv',
  populationDerived: 'ssb/population/befolkning_kommune_07459_2005_2022.csv',
  centrality2018: 'classification/sentralitetsindeks_2018.csv',
  kommuneBoundaries2024: 'kartverket/kommuner_2024_S.geojson',
  fylkeBoundaries2024: 'kartverket/fylker_2024_S.geojson',
  kommuner2024: 'classification/kommuner_2025_aprestmo.csv',
  fylker2024: 'classification/fylker_2025_aprestmo.csv',
  klass108: 'classification/okonomiske_regioner/kommune_okonomisk_region_klass108_2002_2025.csv',
  kommunenummerLong: 'classification/kommunenummer_2013_til_2020_long.csv',
  fhiLocations: 'classification/norway_locations_municip_2019_to_2020_fhi.csv',
  changes2019: 'classification/kommuner_med_endringer_2019_til_2020.csv',
  changes2024: 'classification/kommunekode_endringer_2024_klass131.json',
  baRegioner: 'classification/ba_regioner_2020_etter_kommune.csv',
  employmentSektorVT:
    'ssb/employment_vestfold_telemark/sysselsatte_arbeidssted_sektor_13472_vestfold_telemark_2010_2021.csv',
  employmentSektorNational:
    'ssb/employment_vestfold_telemark/sysselsatte_arbeidssted_sektor_13472_hele_landet_2010_2021.csv',
  employmentSektorTelemark:
    'ssb/employment_vestfold_telemark/sysselsatte_arbeidssted_sektor_13472_telemark_kommuner.csv',
  employmentNaeringTelemark:
    'ssb/employment_vestfold_telemark/sysselsatte_arbeidssted_naering_13470_telemark_kommuner.csv',
  employmentPages: 'ssb_pages/employment_by_workplace.csv',
  eurostatEmployment: 'eurostat/nama_10r_3empers_norway_nuts.csv',
  gdp09391: 'ssb/county_gdp/fylke_befolkning_personbiler_bruttoprodukt_2000_2017_09391.csv',
  gdp11713: 'ssb/county_gdp/fylke_bruttoprodukt_sysselsatte_11713_extract.csv',
  enterprisesPages: 'ssb_pages/new_enterprises_by_county.csv',
  enterprisesCounty2019_2020: 'ssb_pages/new_enterprises_by_county_2019_2020.csv',
  employment11618:
    'ssb/employment_all_kommuner_11618_03321/sysselsatte_arbeidssted_bosted_11618_kommune_2017_2022.csv',
  commuting03321: 'ssb/employment_all_kommuner_11618_03321/pendling_03321_kommune_2017_2022_nonzero.csv',
  distriktstall: 'ssb/employment_2005_2015_distriktstall/distriktstall_Ark1.csv',
} as const;

export const rawPath = (relative: string) => join(RAW_DIR, relative);
