/**
 * Nynorsk, the region report and the own region's report, comparable municipalities (`peers`),
 * and the data coverage page.
 *
 * Typed from bokmål's part (nb/reports.ts), so a key missing or extra here is a type error.
 */
import type { ReportMessages } from '../nb/reports';

export const reportMessages: ReportMessages = {
  peers: {
    theFylke: 'fylket',
    title: 'Samanliknbare kommunar',
    rule: (fylke: string, cls: number, lo: string, hi: string, year: number) =>
      `Regel: kommunar i same sentralitetsklasse (${cls}) med mellom ${lo} og ${hi} innbyggjarar 1. januar ${year} (halvparten til dobbelt så mange), først dei i ${fylke}. Er det færre enn fem der, blir det fylt opp med dei nærmaste i folketal frå resten av landet, til ni i alt.`,
    none: 'Fann ingen samanliknbare kommunar etter regelen.',
    noClass: 'Kommunen manglar sentralitetsklasse, så samanliknbare kommunar kan ikkje veljast.',
    method:
      'Høgare eller lågare tyder utanfor medianen ± skalert median absolutt avvik (1,4826 × MAD) blant dei samanliknbare kommunane, som i ONS Explore Local Statistics; elles «omtrent som».',
    higher: 'høgare enn',
    similar: 'omtrent som',
    lower: 'lågare enn',
    statement: (measure: string, word: string) => `${measure}: ${word} samanliknbare kommunar`,
    growthLabel: (from: number, to: number) => `Vekst ${from}–${to}`,
    per1000Label: (year: number) => `Per 1 000 innbyggjarar ${year}`,
    bandText: (median: string, low: string, high: string, n: number) =>
      `median ${median}, «omtrent som» frå ${low} til ${high}; ${n} kommunar med tal`,
    compare: 'Legg dei samanliknbare kommunane til samanlikninga',
    centrality: (cls: number) => `Sentralitetsklasse ${cls} (SSB 2018; 1 = mest sentral, 6 = minst sentral)`,
  },
  coveragePage: {
    cellTitle: (label: string, year: number, withValue: number, regions: number) =>
      `${label} ${year}: ${withValue} av ${regions} med tal`,
    cellNone: (label: string, year: number) => `${label} ${year}: ingen tal`,
    chartDescription: (indicator: string) =>
      `Datadekning for ${indicator}: del av regionane med tal per nivå og år.`,
    title: 'Datadekning',
    description:
      'Kva år og nivå (kommunar, regionar, fylke, heile landet) Regionpuls har tal for, per indikator.',
    caption: (indicator: string) => `År med tal for ${indicator}, per nivå`,
    level: 'Nivå',
    all: 'Alle har tal',
    some: 'Nokre har tal',
    none: 'Ingen tal i datasettet.',
    breaks: (years: string, note: string | null) => `Brot i serien frå ${years}${note ? `: ${note}` : ''}`,
    sources: (list: string) => `Kjelder i prioritert rekkjefølgje: ${list}.`,
    lead: 'For kvar indikator: kva år og nivå som har tal. Mørk rute: alle regionane på nivået har tal det året; lys rute: berre nokre; kvit rute med ramme: ingen. Summar for regionar og fylke finst berre for år der alle kommunane i dei har tal.',
  },
  report: {
    unknownRegion: (code: string) => `Ukjend regionkode «${code}»`,
    againstCountry: 'mot heile landet',
    againstFylkeAndCountry: 'mot fylket og heile landet',
    withData: 'med tal',
    pageTitle: (name: string) => `${name} – regionrapport – Regionpuls`,
    description: (name: string) =>
      `Regionpuls-rapport for ${name}: folketal, arbeidsplassar, nyetableringar og verdiskaping, med mål og rangering.`,
    compare: (name: string) => `← Samanlikn ${name} med andre`,
    kicker: 'Regionpuls-rapport',
    members: (n: number, names: string) => `Består av ${n} kommunar: ${names}.`,
    partOf: (names: string) => `Del av: ${names}.`,
    boundary: (source: string) => `Avgrensing: ${source}`,
    targets: 'Mål',
    population: (n: string, year: number) => `${n} innbyggjarar 1. januar ${year}.`,
    indicators: 'Indikatorar',
    noData: (name: string) => `Datasettet har ingen tal for ${name}.`,
    level: (year: number) => `Nivå ${year}`,
    change: (from: number, to: number) => `Endring ${from}–${to}`,
    rank: (from: number, to: number) => `Rangering, vekst ${from}–${to}`,
    position: (rank: number, of: number) => `nr. ${rank} av ${of}`,
    withoutData: (names: string) => `Ikkje med i grafen fordi det manglar tal: ${names}.`,
    afterBreak: 'Grafen og endringa startar etter brotet.',
    footer: (version: string) =>
      `Tal frå SSB og Eurostat, harmoniserte til kommunegrensene frå 2024. Manglande tal blir viste som brot i linjene, aldri som null. Datasettversjon ${version}.`,
  },
  ownReport: {
    title: 'Rapport for eigen region',
    kicker: (slot: number) => `Eigen region nr. ${slot}`,
    missing: (code: string, param: string) =>
      `Lenkja har ingen eigen region «${code}»: parameteren «${param}» (namn:kommunenummer,kommunenummer) manglar.`,
    howTo:
      'Ein eigen region vert laga under «Eigne regionar» på samanlikningssida eller i kartet; rapportlenkja der har regionen med seg.',
    remembered: 'Eigne regionar i denne nettlesaren',
    noRank:
      'Ein eigen region er ikkje med blant regionane som vert rangerte, så rapporten har inga rangering; rangeringssida viser plassen han ville fått.',
    peersWhy:
      'Samanliknbare kommunar vert valde for éin kommune etter ein fast regel: same sentralitetsklasse og liknande folketal, helst i same fylke. Ein eigen region har ingen sentralitetsklasse og er ikkje éin kommune, så han får ingen eigne samanliknbare; rapporten for kvar kommune i regionen viser dei samanliknbare kommunane og korleis han ligg an mot dei.',
    memberPeers: (name: string) => `${name}: samanliknbare kommunar`,
    reportOf: (name: string) => `Rapport for ${name}`,
  },
};
