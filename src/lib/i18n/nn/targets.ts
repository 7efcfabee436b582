/**
 * Nynorsk, targets: the targets page, a target's detail and editor, the targets file and link,
 * and the words that assess progress towards a target.
 *
 * Typed from bokmål's part (nb/targets.ts), so a key missing or extra here is a type error.
 */
import type { TargetMessages } from '../nb/targets';

export const targetMessages: TargetMessages = {
  targets: {
    title: 'Mål og måloppnåing',
    intro:
      'Vekstmål for regionar og kommunar, målte mot faktiske tal: banen frå basisåret, avviket kvart år, takta som trengst og kvar trenden peikar.',
    status: { ahead: 'Føre målbanen', on_track: 'I rute', behind: 'Bak målbanen' },
    unmeasurable: 'Kan ikkje målast enno',
    rule: 'Regel: «I rute» når avviket frå målbanen i siste år med tal er innanfor ±10 % av auken banen krev fram til det året; over det er målet «føre», under er det «bak».',
    method:
      'Framskrivinga forlengjer den gjennomsnittlege årlege endringa dei siste (inntil) seks åra med tal (minste kvadrats metode) frå siste faktiske tal; det grå bandet er eit 80 % uvisseintervall. Ho er ein trend, ikkje ein prognose.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) =>
      `${amount} ${unit} ${ahead ? 'føre' : 'bak'} målbanen i ${year}`,
    onPath: (year: number) => `akkurat på målbanen i ${year}`,
    required: (pace: string, end: number) => `Nødvendig takt: ${pace} per år fram til ${end}`,
    reached: (end: number) => `Målåret ${end} har tal: sjå avviket over.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Oppnådd: ${since} per år sidan ${base}${last3 === null ? '' : `, ${last3} per år siste 3 år`}`,
    trend: (value: string, end: number) => `Trenden peikar mot ${value} i ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} per år`,
      rate: (a: string) => `${a} % vekst per år`,
      end: (a: string, end: number) => `${a} innan ${end}`,
    },
    setBy: 'Sett av',
    source: 'Kjelde',
    illustration: 'Illustrasjon',
    illustrationNote: 'Døme laga for Regionpuls på tal vi har – ikkje vedteke av nokon kommune eller region.',
    yours: 'Målet ditt',
    newTarget: 'Nytt mål',
    edit: 'Rediger',
    remove: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    exportJson: 'Lagre måla mine i ei fil',
    importJson: 'Hent mål frå ei fil …',
    sideBySide: 'Side om side',
    back: 'Til samanlikninga',
    loading: 'Lastar målet …',
    showMore: (n: number) => `Vis fleire (${n} til)`,
  },
  targetDetail: {
    since: (year: number) => ` frå ${year}`,
    span: (from: number, to: number) => ` frå ${from} til ${to}`,
    whatIn: (what: string, region: string) => `«${what}» i ${region}`,
    reportedTag: 'Rapportert resultat – ikkje eit mål',
    progress: 'Framdrift:',
    gapByYear: 'Avvik frå målbanen år for år',
    year: 'År',
    actual: 'Faktisk',
    path: 'Målbane',
    gap: 'Avvik',
  },
  targetEditor: {
    title: 'Tittel',
    region: 'Region (kode)',
    regionPlaceholder: 't.d. 3103, mosseregionen eller 3103+3112',
    ownRegion: (name: string) => `${name} (eigen region)`,
    kind: 'Type mål',
    kinds: {
      per_year: 'Fast auke per år',
      rate: 'Vekstrate per år (%)',
      end: 'Auke innan målåret',
      level: 'Nivå som skal nåast i målåret',
      reported: 'Rapportert resultat (ikkje eit mål)',
    },
    amount: {
      per_year: 'Auke per år',
      rate: 'Prosent per år',
      end: 'Auke frå basisåret',
      level: 'Nivå i målåret',
      reported: 'Rapportert endring',
    },
    baseYear: 'Basisår',
    endYear: 'Målår',
    source: 'Kjelde (dokument)',
    sourceUrl: 'Lenkje til kjelda',
  },
  targetFile: {
    linkUnpacksTooLarge: 'lenkja pakkar ut til meir enn 1 MB',
    linkTooLongToRead: 'lenkja er for lang',
    groupKinds: {
      per_year: 'fast auke per år',
      rate: 'vekstrate per år',
      end: 'auke innan eit målår',
      level: 'nivå innan eit målår',
      reported: 'rapporterte resultat',
    },
    problemGroup: 'Mål som ikkje kan målast',
    storageUnreadable: 'Lagra mål i denne nettlesaren kunne ikkje lesast og vart ikkje brukte.',
    theTarget: 'målet',
    targetNo: (n: number) => `mål ${n}`,
    ownRegionNo: (n: number) => `eigen region ${n}`,
    missing: (where: string, key: string) => `${where}: manglar feltet «${key}»`,
    notText: (where: string, key: string) => `${where}: «${key}» må vere tekst`,
    tooLong: (where: string, key: string, max: number) => `${where}: «${key}» er lengre enn ${max} teikn`,
    badYear: (where: string, key: string, min: number, max: number, got: string) =>
      `${where}: «${key}» må vere eit årstal mellom ${min} og ${max}, fekk ${got}`,
    badRegion: (where: string, region: string) => `${where}: ugyldig regionkode «${region}»`,
    regionTwice: (where: string, region: string) =>
      `${where}: regionkoden «${region}» nemner same region to gonger`,
    notObject: (where: string) => `${where}: må vere eit objekt`,
    badId: (where: string, id: string) =>
      `${where}: «id» må vere små bokstavar, tal og bindestrek, fekk «${id}»`,
    badIndicator: (where: string, indicator: string) => `${where}: ugyldig indikator «${indicator}»`,
    badKind: (where: string, kinds: string, got: string) =>
      `${where}: «kind» må vere ein av ${kinds}, fekk ${got}`,
    amountNotNumber: (where: string) => `${where}: «amount» må vere eit tal`,
    rateShare: (where: string, amount: number) =>
      `${where}: «amount» for ein vekstrate er ein del (0.01 = 1 %), fekk ${amount}`,
    endBeforeBase: (where: string, end: number, base: number) =>
      `${where}: «end_year» (${end}) må kome etter «base_year» (${base})`,
    badUrl: (where: string) => `${where}: «source_url» må byrje med http:// eller https://`,
    badIllustration: (where: string) => `${where}: «illustration» må vere true eller false`,
    notObjectFile: 'Fila er ikkje eit JSON-objekt.',
    notTargetFile: (version: number) =>
      `Fila er ikkje ei Regionpuls-målfil (venta «regionpuls_targets»: ${version}).`,
    noTargets: 'Fila manglar lista «targets».',
    sameId: (id: string) => `To mål har same id «${id}».`,
    ownRegionsNotList: '«own_regions» må vere ei liste.',
    ownRegionPointer: (region: string) => `«${region}» viser til ein eigen region som ikkje er i fila`,
    ownRegionTooBig: (max: number) => `ein eigen region har høgst ${max} kommunar`,
    ownRegionNotKommuner: (region: string) => `ein eigen region består av kommunenummer, fekk «${region}»`,
    ownRegionKommuneTwice: (region: string) => `regionkoden «${region}» nemner same kommune to gonger`,
    ownRegionName: (where: string, max: number) =>
      `${where}: «own_region» må vere eit namn på 1–${max} teikn`,
    targetOwnRegionsFull: (max: number) =>
      `Mål kan setjast på høgst ${max} ulike eigne regionar, så alle får plass i éi fil. Bruk ein av dei du har mål på.`,
    tooManyOwnRegions: (max: number) => `Fila har fleire enn ${max} eigne regionar.`,
    ownRegionShape: (where: string) =>
      `${where}: må ha «name» (tekst) og «members» (liste med kommunenummer)`,
    nameLength: (max: number) => `namnet må ha 1–${max} teikn`,
    tooManyMembers: (max: number) => `høgst ${max} kommunar`,
    noMembers: 'ingen kommunar',
    notKommuner: (values: string) => `${values} er ikkje kommunenummer`,
    problem: (where: string, why: string) => `${where}: ${why}`,
    linkBadChars: 'lenkja har teikn som ikkje høyrer heime der',
    linkUnreadable: 'ho kan ikkje lesast',
    linkNotRead: (why: string) => `Måla i lenkja vart ikkje lesne: ${why}. Måla du hadde, er uendra.`,
    notJson: 'fila er ikkje gyldig JSON',
    notImported: (file: string, why: string) =>
      `«${file}» vart ikkje importert: ${why} Ingen mål vart endra.`,
    shippedId: (id: string) => `Id «${id}» blir brukt av eit levert mål; vel ein annan.`,
    importShippedId: (file: string, id: string) =>
      `«${file}» vart ikkje importert: id «${id}» blir brukt av eit levert mål. Ingen mål vart endra.`,
    linkDetached: (linked: number, stored: number, max: number) =>
      `Dei ${linked} måla i lenkja blir viste, men ikkje lagra i denne nettlesaren: saman med dei ${stored} du har lagra, blir det meir enn ${max}. Dei lagra måla dine er uendra.`,
    imported: (n: number, regions: number, file: string) =>
      `Importerte ${n} mål${regions === 1 ? ' og 1 eigen region' : regions ? ` og ${regions} eigne regionar` : ''} frå «${file}».`,
    tooMany: (n: number) =>
      `Du har ${n} eigne mål, som er det meste Regionpuls kan halde. Slett eit mål før du legg til eit nytt.`,
    importTooMany: (file: string, incoming: number, have: number, max: number) =>
      `«${file}» vart ikkje importert: ho har ${incoming} mål, og saman med dei ${have} du har frå før blir det meir enn ${max}, som er det meste Regionpuls kan halde. Ingen mål vart endra.`,
    fileTooLarge: (file: string, mb: string) =>
      `«${file}» vart ikkje importert: fila er ${mb} MB, og ei målfil kan vere høgst 1 MB. Ingen mål vart endra.`,
    linkTooMany: (n: number, max: number) =>
      `Lenkja har ${n} mål, meir enn dei ${max} Regionpuls kan halde, og vart ikkje lesen. Be om måla som fil og importer ho. Måla du hadde, er uendra.`,
    linkTooLong:
      'Måla dine er for mange til å få plass i ei lenkje, så lenkja i adresselinja tek dei ikkje med. Del dei som fil med «Lagre måla mine i ei fil» – dei er framleis lagra i denne nettlesaren.',
    what: (indicator: string, region: string) => `«${indicator}» i ${region}`,
  },
  targetWords: {
    and: 'og',
    more: (shown: string, n: string) => `${shown} og ${n} til`,
    progress: {
      met: 'Målet er nådd',
      on_track: 'I rute',
      speed_up: 'Framgang, men må auke takten',
      limited: 'Avgrensa framgang',
      wrong_direction: 'Feil retning',
      cannot_assess: 'Kan ikkje vurderast',
    } as Record<string, string>,
    method:
      'Framdrifta blir vurdert med forholdstalmetoden som Eurostat bruker i SDG-overvakinga si og Statistics Canada dokumenterer for Open SDG: R er den årlege vekstraten oppnådd frå grunnåret til siste år med tal, delt på vekstraten som trengst frå grunnåret for å nå målet i målåret – i rute når R er minst 95 %, framgang men må auke takten ved 60–95 %, avgrensa framgang ved 0–60 % og feil retning under 0; med færre enn to år med tal kan ho ikkje vurderast.',
    reportedNote:
      'Eit rapportert resultat er ikkje eit mål og får ingen status: her blir det vist kva statistikken seier om dei same åra.',
    caveatReported:
      'Statistikken viser netto endring for heile regionen same kva årsaka er; han kan verken stadfeste eller avkrefte kor mykje av endringa som kjem av tiltaket.',
    baseFallback: (base: number, start: number) =>
      `Grunnåret ${base} manglar i statistikken; bana startar frå ${start}, første år med tal.`,
    noData: (what: string) =>
      `Regionpuls har enno ingen tal for ${what}, så målet kan ikkje målast. Det som manglar, er tal frå grunnåret og framover.`,
    noDataFromBase: (what: string, has: string, base: number, end: number) =>
      `Regionpuls har tal for ${what} berre for ${has}, ikkje for noko år frå grunnåret ${base} til målåret ${end}, så målet kan ikkje målast enno.`,
    oneYearOnly: (what: string, year: number, end: number) =>
      `Regionpuls har tal for ${what} berre for ${year} fram til målåret ${end}; det trengst minst to år med tal for å måle framgangen.`,
    reportedNoData: (what: string, period: string, has: string | null) =>
      `Regionpuls har ingen tal for ${what} for ${period}${has ? ` (berre for ${has})` : ''}, så det rapporterte resultatet kan ikkje haldast opp mot statistikken.`,
    reportedOneYear: (what: string, year: number, period: string) =>
      `Regionpuls har tal for ${what} berre for ${year} i perioden ${period}, så endringa kan ikkje reknast ut.`,
    unknownIndicator: (id: string) =>
      `Indikatoren «${id}» finst ikkje i Regionpuls, så målet kan ikkje målast. Vel ein indikator frå lista når du redigerer målet.`,
    unknownRegion: (codes: readonly string[]) =>
      `${codes.length === 1 ? 'Regionkoden' : 'Regionkodane'} ${codes.map((c) => `«${c}»`).join(', ')} finst ikkje i Regionpuls, så målet kan ikkje målast. Kommunar og fylke har nummera frå 2024 (til dømes 3103 for Moss).`,
    unknownTarget: (id: string) =>
      `Målet «${id.slice(0, 80)}» finst ikkje her. Det kan vere sletta, eller lenkja kan vere skriven feil eller laga i ein annan nettlesar utan måla. Alle måla som finst, står under.`,
    seriesFailed: 'Tala for dette målet kunne ikkje hentast. Last sida på nytt for å prøve igjen.',
    notSummable: (unit: string) =>
      `Målet gjeld ein sum av regionar, men tal målte i «${unit}» kan ikkje leggjast saman.`,
    badRegions: (n: number, list: string) =>
      `regionkod${n > 1 ? 'ane' : 'en'} ${list} finst ikkje i Regionpuls`,
    badIndicators: (n: number, list: string) =>
      `indikator${n > 1 ? 'ane' : 'en'} ${list} finst ikkje i Regionpuls`,
    problems: (n: number, count: string, why: string[]) =>
      `${n === 1 ? 'Eitt mål' : `${count} mål`} kan ikkje målast${why.length ? `: ${why.join(', og ')}` : ''}. ${n === 1 ? 'Det blir vist' : 'Dei blir viste'} under «Mål som ikkje kan målast» med ei forklaring.`,
    level: (value: string, year: number) => `${value} i ${year}`,
    reported: (change: string, from: number, to: number) => `rapportert ${change} for ${from}–${to}`,
    needed: (perYear: string, from: number, to: number, target: string, unit: string) =>
      `Takt som trengst frå no: ${perYear} per år frå ${from} til ${to} for å nå ${target} ${unit}.`,
    alreadyMet: (latest: string, unit: string, year: number, above: boolean, target: string, to: number) =>
      `Målet er allereie nådd: ${latest} ${unit} i ${year} er ${above ? 'over' : 'under'} målverdien ${target} for ${to}.`,
    missed: (to: number, latest: string, unit: string, year: number, target: string) =>
      `Målåret ${to} er passert utan at målet vart nådd: ${latest} ${unit} i ${year} mot målet ${target}.`,
    ratio: (
      label: string,
      r: string,
      observed: string,
      from: number,
      at: number,
      required: string,
      end: number,
    ) =>
      `${label} (${r}vekst ${observed} i året ${from}–${at}, mot ${required} i året som trengst ${from}–${end})`,
    reportedClaim: (change: string, from: number, to: number) => `Rapportert: ${change} for ${from}–${to}.`,
    statistics: (
      what: string,
      change: string,
      unit: string,
      from: number,
      to: number,
      a: string,
      b: string,
    ) => `Statistikken: ${what} endra seg med ${change} ${unit} frå ${from} til ${to} (frå ${a} til ${b}).`,
    unchecked: (years: string, from: number, to: number) =>
      `Statistikken har ikkje tal for ${years}, så endringa frå ${from} til ${to} kan ikkje kontrollerast.`,
    reportedStatus: 'Rapportert resultat',
  },
};
