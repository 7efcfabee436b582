/**
 * The indicator catalogue: one indicator per concept and source vintage (never two vintages chained in
 * one series). Names in bokmål, nynorsk and English; unit and definition in bokmål, as shown in the app.
 * `sources` feeds manifest.json: which raw files (relative to data/raw) each indicator is built from.
 */
import type { Indicator } from '../src/lib/schema';
import { RAW } from './paths';

export interface IndicatorSource {
  publisher: string;
  table_id: string;
  file: string;
}

export interface CatalogueEntry extends Indicator {
  sources: IndicatorSource[];
  /**
   * What is measured, whatever the source: the first words of `definition`, and the whole of it in
   * front of the coverage sentence when the indicator is built from fetched SSB tables instead.
   */
  concept: string;
}

/** Kommuner that changed county in 2002-2024 and so sit in another 2024 fylke than the county they were counted in. */
export const COUNTY_MOVERS_CAVEAT =
  'Tall for fylker før 2020 er summer av de gamle fylkene (Hedmark + Oppland = Innlandet osv.). Disse kommunene byttet fylke og er talt i sitt gamle fylke: ' +
  'Rømskog (Østfold → Akershus), Jevnaker og Lunner (Oppland → Akershus), Røyken og Hurum (Buskerud → Akershus), Svelvik (Vestfold → Buskerud), ' +
  'Hornindal (Sogn og Fjordane → Møre og Romsdal), Rindal (til 2018) og Halsa (Møre og Romsdal → Trøndelag), Tjeldsund (Nordland → Troms).';

const ssb = 'SSB';
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
      'Folkemengde 1. januar, alle aldre. 2005-2022: summen av ettårige aldersgrupper i SSB-tabell 07459; 2024: SSBs folketall 1.1.2024. 2023 finnes ikke i kildene. ' +
      'Sammenslåtte kommuner er summen av de gamle kommunene (harmonisert). Deler av delte kommuner er anslått med befolkningsandeler (estimert): Snillfjord og Tysfjord 2020 (andeler fra FHI), ' +
      'Ålesund 2020-2022 fordelt på Ålesund og Haram etter folketallet 1.1.2024. Eksporten mangler Sandefjord, Andebu og Stokke før 2017, Harstad og Bjarkøy før 2013, Mosvik og Inderøy før 2012, ' +
      'Kristiansund og Frei før 2008 og Vindafjord, Ølen, Aure og Tustna 2005; der gis ingen verdi, og heller ingen sum for fylke, region eller land.',
    per_capita: false,
    sources: [
      ...RAW.population07459.map((file) => ({ publisher: ssb, table_id: '07459', file })),
      { publisher: 'SSB (via aprestmo/norway-geodata)', table_id: '07459 (1.1.2024)', file: RAW.kommuner2024 }
    ]
  },
  {
    id: 'sysselsatte',
    concept: 'Sysselsatte personer 15-74 år etter arbeidssted, 4. kvartal.',
    name_nb: 'Sysselsatte etter arbeidssted',
    name_nn: 'Sysselsette etter arbeidsstad',
    name_en: 'Employed persons by place of work',
    unit: 'personer',
    source: 'SSB, registerbasert sysselsettingsstatistikk',
    table_id: '13472, 11616, fylke 2012-2014: ssb.no 114859, 179549, 229571',
    definition:
      'Sysselsatte personer 15-74 år etter arbeidssted, 4. kvartal. Kommuner: Vestfold og Telemark 2010-2021 (13472, sum over sektorer), Telemark 2022-2025 (13472; lik den første filen i alle felles år), ' +
      'Halden, Moss, Sarpsborg, Fredrikstad, Hvaler, Drammen, Kongsberg og Ringerike 2023 (11616). Fylker 2012-2014 fra SSBs tabeller over de 19 gamle fylkene, unntatt Vestfold, der summen av 2024-kommunene brukes fordi gamle Vestfold også hadde Svelvik. ' +
      COUNTY_MOVERS_CAVEAT +
      ' Hele landet 2012-2014 er avrundet til 1 000 og omfatter også Svalbard, sokkelen og uoppgitt arbeidssted. Ikke det samme som sysselsatte i nasjonalregnskapet.',
    per_capita: true,
    sources: [
      { publisher: ssb, table_id: '13472', file: RAW.employmentSektorVT },
      { publisher: ssb, table_id: '13472', file: RAW.employmentSektorTelemark },
      { publisher: ssb, table_id: '11616; 114859, 179549, 229571', file: RAW.employmentPages }
    ]
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
    sources: [{ publisher: 'Eurostat (via Google Data Commons)', table_id: 'nama_10r_3empers', file: RAW.eurostatEmployment }]
  },
  {
    id: 'bruttoprodukt',
    concept: 'Bruttoprodukt i basisverdi, løpende priser (fylkesfordelt nasjonalregnskap, eldre årgang enn 11713: ikke bland de to).',
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
    sources: [{ publisher: 'SSB (via JohanWidding/Analyse-av-regional-transportutvikling)', table_id: '09391', file: RAW.gdp09391 }]
  },
  {
    id: 'bruttoprodukt_11713',
    concept: 'Bruttoprodukt i basisverdi, løpende priser, totalt for næringer (fylkesfordelt nasjonalregnskap).',
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
    sources: [{ publisher: 'SSB (via evensrii/Telemark)', table_id: '11713', file: RAW.gdp11713 }]
  },
  {
    id: 'nyetableringer',
    concept: 'Nyetablerte foretak i året (reelle nyetableringer, ikke eierskifter).',
    name_nb: 'Nyetablerte foretak',
    name_nn: 'Nyetablerte føretak',
    name_en: 'Newly established enterprises',
    unit: 'foretak',
    source: 'SSB, foretaksdemografi',
    table_id: 'foretaksdemografi (ssb.no 306865 og statiske tabeller 2005-2009); kommuner 2022 via KommuneProfilen',
    definition:
      'Nyetablerte foretak i året (reelle nyetableringer, ikke eierskifter). Hele landet 2001-2016 unntatt 2009; fylker 2001-2004 (bare Østfold-Hordaland) og 2015-2016, lagt sammen til 2024-fylker; ' +
      'kommunene i Kongsvinger- og Elverum-området 2022 (SSB-tall gjengitt av KommuneProfilen). Tall fra ulike utgivelser; der de avviker, brukes den siste. Tall fra Telemarksbarometeret er ikke brukt. I 2001 hørte Ølen til Hordaland, ikke Rogaland. ' +
      COUNTY_MOVERS_CAVEAT,
    per_capita: true,
    sources: [{ publisher: 'SSB (ssb.no pages; KommuneProfilen for kommuner 2022)', table_id: 'foretaksdemografi, 306865', file: RAW.enterprisesPages }]
  }
];

/** The Indicator rows exactly as src/lib/schema.ts declares them. */
export function indicatorRows(): Indicator[] {
  return CATALOGUE.map(({ sources: _sources, concept: _concept, ...indicator }) => indicator);
}
