/**
 * English, targets: the targets page, a target's detail and editor, the targets file and link,
 * and the words that assess progress towards a target.
 *
 * Typed from bokmål's part (nb/targets.ts), so a key missing or extra here is a type error.
 */
import type { TargetMessages } from '../nb/targets';

export const targetMessages: TargetMessages = {
  targets: {
    title: 'Targets and progress',
    intro:
      'Growth targets for regions and municipalities, measured against actual figures: the path from the base year, the gap each year, the pace needed and where the trend points.',
    status: { ahead: 'Ahead of the path', on_track: 'On track', behind: 'Behind the path' },
    unmeasurable: 'Cannot be measured yet',
    rule: 'Rule: «On track» when the gap from the target path in the latest year with figures is within ±10 % of the increase the path asks for by that year; above that the target is «ahead», below it is «behind».',
    method:
      'The projection extends the average yearly change over the last (up to) six years with figures (least squares) from the latest actual figure; the grey band is an 80 % uncertainty interval. It is a trend, not a forecast.',
    gap: (amount: string, unit: string, ahead: boolean, year: number) =>
      `${amount} ${unit} ${ahead ? 'ahead of' : 'behind'} the target path in ${year}`,
    onPath: (year: number) => `exactly on the target path in ${year}`,
    required: (pace: string, end: number) => `Pace needed: ${pace} a year until ${end}`,
    reached: (end: number) => `The target year ${end} has figures: see the gap above.`,
    achieved: (since: string, base: number, last3: string | null) =>
      `Achieved: ${since} a year since ${base}${last3 === null ? '' : `, ${last3} a year over the last 3 years`}`,
    trend: (value: string, end: number) => `The trend points to ${value} in ${end}.`,
    kinds: {
      per_year: (a: string) => `${a} a year`,
      rate: (a: string) => `${a} % growth a year`,
      end: (a: string, end: number) => `${a} by ${end}`,
    },
    setBy: 'Set by',
    source: 'Source',
    illustration: 'Illustration',
    illustrationNote:
      'An example made for Regionpuls on figures we have – not adopted by any municipality or region.',
    yours: 'Your target',
    newTarget: 'New target',
    edit: 'Edit',
    remove: 'Delete',
    save: 'Save',
    cancel: 'Cancel',
    exportJson: 'Save my targets in a file',
    importJson: 'Load targets from a file …',
    sideBySide: 'Side by side',
    back: 'To the comparison',
    loading: 'Loading the target …',
    showMore: (n: number) => `Show more (${n} more)`,
  },
  targetDetail: {
    since: (year: number) => ` from ${year}`,
    span: (from: number, to: number) => ` from ${from} to ${to}`,
    whatIn: (what: string, region: string) => `«${what}» in ${region}`,
    reportedTag: 'Reported result – not a target',
    progress: 'Progress:',
    gapByYear: 'Gap from the target path year by year',
    year: 'Year',
    actual: 'Actual',
    path: 'Target path',
    gap: 'Gap',
  },
  targetEditor: {
    title: 'Title',
    region: 'Region (code)',
    regionPlaceholder: 'e.g. 3103, mosseregionen or 3103+3112',
    ownRegion: (name: string) => `${name} (your own region)`,
    kind: 'Kind of target',
    kinds: {
      per_year: 'Fixed increase a year',
      rate: 'Growth rate a year (%)',
      end: 'Increase by the target year',
      level: 'Level to reach in the target year',
      reported: 'Reported result (not a target)',
    },
    amount: {
      per_year: 'Increase a year',
      rate: 'Per cent a year',
      end: 'Increase from the base year',
      level: 'Level in the target year',
      reported: 'Reported change',
    },
    baseYear: 'Base year',
    endYear: 'Target year',
    source: 'Source (document)',
    sourceUrl: 'Link to the source',
  },
  targetFile: {
    linkUnpacksTooLarge: 'the link unpacks to more than 1 MB',
    linkTooLongToRead: 'the link is too long',
    groupKinds: {
      per_year: 'fixed increase per year',
      rate: 'growth rate per year',
      end: 'increase by a target year',
      level: 'level by a target year',
      reported: 'reported results',
    },
    problemGroup: 'Targets that cannot be measured',
    storageUnreadable: 'Targets kept in this browser could not be read and were not used.',
    theTarget: 'the target',
    targetNo: (n: number) => `target ${n}`,
    ownRegionNo: (n: number) => `own region ${n}`,
    missing: (where: string, key: string) => `${where}: the field «${key}» is missing`,
    notText: (where: string, key: string) => `${where}: «${key}» must be text`,
    tooLong: (where: string, key: string, max: number) =>
      `${where}: «${key}» is longer than ${max} characters`,
    badYear: (where: string, key: string, min: number, max: number, got: string) =>
      `${where}: «${key}» must be a year between ${min} and ${max}, got ${got}`,
    badRegion: (where: string, region: string) => `${where}: invalid region code «${region}»`,
    regionTwice: (where: string, region: string) =>
      `${where}: the region code «${region}» names the same region twice`,
    notObject: (where: string) => `${where}: must be an object`,
    badId: (where: string, id: string) =>
      `${where}: «id» must be lower-case letters, digits and hyphens, got «${id}»`,
    badIndicator: (where: string, indicator: string) => `${where}: invalid indicator «${indicator}»`,
    badKind: (where: string, kinds: string, got: string) =>
      `${where}: «kind» must be one of ${kinds}, got ${got}`,
    amountNotNumber: (where: string) => `${where}: «amount» must be a number`,
    rateShare: (where: string, amount: number) =>
      `${where}: «amount» for a growth rate is a share (0.01 = 1%), got ${amount}`,
    endBeforeBase: (where: string, end: number, base: number) =>
      `${where}: «end_year» (${end}) must come after «base_year» (${base})`,
    badUrl: (where: string) => `${where}: «source_url» must start with http:// or https://`,
    badIllustration: (where: string) => `${where}: «illustration» must be true or false`,
    notObjectFile: 'The file is not a JSON object.',
    notTargetFile: (version: number) =>
      `The file is not a Regionpuls targets file (expected «regionpuls_targets»: ${version}).`,
    noTargets: 'The file has no «targets» list.',
    sameId: (id: string) => `Two targets have the same id «${id}».`,
    ownRegionsNotList: '«own_regions» must be a list.',
    ownRegionPointer: (region: string) => `«${region}» points to an own region that is not in the file`,
    ownRegionTooBig: (max: number) => `an own region has at most ${max} municipalities`,
    ownRegionNotKommuner: (region: string) =>
      `an own region consists of municipality numbers, got «${region}»`,
    ownRegionKommuneTwice: (region: string) =>
      `the region code «${region}» names the same municipality twice`,
    ownRegionName: (where: string, max: number) =>
      `${where}: «own_region» must be a name of 1–${max} characters`,
    targetOwnRegionsFull: (max: number) =>
      `Targets can be set on at most ${max} different own regions, so they all fit in one file. Use one you already have targets on.`,
    tooManyOwnRegions: (max: number) => `The file has more than ${max} own regions.`,
    ownRegionShape: (where: string) =>
      `${where}: must have «name» (text) and «members» (a list of municipality numbers)`,
    nameLength: (max: number) => `the name must have 1–${max} characters`,
    tooManyMembers: (max: number) => `at most ${max} municipalities`,
    noMembers: 'no municipalities',
    notKommuner: (values: string) => `${values} are not municipality numbers`,
    problem: (where: string, why: string) => `${where}: ${why}`,
    linkBadChars: 'the link has characters that do not belong there',
    linkUnreadable: 'it cannot be read',
    linkNotRead: (why: string) =>
      `The targets in the link were not read: ${why}. The targets you had are unchanged.`,
    notJson: 'the file is not valid JSON',
    notImported: (file: string, why: string) => `«${file}» was not imported: ${why} No target was changed.`,
    shippedId: (id: string) => `Id «${id}» is used by a shipped target; choose another.`,
    importShippedId: (file: string, id: string) =>
      `«${file}» was not imported: id «${id}» is used by a shipped target. No target was changed.`,
    linkDetached: (linked: number, stored: number, max: number) =>
      `The link's ${linked} targets are shown but not kept in this browser: together with the ${stored} you have kept, they would be more than ${max}. Your kept targets are unchanged.`,
    imported: (n: number, regions: number, file: string) =>
      `Imported ${n} target${n === 1 ? '' : 's'}${regions === 1 ? ' and 1 own region' : regions ? ` and ${regions} own regions` : ''} from «${file}».`,
    tooMany: (n: number) =>
      `You have ${n} targets of your own, the most Regionpuls can hold. Delete a target before you add a new one.`,
    importTooMany: (file: string, incoming: number, have: number, max: number) =>
      `«${file}» was not imported: it has ${incoming} targets, and with the ${have} you already have that is more than ${max}, the most Regionpuls can hold. No target was changed.`,
    fileTooLarge: (file: string, mb: string) =>
      `«${file}» was not imported: the file is ${mb} MB, and a targets file can be at most 1 MB. No target was changed.`,
    linkTooMany: (n: number, max: number) =>
      `The link has ${n} targets, more than the ${max} Regionpuls can hold, and was not read. Ask for the targets as a file and import it. The targets you had are unchanged.`,
    linkTooLong:
      'Your targets are too many to fit in a link, so the link in the address bar leaves them out. Share them as a file with «Save my targets in a file» – they are still kept in this browser.',
    what: (indicator: string, region: string) => `«${indicator}» in ${region}`,
  },
  targetWords: {
    and: 'and',
    more: (shown: string, n: string) => `${shown} and ${n} more`,
    progress: {
      met: 'Target reached',
      on_track: 'On track',
      speed_up: 'Progress, but must speed up',
      limited: 'Limited progress',
      wrong_direction: 'Wrong direction',
      cannot_assess: 'Cannot be assessed',
    } as Record<string, string>,
    method:
      'Progress is assessed with the ratio method Eurostat uses in its SDG monitoring and Statistics Canada documents for Open SDG: R is the annual growth rate achieved from the base year to the latest year with figures, divided by the growth rate needed from the base year to reach the target in the target year – on track when R is at least 95 %, progress but must speed up at 60–95 %, limited progress at 0–60 % and wrong direction below 0; with fewer than two years of figures it cannot be assessed.',
    reportedNote:
      'A reported result is not a target and gets no status: this shows what the statistics say about the same years.',
    caveatReported:
      'The statistics show the net change for the whole region, whatever the cause; they can neither confirm nor refute how much of the change is due to the measure.',
    baseFallback: (base: number, start: number) =>
      `The base year ${base} is missing from the statistics; the path starts from ${start}, the first year with figures.`,
    noData: (what: string) =>
      `Regionpuls has no figures yet for ${what}, so the target cannot be measured. What is missing are figures from the base year on.`,
    noDataFromBase: (what: string, has: string, base: number, end: number) =>
      `Regionpuls has figures for ${what} only for ${has}, not for any year from the base year ${base} to the target year ${end}, so the target cannot be measured yet.`,
    oneYearOnly: (what: string, year: number, end: number) =>
      `Regionpuls has figures for ${what} only for ${year} up to the target year ${end}; at least two years of figures are needed to measure progress.`,
    reportedNoData: (what: string, period: string, has: string | null) =>
      `Regionpuls has no figures for ${what} for ${period}${has ? ` (only for ${has})` : ''}, so the reported result cannot be checked against the statistics.`,
    reportedOneYear: (what: string, year: number, period: string) =>
      `Regionpuls has figures for ${what} only for ${year} in the period ${period}, so the change cannot be computed.`,
    unknownIndicator: (id: string) =>
      `The indicator «${id}» does not exist in Regionpuls, so the target cannot be measured. Pick an indicator from the list when you edit the target.`,
    unknownRegion: (codes: readonly string[]) =>
      `${codes.length === 1 ? 'The region code' : 'The region codes'} ${codes.map((c) => `«${c}»`).join(', ')} ${codes.length === 1 ? 'does' : 'do'} not exist in Regionpuls, so the target cannot be measured. Municipalities and counties have their 2024 numbers (for example 3103 for Moss).`,
    unknownTarget: (id: string) =>
      `The target «${id.slice(0, 80)}» does not exist here. It may have been deleted, or the link may be mistyped or made in another browser without the targets. All existing targets are listed below.`,
    seriesFailed: 'The figures for this target could not be fetched. Reload the page to try again.',
    notSummable: (unit: string) =>
      `The target is for a sum of regions, but figures measured in «${unit}» cannot be added up.`,
    badRegions: (n: number, list: string) =>
      `the region code${n > 1 ? 's' : ''} ${list} ${n > 1 ? 'do' : 'does'} not exist in Regionpuls`,
    badIndicators: (n: number, list: string) =>
      `the indicator${n > 1 ? 's' : ''} ${list} ${n > 1 ? 'do' : 'does'} not exist in Regionpuls`,
    problems: (n: number, count: string, why: string[]) =>
      `${n === 1 ? 'One target' : `${count} targets`} cannot be measured${why.length ? `: ${why.join(', and ')}` : ''}. ${n === 1 ? 'It is' : 'They are'} shown under «Targets that cannot be measured» with an explanation.`,
    level: (value: string, year: number) => `${value} in ${year}`,
    reported: (change: string, from: number, to: number) => `reported ${change} for ${from}–${to}`,
    needed: (perYear: string, from: number, to: number, target: string, unit: string) =>
      `Pace needed from now: ${perYear} a year from ${from} to ${to} to reach ${target} ${unit}.`,
    alreadyMet: (latest: string, unit: string, year: number, above: boolean, target: string, to: number) =>
      `The target is already reached: ${latest} ${unit} in ${year} is ${above ? 'above' : 'below'} the target value ${target} for ${to}.`,
    missed: (to: number, latest: string, unit: string, year: number, target: string) =>
      `The target year ${to} has passed without the target being reached: ${latest} ${unit} in ${year} against the target ${target}.`,
    ratio: (
      label: string,
      r: string,
      observed: string,
      from: number,
      at: number,
      required: string,
      end: number,
    ) =>
      `${label} (${r}growth ${observed} a year ${from}–${at}, against ${required} a year needed ${from}–${end})`,
    reportedClaim: (change: string, from: number, to: number) => `Reported: ${change} for ${from}–${to}.`,
    statistics: (
      what: string,
      change: string,
      unit: string,
      from: number,
      to: number,
      a: string,
      b: string,
    ) => `The statistics: ${what} changed by ${change} ${unit} from ${from} to ${to} (from ${a} to ${b}).`,
    unchecked: (years: string, from: number, to: number) =>
      `The statistics have no figures for ${years}, so the change from ${from} to ${to} cannot be checked.`,
    reportedStatus: 'Reported result',
  },
};
