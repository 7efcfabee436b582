/**
 * Population: residents on 1 January, from SSB 07459 in three forms that feed one series (see
 * data/indicators.ts for how a concept's sources are ranked).
 */
import { RAW } from '../paths';
import { ssb, ssbVia, type CatalogueEntry } from './entry';

export const POPULATION: CatalogueEntry[] = [
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
];
