/**
 * The targets file's rules, stated once: the limits and patterns `parseTarget`/`parseOwnRegions`
 * enforce (model.ts) and the JSON Schema published at /schema/regionpuls-targets.schema.json are both
 * made from this module, so the published schema cannot drift from what an import accepts.
 */
import { MAX_GROUPS, MAX_MEMBERS, MAX_NAME } from '../groups/group';
import { MAX_IMPORT_BYTES, MAX_USER_TARGETS } from './limits';

export const TARGET_KINDS = ['per_year', 'rate', 'end', 'level', 'reported'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The file format version in `regionpuls_targets`. */
export const TARGET_FILE_VERSION = 1;

/** A sum of regions names at most this many codes. */
export const MAX_REGION_PARTS = 10;

/** Longest text per field. */
export const TEXT_LIMITS = {
  id: 64,
  title: 200,
  region: 200,
  indicator: 64,
  set_by: 200,
  source: 300,
  source_url: 500,
  note: 600,
} as const;

export const YEARS = { min: 1900, max: 2100 } as const;

const SLUG_SOURCE = '^[a-z0-9][a-z0-9-]{0,63}$';
const CODE_SOURCE = '[A-Za-z0-9-]{1,40}';
export const SLUG = new RegExp(SLUG_SOURCE);
export const CODE = new RegExp(`^${CODE_SOURCE}$`);
/** One code, or up to MAX_REGION_PARTS codes joined by «+». */
const REGION_SOURCE = `^${CODE_SOURCE}(\\+${CODE_SOURCE}){0,${MAX_REGION_PARTS - 1}}$`;
const KOMMUNE_SOURCE = '^[0-9]{4}$';
export const KOMMUNE = new RegExp(KOMMUNE_SOURCE);

/** Fields a target must have; the others default to '' (texts) or false (illustration). */
export const REQUIRED_FIELDS = [
  'id',
  'title',
  'region',
  'indicator',
  'base_year',
  'kind',
  'amount',
  'end_year',
] as const;

/** Own regions a file may carry (the browser keeps twice what one view can show). */
export const MAX_FILE_OWN_REGIONS = MAX_GROUPS * 2;

const text = (field: keyof typeof TEXT_LIMITS, extra: Record<string, unknown> = {}) => ({
  type: 'string',
  maxLength: TEXT_LIMITS[field],
  ...extra,
});
const year = (description: string) => ({
  type: 'integer',
  minimum: YEARS.min,
  maximum: YEARS.max,
  description,
});

/** The JSON Schema (draft 2020-12) of the file Regionpuls exports and imports. */
export function targetsJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'regionpuls-targets.schema.json',
    title: 'Regionpuls growth targets',
    description: `The file Regionpuls exports and imports (Eksporter/Importer mål). The app validates imports with the same rules (src/lib/targets/model.ts, from the same definition as this schema) and rejects the whole file on the first error. An import file may be at most ${MAX_IMPORT_BYTES / 1_000_000} MB, and you can hold at most ${MAX_USER_TARGETS} targets of your own.`,
    type: 'object',
    required: ['regionpuls_targets', 'targets'],
    properties: {
      $schema: { type: 'string' },
      regionpuls_targets: { const: TARGET_FILE_VERSION, description: 'File format version.' },
      targets: {
        type: 'array',
        maxItems: MAX_USER_TARGETS,
        items: { $ref: '#/$defs/target' },
        description: `At most ${MAX_USER_TARGETS}: the app's limit for your own targets.`,
      },
      own_regions: {
        type: 'array',
        maxItems: MAX_FILE_OWN_REGIONS,
        items: { $ref: '#/$defs/own_region' },
        description:
          'Optional (files without it load as before): your own regions, kommuner put together under a name, remembered by the browser on import and offered on the comparison page, where they are summed only in years where every member has a value.',
      },
    },
    $defs: {
      own_region: {
        type: 'object',
        required: ['name', 'members'],
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: MAX_NAME,
            description: "Shown as the region's name: «Vår BA-region».",
          },
          members: {
            type: 'array',
            minItems: 1,
            maxItems: MAX_MEMBERS,
            uniqueItems: true,
            items: { type: 'string', pattern: KOMMUNE_SOURCE },
            description:
              '2024 kommune numbers (3103); a number that is not a 2024 kommune makes the comparison page leave the region out.',
          },
        },
      },
      target: {
        type: 'object',
        required: [...REQUIRED_FIELDS],
        properties: {
          id: text('id', { pattern: SLUG_SOURCE }),
          title: text('title'),
          region: text('region', {
            pattern: REGION_SOURCE,
            description: `Region code: kommune (3103), fylke (31), land (0), BA01, OR31003 or a grouping id (mosseregionen); or up to ${MAX_REGION_PARTS} codes joined by + for their sum (kongsvingerregionen+3419), for indicators counted in persons, enterprises or NOK; or egen-N for the file's N-th own region (own_regions), summed over its kommuner only in years where every one has a value.`,
          }),
          indicator: text('indicator', { description: 'Indicator id, e.g. sysselsatte or befolkning.' }),
          base_year: year(
            'First year of the period (kind reported: the first year the reported result covers). Without a value that year, the path starts from the first later year with one, and the app says so.',
          ),
          end_year: year('Must be after base_year.'),
          kind: {
            enum: [...TARGET_KINDS],
            description:
              'per_year: fixed change a year; rate: growth a year as a fraction (0.01 = 1 %); end: change from the base-year value by end_year; level: the value to reach in end_year; reported: a result someone reported for base_year–end_year, checked against the statistics and never given a status.',
          },
          amount: {
            type: 'number',
            description:
              'per_year: change a year; rate: a fraction strictly between -1 and 1; end: change by end_year; level: the value to reach; reported: the reported change.',
          },
          set_by: text('set_by'),
          source: text('source'),
          source_url: text('source_url', { pattern: '^(https?://.*)?$' }),
          illustration: { type: 'boolean' },
          note: text('note'),
        },
      },
    },
  };
}
