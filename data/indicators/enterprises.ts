/**
 * New enterprises: enterprises newly established in the year (business demography).
 */
import { RAW } from '../paths';
import { COUNTY_MOVERS_CAVEAT, ssb, type CatalogueEntry } from './entry';

export const ENTERPRISES: CatalogueEntry[] = [
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
