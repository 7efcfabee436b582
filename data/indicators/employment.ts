/**
 * Employment: register-based employed persons by place of work and of residence, the residents aged
 * 15-74 they are counted against (from the same SSB table), and the national accounts' employment, a
 * different concept kept apart.
 */
import { RAW } from '../paths';
import { COUNTY_MOVERS_CAVEAT, ssb, ssbVia, type CatalogueEntry, type IndicatorSource } from './entry';

/** SSB's register-based employment statistics changed source in 2015 (a-ordningen). */
const EMPLOYMENT_BREAK =
  'SSB la om sysselsettingsstatistikken i 2015 (a-ordningen): tall før og etter 2015 kan ikke sammenlignes direkte.';

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

export const EMPLOYMENT: CatalogueEntry[] = [
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
];
