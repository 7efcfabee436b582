/**
 * The indicator catalogue: one indicator per concept. Sources of the same concept (another table or
 * release of the same statistic) feed one series, ranked by their order in `sources`: for each region
 * and year the first source with a figure wins, and every observation keeps the id of its source.
 * Different concepts (register employment vs national-accounts employment, two national-accounts
 * vintages) are separate indicators, never chained. Names in bokmål, nynorsk and English; unit and
 * definition in bokmål, as shown in the app.
 */
import type { Indicator } from '../src/lib/schema';
import { RAW } from './paths';

export interface IndicatorSource {
  /** Stored with every observation; unique within the indicator ("11618", "distriktstall"). */
  id: string;
  /** How the table, tooltip and CSV name the source of a figure: «SSB 11618». */
  label: string;
  publisher: string;
  table_id: string;
  /** A raw file relative to data/raw; a source read from several files is listed once per file. */
  file: string;
}

export interface CatalogueEntry extends Indicator {
  /** In priority order: where two sources have a figure for the same region and year, the first wins. */
  sources: IndicatorSource[];
  /**
   * What is measured, whatever the source: the first words of `definition`, and the whole of it in
   * front of the coverage sentence when the indicator is built from fetched SSB tables instead.
   */
  concept: string;
}

/** Kommuner that changed county in 2002-2024 and so sit in another 2024 fylke than the county they were counted in. */
export const COUNTY_MOVERS_CAVEAT =
  'Tall for fylker før 2020 fra fylkestabeller er summer av de gamle fylkene (Hedmark + Oppland = Innlandet osv.). Disse kommunene byttet fylke og er talt i sitt gamle fylke: ' +
  'Rømskog (Østfold → Akershus), Jevnaker og Lunner (Oppland → Akershus), Røyken og Hurum (Buskerud → Akershus), Svelvik (Vestfold → Buskerud), ' +
  'Hornindal (Sogn og Fjordane → Møre og Romsdal), Rindal (til 2018) og Halsa (Møre og Romsdal → Trøndelag), Tjeldsund (Nordland → Troms).';

/** SSB's register-based employment statistics changed source in 2015 (a-ordningen). */
const EMPLOYMENT_BREAK =
  'SSB la om sysselsettingsstatistikken i 2015 (a-ordningen): tall før og etter 2015 kan ikke sammenlignes direkte.';

const ssb = 'SSB';
const ssbVia = (repo: string) => `SSB (via ${repo})`;
/** Jobs and employed residents, every kommune 2017–2022: one table for both concepts. */
const employment11618: IndicatorSource = {
  id: '11618',
  label: 'SSB 11618',
  publisher: ssbVia('statisticsnorway/pendling'),
  table_id: '11618',
  file: RAW.employment11618,
};
/** SSB's district figures (2005 and 2015, on 2016 kommuner); `label` says which years a concept uses. */
const districtFigures = (label: string): IndicatorSource => ({
  id: 'distriktstall',
  label,
  publisher: ssbVia('oystess/valg_analyser'),
  table_id: 'distriktsindeksen (SSB)',
  file: RAW.distriktstall,
});

