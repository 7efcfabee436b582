/**
 * Bokmål, the region report and the own region's report, comparable municipalities (`peers`),
 * and the data coverage page.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/reports.ts and en/reports.ts are typed from
 * `ReportMessages`, so a key missing or extra there is a type error in that file.
 */
export const reportMessages = {
  peers: {
    theFylke: 'fylket',
    title: 'Sammenlignbare kommuner',
    rule: (fylke: string, cls: number, lo: string, hi: string, year: number) =>
      `Regel: kommuner i samme sentralitetsklasse (${cls}) med mellom ${lo} og ${hi} innbyggere 1. januar ${year} (halvparten til dobbelt så mange), først de i ${fylke}. Er det færre enn fem der, fylles det opp med de nærmeste i folketall fra resten av landet, til ni i alt.`,
    none: 'Fant ingen sammenlignbare kommuner etter regelen.',
    noClass: 'Kommunen mangler sentralitetsklasse, så sammenlignbare kommuner kan ikke velges.',
    method:
      'Høyere eller lavere betyr utenfor medianen ± skalert median absolutt avvik (1,4826 × MAD) blant de sammenlignbare kommunene, som i ONS Explore Local Statistics; ellers «omtrent som».',
    higher: 'høyere enn',
    similar: 'omtrent som',
    lower: 'lavere enn',
    statement: (measure: string, word: string) => `${measure}: ${word} sammenlignbare kommuner`,
    growthLabel: (from: number, to: number) => `Vekst ${from}–${to}`,
    per1000Label: (year: number) => `Per 1 000 innbyggere ${year}`,
    bandText: (median: string, low: string, high: string, n: number) =>
      `median ${median}, «omtrent som» fra ${low} til ${high}; ${n} kommuner med tall`,
    compare: 'Legg de sammenlignbare kommunene til sammenligningen',
    centrality: (cls: number) => `Sentralitetsklasse ${cls} (SSB 2018; 1 = mest sentral, 6 = minst sentral)`,
  },
  coveragePage: {
    cellTitle: (label: string, year: number, withValue: number, regions: number) =>
      `${label} ${year}: ${withValue} av ${regions} med tall`,
    cellNone: (label: string, year: number) => `${label} ${year}: ingen tall`,
    chartDescription: (indicator: string) =>
      `Datadekning for ${indicator}: andel regioner med tall per nivå og år.`,
    title: 'Datadekning',
    description:
      'Hvilke år og nivåer (kommuner, regioner, fylker, hele landet) Regionpuls har tall for, per indikator.',
    caption: (indicator: string) => `År med tall for ${indicator}, per nivå`,
    level: 'Nivå',
    all: 'Alle har tall',
    some: 'Noen har tall',
    none: 'Ingen tall i datasettet.',
    breaks: (years: string, note: string | null) => `Brudd i serien fra ${years}${note ? `: ${note}` : ''}`,
    sources: (list: string) => `Kilder i prioritert rekkefølge: ${list}.`,
    lead: 'For hver indikator: hvilke år og nivåer som har tall. Mørk rute: alle regionene på nivået har tall det året; lys rute: bare noen; hvit rute med ramme: ingen. Summer for regioner og fylker finnes bare for år der alle kommunene i dem har tall.',
  },
  report: {
    unknownRegion: (code: string) => `Ukjent regionkode «${code}»`,
    againstCountry: 'mot hele landet',
    againstFylkeAndCountry: 'mot fylket og hele landet',
    withData: 'med tall',
    pageTitle: (name: string) => `${name} – regionrapport – Regionpuls`,
    description: (name: string) =>
      `Regionpuls-rapport for ${name}: befolkning, arbeidsplasser, nyetableringer og verdiskaping, med mål og rangering.`,
    compare: (name: string) => `← Sammenlign ${name} med andre`,
    kicker: 'Regionpuls-rapport',
    members: (n: number, names: string) => `Består av ${n} kommuner: ${names}.`,
    partOf: (names: string) => `Del av: ${names}.`,
    boundary: (source: string) => `Avgrensning: ${source}`,
    targets: 'Mål',
    population: (n: string, year: number) => `${n} innbyggere 1. januar ${year}.`,
    indicators: 'Indikatorer',
    noData: (name: string) => `Datasettet har ingen tall for ${name}.`,
    level: (year: number) => `Nivå ${year}`,
    change: (from: number, to: number) => `Endring ${from}–${to}`,
    rank: (from: number, to: number) => `Rangering, vekst ${from}–${to}`,
    position: (rank: number, of: number) => `nr. ${rank} av ${of}`,
    withoutData: (names: string) => `Ikke med i grafen fordi det mangler tall: ${names}.`,
    afterBreak: 'Grafen og endringen starter etter bruddet.',
    footer: (version: string) =>
      `Tall fra SSB og Eurostat, harmonisert til kommunegrensene fra 2024. Manglende tall vises som brudd i linjene, aldri som null. Datasettversjon ${version}.`,
  },
  ownReport: {
    title: 'Rapport for egen region',
    kicker: (slot: number) => `Egen region nr. ${slot}`,
    missing: (code: string, param: string) =>
      `Lenken har ingen egen region «${code}»: parameteren «${param}» (navn:kommunenummer,kommunenummer) mangler.`,
    howTo:
      'En egen region lages under «Egne regioner» på sammenligningssiden eller i kartet; rapportlenken der har regionen med seg.',
    remembered: 'Egne regioner i denne nettleseren',
    noRank:
      'En egen region er ikke med blant regionene som rangeres, så rapporten har ingen rangering; rangeringssiden viser plassen den ville fått.',
    peersWhy:
      'Sammenlignbare kommuner velges for én kommune etter en fast regel: samme sentralitetsklasse og lignende folketall, helst i samme fylke. En egen region har ingen sentralitetsklasse og er ikke én kommune, så den får ingen egne sammenlignbare; rapporten for hver kommune i regionen viser dens sammenlignbare kommuner og hvordan den ligger an mot dem.',
    memberPeers: (name: string) => `${name}: sammenlignbare kommuner`,
    reportOf: (name: string) => `Rapport for ${name}`,
  },
};

/** The shape nynorsk and English must match key for key. */
export type ReportMessages = typeof reportMessages;
