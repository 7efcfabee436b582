/**
 * The words that come with the data — an indicator's source, table and definition, its break note, and
 * the names of its sources — in nynorsk and English. Bokmål is what the data build wrote
 * (static/data/indicators.parquet, sources.parquet) and is never repeated here; a text missing here
 * falls back to it, so a new indicator shows in bokmål until it is translated
 * (tests/unit/i18n/data-text.test.ts lists every shipped indicator without a translation).
 * Translations are faithful to the bokmål: every number in it appears unchanged (the test checks).
 * Indicator names are in the data itself (`name_nn`, `name_en`); the SSB table names used in English
 * follow SSB's own English table titles.
 */
import { activeLang, type Lang } from './lang.svelte';

/** What an indicator carries in words, per language other than bokmål. */
interface IndicatorText {
  source: string;
  table_id?: string;
  definition: string;
  break_note?: string;
}

const BREAK_2015 = {
  nn: 'SSB la om sysselsetjingsstatistikken i 2015 (a-ordninga): tal før og etter 2015 kan ikkje samanliknast direkte.',
  en: 'SSB changed the basis of its employment statistics in 2015 (the a-ordning reporting scheme): figures before and after 2015 cannot be compared directly.',
};

const OLD_FYLKER = {
  nn: 'Tal for fylke før 2020 frå fylkestabellar er summar av dei gamle fylka (Hedmark + Oppland = Innlandet osb.). Desse kommunane bytte fylke og er talde i det gamle fylket sitt: Rømskog (Østfold → Akershus), Jevnaker og Lunner (Oppland → Akershus), Røyken og Hurum (Buskerud → Akershus), Svelvik (Vestfold → Buskerud), Hornindal (Sogn og Fjordane → Møre og Romsdal), Rindal (til 2018) og Halsa (Møre og Romsdal → Trøndelag), Tjeldsund (Nordland → Troms).',
  en: 'County figures before 2020 from county tables are sums of the former counties (Hedmark + Oppland = Innlandet etc.). These municipalities changed county and are counted in their former county: Rømskog (Østfold → Akershus), Jevnaker and Lunner (Oppland → Akershus), Røyken and Hurum (Buskerud → Akershus), Svelvik (Vestfold → Buskerud), Hornindal (Sogn og Fjordane → Møre og Romsdal), Rindal (until 2018) and Halsa (Møre og Romsdal → Trøndelag), Tjeldsund (Nordland → Troms).',
};

