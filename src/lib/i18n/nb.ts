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
  noDataShort: 'ingen tall',
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
  breakFrom: (year: number) => `Brudd i serien fra ${year}`,
  breakNote: (years: string, why: string) => `Brudd i serien fra ${years} (markert ‖ i tabellen og med stiplet strek i grafen): ${why}`,
  sourceChanges: (list: string) => `Kilden skifter (markert k i tabellen; nivåene kan avvike litt mellom tabellene): ${list}.`,
  sourceChange: (name: string, year: number, from: string, to: string) => `${name} ${year}: ${from} → ${to}`,
  source: 'Kilde',
  table_id: 'tabell',
  built: 'Datasett bygget',
  snapshotBuilt: (date: string) => `Levert datasett (øyeblikksbilde), bygget ${date}`,
  fetchedOn: (date: string) => `Hentet fra SSB ${date}`,
  ssbFootnotes: (n: number) => `Fotnoter fra SSB (${n})`,
  ssbFootnote: 'Fotnote fra SSB',
  notice: (n: Notice): string => {
    switch (n.kind) {
      case 'unknown-indicator':
        return `Ukjent indikator «${n.value}» i lenken – viser standardindikatoren.`;
      case 'unknown-region': {
        const named = n.values.map((v) => `«${v}»`).join(', ');
        const more = n.count - n.values.length;
        return n.count === 1
          ? `Ukjent regionkode ${named} i lenken ble utelatt.`
          : `${n.count} ukjente regionkoder i lenken ble utelatt: ${named}${more > 0 ? ` og ${more} til` : ''}.`;
      }
      case 'too-many-regions':
        return `For mange regioner i lenken; utelot ${n.dropped.join(', ')}.`;
      case 'invalid-mode':
        return `Ukjent visning «${n.value}» i lenken – viser absolutte tall.`;
      case 'invalid-base':
        return `Ugyldig basisår «${n.value}» i lenken – bruker første felles år.`;
    }
  },
  dismiss: 'Lukk',
  nav: {
    label: 'Hovedmeny',
    links: { overview: 'Sammenlign', targets: 'Mål', coverage: 'Datadekning' } as Record<string, string>
  },
  coveragePage: {
    title: 'Datadekning',
    description: 'Hvilke år og nivåer (kommuner, regioner, fylker, hele landet) Regionpuls har tall for, per indikator.'
  },
  targets: {
    title: 'Mål og måloppnåelse',
    intro: 'Vekstmål for regioner og kommuner, målt mot faktiske tall: banen fra basisåret, avviket hvert år, takten som trengs og hvor trenden peker.',
    status: { ahead: 'Foran målbanen', on_track: 'I rute', behind: 'Bak målbanen' } as Record<string, string>,
    unmeasurable: 'Kan ikke måles ennå',
    rule: 'Regel: «I rute» når avviket fra målbanen i siste år med tall er innenfor ±10 % av økningen banen krever fram til det året; over det er målet «foran», under er det «bak».',
    method:
      'Fremskrivingen forlenger den gjennomsnittlige årlige endringen de siste (inntil) seks årene med tall (minste kvadraters metode) fra siste faktiske tall; det grå båndet er et 80 % usikkerhetsintervall. Den er en trend, ikke en prognose.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) => `${amount} ${unit} ${ahead ? 'foran' : 'bak'} målbanen i ${year}`,
    onPath: (year: number) => `akkurat på målbanen i ${year}`,
    required: (pace: string, end: number) => `Nødvendig takt: ${pace} per år fram til ${end}`,
    reached: (end: number) => `Målåret ${end} har tall: se avviket over.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Oppnådd: ${since} per år siden ${base}${last3 === null ? '' : `, ${last3} per år siste 3 år`}`,
    trend: (value: string, end: number) => `Trenden peker mot ${value} i ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} per år`,
      rate: (a: string) => `${a} % vekst per år`,
      end: (a: string, end: number) => `${a} innen ${end}`
    },
    setBy: 'Satt av',
    source: 'Kilde',
    illustration: 'Illustrasjon',
    illustrationNote: 'Eksempel laget for Regionpuls på tall vi har – ikke vedtatt av noen kommune eller region.',
    yours: 'Ditt mål',
    newTarget: 'Nytt mål',
    edit: 'Rediger',
    remove: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    exportJson: 'Lagre mine mål i en fil',
    importJson: 'Hent mål fra en fil …',
    sideBySide: 'Side om side',
    back: 'Til sammenligningen'
  },
  aboutData: 'Om dataene'
};

export type Messages = typeof nb;
