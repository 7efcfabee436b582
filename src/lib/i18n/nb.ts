/**
 * Bokmål messages. Every user-visible string of the app is here, as a function where it takes
 * values, so nynorsk (nn.ts) and English (en.ts) can follow with the same `Messages` shape.
 */
import type { Notice } from '../config';

export const nb = {
  locale: 'nb-NO',
  appName: 'Regionpuls',
  tagline: 'Regional utvikling i tall: arbeidsplasser, nyetableringer, verdiskaping og befolkning',
  indicator: 'Indikator',
  regions: 'Regioner',
  searchRegions: 'Søk etter kommune, region eller fylke (navn eller nummer)',
  addRegion: 'Legg til',
  removeRegion: (name: string) => `Fjern ${name}`,
  maxRegions: (n: number) => `Du kan sammenligne inntil ${n} regioner.`,
  noMatches: 'Ingen treff',
  mode: 'Visning',
  modes: { absolute: 'Absolutte tall', per1000: 'Per 1 000 innbyggere', indexed: 'Indeksert vekst' },
  baseYear: 'Basisår',
  baseYearNote: (year: number) => `Indeks: ${year} = 100`,
  levels: { kommune: 'Kommune', region: 'Region', fylke: 'Fylke', land: 'Land' } as Record<string, string>,
  kinds: { ba: 'BA-region', okonomisk: 'Økonomisk region', samarbeid: 'Regionsamarbeid', '': '' } as Record<string, string>,
  table: 'Tabell',
  region: 'Region',
  sortBy: (label: string) => `Sorter etter ${label}`,
  missing: 'mangler',
  status: {
    reported: 'rapportert',
    summed: 'summert fra kommunene',
    harmonised: 'harmonisert til 2024-grenser',
    estimated: 'anslått (delt kommune, vektet etter folketall)',
    missing: 'mangler i kilden'
  } as Record<string, string>,
  starting: 'Starter databasen i nettleseren …',
  stages: {
    manifest: 'Henter oversikt over data',
    engine: 'Starter DuckDB',
    data: 'Leser Parquet-filene',
    ready: 'Klar'
  } as Record<string, string>,
  loading: 'Henter tall …',
  failed: 'Noe gikk galt',
  showSql: 'Vis spørringen',
  noData: (indicator: string, names: string) => `Ingen data for ${names} i «${indicator}».`,
  noRegions: 'Velg minst én region for å se tall.',
  gaps: (name: string, years: string) => `${name}: mangler ${years}.`,
  commonGaps: (years: string) => `Kilden har ingen tall for ${years}.`,
  coverage: (name: string, first: number, last: number) => `${name}: data ${first}–${last}`,
  perCapitaMissing: 'Per innbygger vises bare for år med folketall (1. januar) for regionen.',
  perCapitaNotMeaningful: 'Per 1 000 innbyggere gir ikke mening for denne indikatoren.',
  noBase: (name: string, year: number) => `${name} har ingen verdi i ${year} og kan ikke indekseres.`,
  estimatedNote: 'Stiplet punkt = anslått verdi (kommune delt ved en reform, fordelt etter folketall).',
  source: 'Kilde',
  table_id: 'tabell',
  built: 'Datasett bygget',
  notice: (n: Notice): string => {
    switch (n.kind) {
      case 'unknown-indicator':
        return `Ukjent indikator «${n.value}» i lenken – viser standardindikatoren.`;
      case 'unknown-region':
        return `Ukjent regionkode «${n.value}» i lenken ble utelatt.`;
      case 'too-many-regions':
        return `For mange regioner i lenken; utelot ${n.dropped.join(', ')}.`;
      case 'invalid-mode':
        return `Ukjent visning «${n.value}» i lenken – viser absolutte tall.`;
      case 'invalid-base':
        return `Ugyldig basisår «${n.value}» i lenken – bruker første felles år.`;
    }
  },
  dismiss: 'Lukk',
  aboutData: 'Om dataene'
};

export type Messages = typeof nb;