export const INDICATOR_TEXT: Record<Exclude<Lang, 'nb'>, Record<string, IndicatorText>> = {
  nn: {
    befolkning: {
      source: 'SSB, befolkningsstatistikk',
      definition:
        'Folkemengd 1. januar, alle aldrar (SSB-tabell 07459). 2005-2023: summen av eittårige aldersgrupper i eksportfilene til SSB, førte til 2024-grenser; 2024: folketalet til SSB 1.1.2024. 1986-2004, 2025-2026 og kommunane eksportfilene manglar (Sandefjord, Andebu og Stokke før 2017, Harstad og Bjarkøy før 2013, Mosvik og Inderøy før 2012, Kristiansund og Frei før 2008, Vindafjord, Ølen, Aure og Tustna 2005): den eigne tidsserien til SSB for 2024-kommunane. Han har ingen tal for kommunar skipa ved deling før 2020 (Narvik, Hamarøy, Heim, Hitra, Orkland) eller for Haram 2020-2023; der er det ingen verdi, og heller ingen sum for fylke, region eller land før 2005. Delar av delte kommunar 2020-2023 er estimerte med folketalsdelar (estimert): Snillfjord og Tysfjord 2020 (delar frå FHI), Ålesund 2020-2023 fordelt på Ålesund og Haram etter folketalet 1.1.2024.',
    },
    sysselsatte: {
      source: 'SSB, registerbasert sysselsetjingsstatistikk',
      definition: `Sysselsette personar 15-74 år etter arbeidsstad, 4. kvartal (arbeidsplassar). Éin serie frå fleire SSB-tabellar, i denne rekkjefølgja der fleire har tal for same år: alle kommunar 2017-2022 (SSB 11618); alle kommunar 2005 og 2015 (distriktstal, på 2016-kommunar); Vestfold og Telemark 2010-2021 og Telemark 2022-2025 (SSB 13472, sum over sektorar); Halden, Moss, Sarpsborg, Fredrikstad, Hvaler, Drammen, Kongsberg og Ringerike 2023 (SSB 11616); fylke og Heile landet 2012-2014 frå tabellane til SSB over dei 19 gamle fylka. Kjelda for kvart tal står i tabellen og i CSV-fila. ${BREAK_2015.nn} Heile landet frå 2015 er summen av kommunane, utan Svalbard, sokkelen og uoppgitt arbeidsstad; 2012-2014 er tala til SSB for heile landet, avrunda til 1 000. ${OLD_FYLKER.nn} Ikkje det same som sysselsette i nasjonalrekneskapen.`,
      break_note: BREAK_2015.nn,
    },
    sysselsatte_bosted: {
      source: 'SSB, registerbasert sysselsetjingsstatistikk',
      definition: `Sysselsette personar 15-74 år etter bustadkommune, 4. kvartal: alle kommunar 2017-2022 (SSB 11618) og 2015 (distriktstal, på 2016-kommunar). Saman med sysselsette etter arbeidsstad gir det arbeidsplassdekninga (arbeidsplassar per sysselsett busett). ${BREAK_2015.nn}`,
      break_note: BREAK_2015.nn,
    },
    befolkning_15_74: {
      source: 'SSB, registerbasert sysselsetjingsstatistikk',
      definition:
        'Busette 15-74 år i 4. kvartal (SSB 11618, grunnlaget for sysselsetjingsdelen), alle kommunar 2017-2022. Ikkje det same som folkemengda 1. januar.',
    },
    sysselsatte_nr: {
      source: 'Eurostat, regionalrekneskap (ESA 2010), levert av SSB',
      definition: `Alle sysselsette, også sjølvstendige, årsgjennomsnitt, etter arbeidsstad, avrunda til 1 000 personar. 2008-2017 for dei 19 gamle fylka (NUTS 2013), lagde saman til 2024-fylke. ${OLD_FYLKER.nn} Heile landet (NO) omfattar kontinentalsokkelen. Eit anna omgrep enn «Sysselsette etter arbeidsstad» (register, 15-74 år, 4. kvartal).`,
    },
    bruttoprodukt: {
      source: 'SSB, fylkesfordelt nasjonalrekneskap',
      definition: `Bruttoprodukt i basisverdi, løpande prisar, 2008-2017, for dei 19 gamle fylka lagde saman til 2024-fylke. ${OLD_FYLKER.nn} Ingen tal for Heile landet i same årgang; fylka summerer ikkje til landet (sokkelen er eigen region). Eldre årgang enn 11713: ikkje bland dei to. Tala for 2006 (SSB 2009) er utelatne fordi dei er frå ein annan årgang.`,
    },
    bruttoprodukt_11713: {
      source: 'SSB, fylkesfordelt nasjonalrekneskap',
      definition: `Bruttoprodukt i basisverdi, løpande prisar, totalt for næringar. Heile landet 2011-2023 (med sokkelen); Telemark 2011-2019; alle fylke 2019 (gamle fylke lagde saman til 2024-fylke); 2023 for fylka som var uendra frå 2020-2023 til 2024. Viken, Vestfold og Telemark og Troms og Finnmark 2023 kan ikkje delast og gir ingen fylkestal. ${OLD_FYLKER.nn}`,
    },
    nyetableringer: {
      source: 'SSB, føretaksdemografi',
      table_id:
        'føretaksdemografi (ssb.no 306865 og statiske tabellar 2005-2009); kommunar 2022 via KommuneProfilen',
      definition: `Nyetablerte føretak i året (reelle nyetableringar, ikkje eigarskifte). Heile landet 2001-2016 unnateke 2009, og 2019-2020; fylke 2001-2004 (berre Østfold-Hordaland), 2015-2016 og 2019-2020, lagde saman til 2024-fylke (2019 manglar Troms og Finnmark; 2020 gir ingen tal for fylka som vart delte i 2024); kommunane i Kongsvinger- og Elverum-området 2022 (SSB-tal attgitt av KommuneProfilen). Tal frå ulike utgivingar; der dei avvik, blir den siste brukt. Tal frå Telemarksbarometeret er ikkje brukte. I 2001 høyrde Ølen til Hordaland, ikkje Rogaland. ${OLD_FYLKER.nn}`,
    },
  },
  en: {
    befolkning: {
      source: 'SSB, population statistics',
      definition:
        "Population on 1 January, all ages (SSB table 07459). 2005-2023: the sum of one-year age groups in SSB's export files, carried over to 2024 borders; 2024: SSB's population on 1.1.2024. 1986-2004, 2025-2026 and the municipalities missing from the export files (Sandefjord, Andebu and Stokke before 2017, Harstad and Bjarkøy before 2013, Mosvik and Inderøy before 2012, Kristiansund and Frei before 2008, Vindafjord, Ølen, Aure and Tustna 2005): SSB's own time series for the 2024 municipalities. It has no figures for municipalities formed by a split before 2020 (Narvik, Hamarøy, Heim, Hitra, Orkland) or for Haram 2020-2023; there no value is given, and no sum for county, region or country before 2005. Parts of split municipalities 2020-2023 are estimated from population shares (estimated): Snillfjord and Tysfjord 2020 (shares from FHI), Ålesund 2020-2023 divided between Ålesund and Haram by the population on 1.1.2024.",
    },
    sysselsatte: {
      source: 'SSB, register-based employment statistics',
      definition: `Employed persons aged 15-74 by place of work, 4th quarter (jobs). One series from several SSB tables, in this order where more than one has a figure for the same year: all municipalities 2017-2022 (SSB 11618); all municipalities 2005 and 2015 (district figures, on 2016 municipalities); Vestfold and Telemark 2010-2021 and Telemark 2022-2025 (SSB 13472, sum over sectors); Halden, Moss, Sarpsborg, Fredrikstad, Hvaler, Drammen, Kongsberg and Ringerike 2023 (SSB 11616); counties and the whole country 2012-2014 from SSB's tables for the 19 former counties. The source of each figure is given in the table and in the CSV file. ${BREAK_2015.en} The whole country from 2015 is the sum of the municipalities, without Svalbard, the continental shelf and unknown place of work; 2012-2014 are SSB's figures for the whole country, rounded to 1,000. ${OLD_FYLKER.en} Not the same as employment in the national accounts.`,
      break_note: BREAK_2015.en,
    },
    sysselsatte_bosted: {
      source: 'SSB, register-based employment statistics',
      definition: `Employed persons aged 15-74 by municipality of residence, 4th quarter: all municipalities 2017-2022 (SSB 11618) and 2015 (district figures, on 2016 municipalities). Together with employed persons by place of work it gives the job coverage ratio (jobs per employed resident). ${BREAK_2015.en}`,
      break_note: BREAK_2015.en,
    },
    befolkning_15_74: {
      source: 'SSB, register-based employment statistics',
      definition:
        'Residents aged 15-74 in the 4th quarter (SSB 11618, the basis of the employment rate), all municipalities 2017-2022. Not the same as the population on 1 January.',
    },
    sysselsatte_nr: {
      source: 'Eurostat, regional accounts (ESA 2010), supplied by SSB',
      definition: `All employed persons, self-employed included, annual average, by place of work, rounded to 1,000 persons. 2008-2017 for the 19 former counties (NUTS 2013), added up to 2024 counties. ${OLD_FYLKER.en} The whole country (NO) includes the continental shelf. A different concept from «Employed persons by place of work» (register, aged 15-74, 4th quarter).`,
    },
    bruttoprodukt: {
      source: 'SSB, regional accounts',
      definition: `Gross product at basic values, current prices, 2008-2017, for the 19 former counties added up to 2024 counties. ${OLD_FYLKER.en} No figures for the whole country in the same vintage; the counties do not sum to the country (the continental shelf is a region of its own). An older vintage than 11713: do not mix the two. The figures for 2006 (SSB 2009) are left out because they are from another vintage.`,
    },
    bruttoprodukt_11713: {
      source: 'SSB, regional accounts',
      definition: `Gross product at basic values, current prices, all industries. The whole country 2011-2023 (continental shelf included); Telemark 2011-2019; all counties 2019 (former counties added up to 2024 counties); 2023 for the counties that were unchanged from 2020-2023 to 2024. Viken, Vestfold og Telemark and Troms og Finnmark 2023 cannot be divided and give no county figures. ${OLD_FYLKER.en}`,
    },
    nyetableringer: {
      source: 'SSB, business demography',
      table_id:
        'business demography (ssb.no 306865 and static tables 2005-2009); municipalities 2022 via KommuneProfilen',
      definition: `Newly established enterprises in the year (genuine new enterprises, not changes of ownership). The whole country 2001-2016 except 2009, and 2019-2020; counties 2001-2004 (Østfold-Hordaland only), 2015-2016 and 2019-2020, added up to 2024 counties (2019 lacks Troms og Finnmark; 2020 gives no figures for the counties split in 2024); the municipalities in the Kongsvinger and Elverum area 2022 (SSB figures as published by KommuneProfilen). Figures from different releases; where they differ, the latest is used. Figures from Telemarksbarometeret are not used. In 2001 Ølen belonged to Hordaland, not Rogaland. ${OLD_FYLKER.en}`,
    },
  },
};

