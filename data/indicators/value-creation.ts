/**
 * Value creation: gross product by county from two vintages of the regional accounts, two indicators
 * because vintages are never chained.
 */
import { RAW } from '../paths';
import { COUNTY_MOVERS_CAVEAT, ssbVia, type CatalogueEntry } from './entry';

export const VALUE_CREATION: CatalogueEntry[] = [
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
];