export const CATALOGUE: CatalogueEntry[] = [
  {
    id: 'befolkning',
    concept: 'Folkemengde 1. januar, alle aldre.',
    name_nb: 'Befolkning',
    name_nn: 'Folketal',
    name_en: 'Population',
    unit: 'personer',
    source: 'SSB, befolkningsstatistikk',
    table_id: '07459',
    definition:
      'Folkemengde 1. januar, alle aldre (SSB-tabell 07459). 2005-2023: summen av ettårige aldersgrupper i SSBs eksportfiler, ført til 2024-grenser; 2024: SSBs folketall 1.1.2024. ' +
      '1986-2004, 2025-2026 og kommunene eksportfilene mangler (Sandefjord, Andebu og Stokke før 2017, Harstad og Bjarkøy før 2013, Mosvik og Inderøy før 2012, Kristiansund og Frei før 2008, Vindafjord, Ølen, Aure og Tustna 2005): ' +
      'SSBs egen tidsserie for 2024-kommunene. Den har ingen tall for kommuner dannet ved deling før 2020 (Narvik, Hamarøy, Heim, Hitra, Orkland) eller for Haram 2020-2023; ' +
      'der gis ingen verdi, og heller ingen sum for fylke, region eller land før 2005. Deler av delte kommuner 2020-2023 er anslått med befolkningsandeler (estimert): Snillfjord og Tysfjord 2020 (andeler fra FHI), ' +
      'Ålesund 2020-2023 fordelt på Ålesund og Haram etter folketallet 1.1.2024.',
    per_capita: false,
    breaks: [],
    break_note: '',
    sources: [
      ...RAW.population07459.map((file) => ({
        id: '07459',
        label: 'SSB 07459',
        publisher: ssb,
        table_id: '07459',
        file,
      })),
      {
        id: '07459-2024',
        label: 'SSB 07459 (1.1.2024)',
        publisher: 'SSB (via aprestmo/norway-geodata)',
        table_id: '07459',
        file: RAW.kommuner2024,
      },
      {
        id: '07459-k2024',
        label: 'SSB 07459, tidsserie for 2024-kommuner',
        publisher: ssbVia('oystess/valg_analyser'),
        table_id: '07459',
        file: RAW.population2024Kommuner,
      },
    ],
  },
  {
    id: 'sysselsatte',
    concept: 'Sysselsatte personer 15-74 år etter arbeidssted, 4. kvartal (arbeidsplasser).',
    name_nb: 'Sysselsatte etter arbeidssted',
    name_nn: 'Sysselsette etter arbeidsstad',
    name_en: 'Employed persons by place of work',
    unit: 'personer',
    source: 'SSB, registerbasert sysselsettingsstatistikk',
    table_id: '11618, 13472, 11616',
    definition:
      'Sysselsatte personer 15-74 år etter arbeidssted, 4. kvartal (arbeidsplasser). Én serie fra flere SSB-tabeller, i denne rekkefølgen der flere har tall for samme år: ' +
      'alle kommuner 2017-2022 (SSB 11618); alle kommuner 2005 og 2015 (distriktstall, på 2016-kommuner); Vestfold og Telemark 2010-2021 og Telemark 2022-2025 (SSB 13472, sum over sektorer); ' +
      'Halden, Moss, Sarpsborg, Fredrikstad, Hvaler, Drammen, Kongsberg og Ringerike 2023 (SSB 11616); fylker og Hele landet 2012-2014 fra SSBs tabeller over de 19 gamle fylkene. ' +
      'Kilden for hvert tall står i tabellen og i CSV-filen. ' +
      EMPLOYMENT_BREAK +
      ' Hele landet fra 2015 er summen av kommunene, uten Svalbard, sokkelen og uoppgitt arbeidssted; 2012-2014 er SSBs tall for hele landet, avrundet til 1 000. ' +
      COUNTY_MOVERS_CAVEAT +
      ' Ikke det samme som sysselsatte i nasjonalregnskapet.',
    per_capita: true,
    breaks: [2015],
    break_note: EMPLOYMENT_BREAK,
    sources: [
      employment11618,
      districtFigures('SSB, distriktstall 2005/2015'),
      {
        id: '13472',
        label: 'SSB 13472',
        publisher: ssbVia('evensrii/Telemark'),
        table_id: '13472',
        file: RAW.employmentSektorVT,
      },
      {
        id: '13472',
        label: 'SSB 13472',
        publisher: ssbVia('evensrii/Telemark'),
        table_id: '13472',
        file: RAW.employmentSektorTelemark,
      },
      { id: '11616', label: 'SSB 11616', publisher: ssb, table_id: '11616', file: RAW.employmentPages },
      {
        id: 'fylkestabeller',
        label: 'SSB, fylkestabeller 2012-2014',
        publisher: ssb,
        table_id: '114859, 179549, 229571',
        file: RAW.employmentPages,
      },
    ],
  },
  {
    id: 'sysselsatte_bosted',
    concept: 'Sysselsatte personer 15-74 år etter bosted, 4. kvartal.',
    name_nb: 'Sysselsatte etter bosted',
    name_nn: 'Sysselsette etter bustad',
    name_en: 'Employed persons by place of residence',
    unit: 'personer',
    source: 'SSB, registerbasert sysselsettingsstatistikk',
    table_id: '11618',
    definition:
      'Sysselsatte personer 15-74 år etter bostedskommune, 4. kvartal: alle kommuner 2017-2022 (SSB 11618) og 2015 (distriktstall, på 2016-kommuner). ' +
      'Sammen med sysselsatte etter arbeidssted gir det arbeidsplassdekningen (arbeidsplasser per sysselsatt bosatt). ' +
      EMPLOYMENT_BREAK,
    per_capita: true,
    breaks: [2015],
    break_note: EMPLOYMENT_BREAK,
    sources: [employment11618, districtFigures('SSB, distriktstall 2015')],
  },
  {
    id: 'befolkning_15_74',
    concept: 'Bosatte 15-74 år, 4. kvartal.',
    name_nb: 'Befolkning 15-74 år',
    name_nn: 'Folketal 15-74 år',
    name_en: 'Population aged 15-74',
    unit: 'personer',
    source: 'SSB, registerbasert sysselsettingsstatistikk',
    table_id: '11618',
    definition:
      'Bosatte 15-74 år i 4. kvartal (SSB 11618, grunnlaget for sysselsettingsandelen), alle kommuner 2017-2022. Ikke det samme som folkemengden 1. januar.',
    per_capita: false,
    breaks: [],
    break_note: '',
    sources: [employment11618],
  },
  {
    id: 'sysselsatte_nr',
    concept: 'Alle sysselsatte, også selvstendige, årsgjennomsnitt, etter arbeidssted (nasjonalregnskapet).',
    name_nb: 'Sysselsatte (nasjonalregnskap)',
    name_nn: 'Sysselsette (nasjonalrekneskap)',
    name_en: 'Employment (national accounts)',
    unit: 'personer',
    source: 'Eurostat, regionalregnskap (ESA 2010), levert av SSB',
    table_id: 'nama_10r_3empers',
    definition:
      'Alle sysselsatte, også selvstendige, årsgjennomsnitt, etter arbeidssted, avrundet til 1 000 personer. 2008-2017 for de 19 gamle fylkene (NUTS 2013), lagt sammen til 2024-fylker. ' +
      COUNTY_MOVERS_CAVEAT +
      ' Hele landet (NO) omfatter kontinentalsokkelen. Et annet begrep enn «Sysselsatte etter arbeidssted» (register, 15-74 år, 4. kvartal).',
    per_capita: true,
    breaks: [],
    break_note: '',
    sources: [
      {
        id: 'nama_10r_3empers',
        label: 'Eurostat nama_10r_3empers',
        publisher: 'Eurostat (via Google Data Commons)',
        table_id: 'nama_10r_3empers',
        file: RAW.eurostatEmployment,
      },
    ],
  },
  {
    id: 'bruttoprodukt',
    concept:
      'Bruttoprodukt i basisverdi, løpende priser (fylkesfordelt nasjonalregnskap, eldre årgang enn 11713: ikke bland de to).',
    name_nb: 'Bruttoprodukt (09391)',
    name_nn: 'Bruttoprodukt (09391)',
    name_en: 'Gross product (09391)',
    unit: 'mill. kr',
    source: 'SSB, fylkesfordelt nasjonalregnskap',
    table_id: '09391',
    definition:
      'Bruttoprodukt i basisverdi, løpende priser, 2008-2017, for de 19 gamle fylkene lagt sammen til 2024-fylker. ' +
      COUNTY_MOVERS_CAVEAT +
      ' Ingen tall for Hele landet i samme årgang; fylkene summerer ikke til landet (sokkelen er egen region). Eldre årgang enn 11713: ikke bland de to. ' +
      'Tallene for 2006 (SSB 2009) er utelatt fordi de er fra en annen årgang.',
    per_capita: true,
    breaks: [],
    break_note: '',
    sources: [
      {
        id: '09391',
        label: 'SSB 09391',
        publisher: ssbVia('JohanWidding/Analyse-av-regional-transportutvikling'),
        table_id: '09391',
        file: RAW.gdp09391,
      },
    ],
  },
  {
    id: 'bruttoprodukt_11713',
    concept:
      'Bruttoprodukt i basisverdi, løpende priser, totalt for næringer (fylkesfordelt nasjonalregnskap).',
    name_nb: 'Bruttoprodukt (11713)',
    name_nn: 'Bruttoprodukt (11713)',
    name_en: 'Gross product (11713)',
    unit: 'mill. kr',
    source: 'SSB, fylkesfordelt nasjonalregnskap',
    table_id: '11713',
    definition:
      'Bruttoprodukt i basisverdi, løpende priser, totalt for næringer. Hele landet 2011-2023 (med sokkelen); Telemark 2011-2019; alle fylker 2019 (gamle fylker lagt sammen til 2024-fylker); ' +
      '2023 for fylkene som var uendret fra 2020-2023 til 2024. Viken, Vestfold og Telemark og Troms og Finnmark 2023 kan ikke deles og gir ingen fylkestall. ' +
      COUNTY_MOVERS_CAVEAT,
    per_capita: true,
    breaks: [],
    break_note: '',
    sources: [
      {
        id: '11713',
        label: 'SSB 11713',
        publisher: ssbVia('evensrii/Telemark'),
        table_id: '11713',
        file: RAW.gdp11713,
      },
    ],
  },
  {
    id: 'nyetableringer',
    concept: 'Nyetablerte foretak i året (reelle nyetableringer, ikke eierskifter).',
    name_nb: 'Nyetablerte foretak',
    name_nn: 'Nyetablerte føretak',
    name_en: 'Newly established enterprises',
    unit: 'foretak',
    source: 'SSB, foretaksdemografi',
    table_id:
      'foretaksdemografi (ssb.no 306865 og statiske tabeller 2005-2009); kommuner 2022 via KommuneProfilen',
    definition:
      'Nyetablerte foretak i året (reelle nyetableringer, ikke eierskifter). Hele landet 2001-2016 unntatt 2009, og 2019-2020; fylker 2001-2004 (bare Østfold-Hordaland), 2015-2016 og 2019-2020, lagt sammen til 2024-fylker ' +
      '(2019 mangler Troms og Finnmark; 2020 gir ingen tall for fylkene som ble delt i 2024); ' +
      'kommunene i Kongsvinger- og Elverum-området 2022 (SSB-tall gjengitt av KommuneProfilen). Tall fra ulike utgivelser; der de avviker, brukes den siste. Tall fra Telemarksbarometeret er ikke brukt. I 2001 hørte Ølen til Hordaland, ikke Rogaland. ' +
      COUNTY_MOVERS_CAVEAT,
    per_capita: true,
    breaks: [],
    break_note: '',
    sources: [
      {
        id: 'foretak-2021',
        label: 'SSB, foretak (utgitt 2021)',
        publisher: ssb,
        table_id: 'foretak (ssb.no, 5.11.2021)',
        file: RAW.enterprisesCounty2019_2020,
      },
      {
        id: 'foretaksdemografi',
        label: 'SSB, foretaksdemografi',
        publisher: 'SSB (ssb.no pages; KommuneProfilen for kommuner 2022)',
        table_id: 'foretaksdemografi, 306865',
        file: RAW.enterprisesPages,
      },
    ],
  },
];

/** Source ids of an indicator in priority order (first = preferred). */
export function sourcePriority(entry: Pick<CatalogueEntry, 'sources'>): string[] {
  return [...new Set(entry.sources.map((s) => s.id))];
}

/** The Indicator rows exactly as src/lib/schema.ts declares them. */
export function indicatorRows(catalogue: readonly CatalogueEntry[] = CATALOGUE): Indicator[] {
  return catalogue.map(({ sources: _sources, concept: _concept, ...indicator }) => indicator);
}