/** Source names that carry words, by `indicator/source id`; names that are only a table number need none. */
export const SOURCE_LABEL: Record<Exclude<Lang, 'nb'>, Record<string, string>> = {
  nn: {
    'befolkning/07459-k2024': 'SSB 07459, tidsserie for 2024-kommunar',
    'nyetableringer/foretak-2021': 'SSB, føretak (gitt ut 2021)',
    'nyetableringer/foretaksdemografi': 'SSB, føretaksdemografi',
    'sysselsatte/distriktstall': 'SSB, distriktstal 2005/2015',
    'sysselsatte/fylkestabeller': 'SSB, fylkestabellar 2012-2014',
    'sysselsatte_bosted/distriktstall': 'SSB, distriktstal 2015',
  },
  en: {
    'befolkning/07459-k2024': 'SSB 07459, time series for 2024 municipalities',
    'nyetableringer/foretak-2021': 'SSB, enterprises (published 2021)',
    'nyetableringer/foretaksdemografi': 'SSB, business demography',
    'sysselsatte/distriktstall': 'SSB, district figures 2005/2015',
    'sysselsatte/fylkestabeller': 'SSB, county tables 2012-2014',
    'sysselsatte_bosted/distriktstall': 'SSB, district figures 2015',
  },
};

type IndicatorWords = {
  id: string;
  source: string;
  table_id: string;
  definition: string;
  break_note: string;
};

