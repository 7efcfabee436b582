/**
 * Bokmål, targets: the targets page, a target's detail and editor, the targets file and link,
 * and the words that assess progress towards a target.
 *
 * One area of the catalogue per file (nb.ts puts them together), so a translator and a reviewer
 * see one area at a time. Bokmål is the source: nn/targets.ts and en/targets.ts are typed from
 * `TargetMessages`, so a key missing or extra there is a type error in that file.
 */
export const targetMessages = {
  targets: {
    title: 'Mål og måloppnåelse',
    intro:
      'Vekstmål for regioner og kommuner, målt mot faktiske tall: banen fra basisåret, avviket hvert år, takten som trengs og hvor trenden peker.',
    status: { ahead: 'Foran målbanen', on_track: 'I rute', behind: 'Bak målbanen' } as Record<string, string>,
    unmeasurable: 'Kan ikke måles ennå',
    rule: 'Regel: «I rute» når avviket fra målbanen i siste år med tall er innenfor ±10 % av økningen banen krever fram til det året; over det er målet «foran», under er det «bak».',
    method:
      'Fremskrivingen forlenger den gjennomsnittlige årlige endringen de siste (inntil) seks årene med tall (minste kvadraters metode) fra siste faktiske tall; det grå båndet er et 80 % usikkerhetsintervall. Den er en trend, ikke en prognose.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) =>
      `${amount} ${unit} ${ahead ? 'foran' : 'bak'} målbanen i ${year}`,
    onPath: (year: number) => `akkurat på målbanen i ${year}`,
    required: (pace: string, end: number) => `Nødvendig takt: ${pace} per år fram til ${end}`,
    reached: (end: number) => `Målåret ${end} har tall: se avviket over.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Oppnådd: ${since} per år siden ${base}${last3 === null ? '' : `, ${last3} per år siste 3 år`}`,
    trend: (value: string, end: number) => `Trenden peker mot ${value} i ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} per år`,
      rate: (a: string) => `${a} % vekst per år`,
      end: (a: string, end: number) => `${a} innen ${end}`,
    },
    setBy: 'Satt av',
    source: 'Kilde',
    illustration: 'Illustrasjon',
    illustrationNote:
      'Eksempel laget for Regionpuls på tall vi har – ikke vedtatt av noen kommune eller region.',
    yours: 'Ditt mål',
    newTarget: 'Nytt mål',
    edit: 'Rediger',
    remove: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    exportJson: 'Lagre mine mål i en fil',
    importJson: 'Hent mål fra en fil …',
    sideBySide: 'Side om side',
    back: 'Til sammenligningen',
    loading: 'Laster målet …',
    showMore: (n: number) => `Vis flere (${n} til)`,
  },
  targetDetail: {
    since: (year: number) => ` fra ${year}`,
    span: (from: number, to: number) => ` fra ${from} til ${to}`,
    whatIn: (what: string, region: string) => `«${what}» i ${region}`,
    reportedTag: 'Rapportert resultat – ikke et mål',
    progress: 'Framdrift:',
    gapByYear: 'Avvik fra målbanen år for år',
    year: 'År',
    actual: 'Faktisk',
    path: 'Målbane',
    gap: 'Avvik',
  },
  targetEditor: {
    title: 'Tittel',
    region: 'Region (kode)',
    regionPlaceholder: 'f.eks. 3103, mosseregionen eller 3103+3112',
    ownRegion: (name: string) => `${name} (egen region)`,
    kind: 'Type mål',
    kinds: {
      per_year: 'Fast økning per år',
      rate: 'Vekstrate per år (%)',
      end: 'Økning innen målåret',
      level: 'Nivå som skal nås i målåret',
      reported: 'Rapportert resultat (ikke et mål)',
    },
    amount: {
      per_year: 'Økning per år',
      rate: 'Prosent per år',
      end: 'Økning fra basisåret',
      level: 'Nivå i målåret',
      reported: 'Rapportert endring',
    } as Record<string, string>,
    baseYear: 'Basisår',
    endYear: 'Målår',
    source: 'Kilde (dokument)',
    sourceUrl: 'Lenke til kilden',
  },
  /** Messages about a targets file, a link with targets, or the list of one's own targets (src/lib/targets). */
  targetFile: {
    linkUnpacksTooLarge: 'lenken pakker ut til mer enn 1 MB',
    linkTooLongToRead: 'lenken er for lang',
    groupKinds: {
      per_year: 'fast økning per år',
      rate: 'vekstrate per år',
      end: 'økning innen et målår',
      level: 'nivå innen et målår',
      reported: 'rapporterte resultater',
    } as Record<string, string>,
    problemGroup: 'Mål som ikke kan måles',
    storageUnreadable: 'Lagrede mål i denne nettleseren kunne ikke leses og ble ikke brukt.',
    theTarget: 'målet',
    targetNo: (n: number) => `mål ${n}`,
    ownRegionNo: (n: number) => `egen region ${n}`,
    missing: (where: string, key: string) => `${where}: mangler feltet «${key}»`,
    notText: (where: string, key: string) => `${where}: «${key}» må være tekst`,
    tooLong: (where: string, key: string, max: number) => `${where}: «${key}» er lengre enn ${max} tegn`,
    badYear: (where: string, key: string, min: number, max: number, got: string) =>
      `${where}: «${key}» må være et årstall mellom ${min} og ${max}, fikk ${got}`,
    badRegion: (where: string, region: string) => `${where}: ugyldig regionkode «${region}»`,
    regionTwice: (where: string, region: string) =>
      `${where}: regionkoden «${region}» nevner samme region to ganger`,
    notObject: (where: string) => `${where}: må være et objekt`,
    badId: (where: string, id: string) =>
      `${where}: «id» må være små bokstaver, tall og bindestrek, fikk «${id}»`,
    badIndicator: (where: string, indicator: string) => `${where}: ugyldig indikator «${indicator}»`,
    badKind: (where: string, kinds: string, got: string) =>
      `${where}: «kind» må være en av ${kinds}, fikk ${got}`,
    amountNotNumber: (where: string) => `${where}: «amount» må være et tall`,
    rateShare: (where: string, amount: number) =>
      `${where}: «amount» for en vekstrate er en andel (0.01 = 1 %), fikk ${amount}`,
    endBeforeBase: (where: string, end: number, base: number) =>
      `${where}: «end_year» (${end}) må komme etter «base_year» (${base})`,
    badUrl: (where: string) => `${where}: «source_url» må begynne med http:// eller https://`,
    badIllustration: (where: string) => `${where}: «illustration» må være true eller false`,
    notObjectFile: 'Filen er ikke et JSON-objekt.',
    notTargetFile: (version: number) =>
      `Filen er ikke en Regionpuls-målfil (ventet «regionpuls_targets»: ${version}).`,
    noTargets: 'Filen mangler listen «targets».',
    sameId: (id: string) => `To mål har samme id «${id}».`,
    ownRegionsNotList: '«own_regions» må være en liste.',
    ownRegionPointer: (region: string) => `«${region}» viser til en egen region som ikke er i filen`,
    ownRegionTooBig: (max: number) => `en egen region har høyst ${max} kommuner`,
    ownRegionNotKommuner: (region: string) => `en egen region består av kommunenummer, fikk «${region}»`,
    ownRegionKommuneTwice: (region: string) => `regionkoden «${region}» nevner samme kommune to ganger`,
    ownRegionName: (where: string, max: number) => `${where}: «own_region» må være et navn på 1–${max} tegn`,
    targetOwnRegionsFull: (max: number) =>
      `Mål kan settes på høyst ${max} ulike egne regioner, så alle får plass i én fil. Bruk en av dem du har mål på.`,
    tooManyOwnRegions: (max: number) => `Filen har flere enn ${max} egne regioner.`,
    ownRegionShape: (where: string) =>
      `${where}: må ha «name» (tekst) og «members» (liste med kommunenummer)`,
    nameLength: (max: number) => `navnet må ha 1–${max} tegn`,
    tooManyMembers: (max: number) => `høyst ${max} kommuner`,
    noMembers: 'ingen kommuner',
    notKommuner: (values: string) => `${values} er ikke kommunenummer`,
    problem: (where: string, why: string) => `${where}: ${why}`,
    linkBadChars: 'lenken har tegn som ikke hører hjemme der',
    linkUnreadable: 'den kan ikke leses',
    linkNotRead: (why: string) => `Målene i lenken ble ikke lest: ${why}. Målene du hadde, er uendret.`,
    notJson: 'filen er ikke gyldig JSON',
    notImported: (file: string, why: string) => `«${file}» ble ikke importert: ${why} Ingen mål ble endret.`,
    shippedId: (id: string) => `Id «${id}» brukes av et levert mål; velg en annen.`,
    importShippedId: (file: string, id: string) =>
      `«${file}» ble ikke importert: id «${id}» brukes av et levert mål. Ingen mål ble endret.`,
    linkDetached: (linked: number, stored: number, max: number) =>
      `Lenkens ${linked} mål vises, men lagres ikke i denne nettleseren: sammen med de ${stored} du har lagret, blir det mer enn ${max}. Dine lagrede mål er uendret.`,
    imported: (n: number, regions: number, file: string) =>
      `Importerte ${n} mål${regions === 1 ? ' og 1 egen region' : regions ? ` og ${regions} egne regioner` : ''} fra «${file}».`,
    tooMany: (n: number) =>
      `Du har ${n} egne mål, som er det meste Regionpuls kan holde. Slett et mål før du legger til et nytt.`,
    importTooMany: (file: string, incoming: number, have: number, max: number) =>
      `«${file}» ble ikke importert: den har ${incoming} mål, og sammen med de ${have} du har fra før blir det mer enn ${max}, som er det meste Regionpuls kan holde. Ingen mål ble endret.`,
    fileTooLarge: (file: string, mb: string) =>
      `«${file}» ble ikke importert: filen er ${mb} MB, og en målfil kan være høyst 1 MB. Ingen mål ble endret.`,
    linkTooMany: (n: number, max: number) =>
      `Lenken har ${n} mål, mer enn de ${max} Regionpuls kan holde, og ble ikke lest. Be om målene som fil og importer den. Målene du hadde, er uendret.`,
    linkTooLong:
      'Målene dine er for mange til å få plass i en lenke, så lenken i adresselinjen tar dem ikke med. Del dem som fil med «Lagre mine mål i en fil» – de er fortsatt lagret i denne nettleseren.',
    what: (indicator: string, region: string) => `«${indicator}» i ${region}`,
  },
  targetWords: {
    and: 'og',
    more: (shown: string, n: string) => `${shown} og ${n} til`,
    progress: {
      met: 'Målet er nådd',
      on_track: 'I rute',
      speed_up: 'Framgang, men må øke takten',
      limited: 'Begrenset framgang',
      wrong_direction: 'Feil retning',
      cannot_assess: 'Kan ikke vurderes',
    } as Record<string, string>,
    method:
      'Framdriften vurderes med forholdstallsmetoden som Eurostat bruker i sin SDG-overvåking og Statistics Canada dokumenterer for Open SDG: R er den årlige vekstraten oppnådd fra grunnåret til siste år med tall, delt på vekstraten som trengs fra grunnåret for å nå målet i målåret – i rute når R er minst 95 %, framgang men må øke takten ved 60–95 %, begrenset framgang ved 0–60 % og feil retning under 0; med færre enn to år med tall kan den ikke vurderes.',
    reportedNote:
      'Et rapportert resultat er ikke et mål og får ingen status: her vises hva statistikken sier om de samme årene.',
    caveatReported:
      'Statistikken viser netto endring for hele regionen uansett årsak; den kan verken bekrefte eller avkrefte hvor mye av endringen som skyldes tiltaket.',
    baseFallback: (base: number, start: number) =>
      `Grunnåret ${base} mangler i statistikken; banen starter fra ${start}, første år med tall.`,
    noData: (what: string) =>
      `Regionpuls har ennå ingen tall for ${what}, så målet kan ikke måles. Det som mangler, er tall fra grunnåret og framover.`,
    noDataFromBase: (what: string, has: string, base: number, end: number) =>
      `Regionpuls har tall for ${what} bare for ${has}, ikke for noe år fra grunnåret ${base} til målåret ${end}, så målet kan ikke måles ennå.`,
    oneYearOnly: (what: string, year: number, end: number) =>
      `Regionpuls har tall for ${what} bare for ${year} fram til målåret ${end}; det trengs minst to år med tall for å måle framgangen.`,
    reportedNoData: (what: string, period: string, has: string | null) =>
      `Regionpuls har ingen tall for ${what} for ${period}${has ? ` (bare for ${has})` : ''}, så det rapporterte resultatet kan ikke holdes opp mot statistikken.`,
    reportedOneYear: (what: string, year: number, period: string) =>
      `Regionpuls har tall for ${what} bare for ${year} i perioden ${period}, så endringen kan ikke beregnes.`,
    unknownIndicator: (id: string) =>
      `Indikatoren «${id}» finnes ikke i Regionpuls, så målet kan ikke måles. Velg en indikator fra listen når du redigerer målet.`,
    unknownRegion: (codes: readonly string[]) =>
      `${codes.length === 1 ? 'Regionkoden' : 'Regionkodene'} ${codes.map((c) => `«${c}»`).join(', ')} finnes ikke i Regionpuls, så målet kan ikke måles. Kommuner og fylker har numrene fra 2024 (for eksempel 3103 for Moss).`,
    unknownTarget: (id: string) =>
      `Målet «${id.slice(0, 80)}» finnes ikke her. Det kan være slettet, eller lenken kan være skrevet feil eller laget i en annen nettleser uten målene. Alle målene som finnes, står under.`,
    seriesFailed: 'Tallene for dette målet kunne ikke hentes. Last siden på nytt for å prøve igjen.',
    notSummable: (unit: string) =>
      `Målet gjelder en sum av regioner, men tall målt i «${unit}» kan ikke legges sammen.`,
    badRegions: (n: number, list: string) =>
      `regionkode${n > 1 ? 'ne' : 'n'} ${list} finnes ikke i Regionpuls`,
    badIndicators: (n: number, list: string) =>
      `indikator${n > 1 ? 'ene' : 'en'} ${list} finnes ikke i Regionpuls`,
    problems: (n: number, count: string, why: string[]) =>
      `${n === 1 ? 'Ett mål' : `${count} mål`} kan ikke måles${why.length ? `: ${why.join(', og ')}` : ''}. ${n === 1 ? 'Det vises' : 'De vises'} under «Mål som ikke kan måles» med en forklaring.`,
    level: (value: string, year: number) => `${value} i ${year}`,
    reported: (change: string, from: number, to: number) => `rapportert ${change} for ${from}–${to}`,
    needed: (perYear: string, from: number, to: number, target: string, unit: string) =>
      `Takt som trengs fra nå: ${perYear} per år fra ${from} til ${to} for å nå ${target} ${unit}.`,
    alreadyMet: (latest: string, unit: string, year: number, above: boolean, target: string, to: number) =>
      `Målet er allerede nådd: ${latest} ${unit} i ${year} er ${above ? 'over' : 'under'} målverdien ${target} for ${to}.`,
    missed: (to: number, latest: string, unit: string, year: number, target: string) =>
      `Målåret ${to} er passert uten at målet ble nådd: ${latest} ${unit} i ${year} mot målet ${target}.`,
    ratio: (
      label: string,
      r: string,
      observed: string,
      from: number,
      at: number,
      required: string,
      end: number,
    ) =>
      `${label} (${r}vekst ${observed} i året ${from}–${at}, mot ${required} i året som trengs ${from}–${end})`,
    reportedClaim: (change: string, from: number, to: number) => `Rapportert: ${change} for ${from}–${to}.`,
    statistics: (
      what: string,
      change: string,
      unit: string,
      from: number,
      to: number,
      a: string,
      b: string,
    ) => `Statistikken: ${what} endret seg med ${change} ${unit} fra ${from} til ${to} (fra ${a} til ${b}).`,
    unchecked: (years: string, from: number, to: number) =>
      `Statistikken har ikke tall for ${years}, så endringen fra ${from} til ${to} kan ikke kontrolleres.`,
    reportedStatus: 'Rapportert resultat',
  },
};

/** The shape nynorsk and English must match key for key. */
export type TargetMessages = typeof targetMessages;