function indicatorText(id: string, lang: Lang): IndicatorText | undefined {
  return lang === 'nb' ? undefined : INDICATOR_TEXT[lang][id];
}

/** Publisher and product («SSB, befolkningsstatistikk») in the active language. */
export function indicatorSource(ind: Pick<IndicatorWords, 'id' | 'source'>, lang = activeLang()): string {
  return indicatorText(ind.id, lang)?.source ?? ind.source;
}

/** The table id(s); only the business-demography entry has words in it. */
export function indicatorTable(ind: Pick<IndicatorWords, 'id' | 'table_id'>, lang = activeLang()): string {
  return indicatorText(ind.id, lang)?.table_id ?? ind.table_id;
}

export function indicatorDefinition(
  ind: Pick<IndicatorWords, 'id' | 'definition'>,
  lang = activeLang(),
): string {
  return indicatorText(ind.id, lang)?.definition ?? ind.definition;
}

/** Why the series breaks; empty without breaks, whatever the language. */
export function indicatorBreakNote(
  ind: Pick<IndicatorWords, 'id' | 'break_note'>,
  lang = activeLang(),
): string {
  if (!ind.break_note) return '';
  return indicatorText(ind.id, lang)?.break_note ?? ind.break_note;
}

/** A source's name («SSB, distriktstall 2015») in the active language. */
export function sourceName(indicator: string, id: string, label: string, lang = activeLang()): string {
  return lang === 'nb' ? label : (SOURCE_LABEL[lang][`${indicator}/${id}`] ?? label);
}
