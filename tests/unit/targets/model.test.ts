import { describe, expect, it } from 'vitest';
import { TargetError } from '../../../src/lib/targets/model';
import { parseTargetFile, targetFile } from '../../../src/lib/targets/target-file';
import { TARGET_KINDS, targetsJsonSchema } from '../../../src/lib/targets/file-format';

const good = {
  id: 'glamdal-100',
  title: '100 nye arbeidsplasser i året',
  region: 'glamdal',
  indicator: 'sysselsatte',
  base_year: 2014,
  kind: 'per_year',
  amount: 100,
  end_year: 2025,
  set_by: 'Glåmdal regionråd',
  source: 'Byregionprosjektet',
  source_url: '',
  illustration: false,
  note: '',
};

describe('target file', () => {
  it('round-trips', () => {
    const parsed = parseTargetFile(
      JSON.parse(targetFile([parseTargetFile({ regionpuls_targets: 1, targets: [good] })[0]!])),
    );
    expect(parsed).toEqual([good]);
  });
  it.each([
    [{ targets: [] }, 'ikke en Regionpuls-målfil'],
    [{ regionpuls_targets: 1 }, 'mangler listen'],
    [
      { regionpuls_targets: 1, targets: [{ ...good, kind: 'fast' }] },
      'mål 1: «kind» må være en av per_year, rate, end',
    ],
    [
      { regionpuls_targets: 1, targets: [{ ...good, base_year: 2030 }] },
      '«end_year» (2025) må komme etter «base_year» (2030)',
    ],
    [
      { regionpuls_targets: 1, targets: [good, { ...good, region: "x'; drop" }] },
      'mål 2: ugyldig regionkode',
    ],
    [{ regionpuls_targets: 1, targets: [{ ...good, kind: 'rate', amount: 5 }] }, 'andel'],
    [{ regionpuls_targets: 1, targets: [good, good] }, 'samme id'],
    [{ regionpuls_targets: 1, targets: [{ ...good, source_url: 'javascript:alert(1)' }] }, 'http'],
    [{ regionpuls_targets: 1, targets: [{ id: 'a' }] }, 'mål 1: mangler feltet «region»'],
    [{ regionpuls_targets: 1, targets: [{ ...good, region: '3401+3401' }] }, 'nevner samme region to ganger'],
    [
      {
        regionpuls_targets: 1,
        targets: [{ ...good, region: Array.from({ length: 11 }, (_, i) => `30${i + 10}`).join('+') }],
      },
      'ugyldig regionkode',
    ],
    [{ regionpuls_targets: 1, targets: [{ ...good, region: '3401+' }] }, 'ugyldig regionkode'],
  ])('rejects %j with a message that says what is wrong', (input, message) => {
    expect(() => parseTargetFile(input)).toThrow(TargetError);
    expect(() => parseTargetFile(input)).toThrow(message);
  });
});

describe('the published JSON Schema', async () => {
  // The schema as served (/schema/regionpuls-targets.schema.json is this function's JSON, written at build).
  const schema = JSON.parse(JSON.stringify(targetsJsonSchema()));
  const target = schema.$defs.target;
  it('lists the same kinds and required fields the parser enforces', () => {
    expect(target.properties.kind.enum).toEqual([...TARGET_KINDS]);
    for (const field of target.required as string[]) {
      const { [field]: _dropped, ...rest } = good as Record<string, unknown>;
      expect(() => parseTargetFile({ regionpuls_targets: 1, targets: [rest] }), field).toThrow(
        `mangler feltet «${field}»`,
      );
    }
  });
  it('states the same limits and region codes the app enforces', async () => {
    const { MAX_USER_TARGETS } = await import('../../../src/lib/targets/limits');
    expect(schema.properties.targets.maxItems).toBe(MAX_USER_TARGETS);
    const pattern = new RegExp(target.properties.region.pattern);
    for (const code of ['3103', 'mosseregionen', 'kongsvingerregionen+3419', 'OR34001']) {
      expect(pattern.test(code), code).toBe(true);
      expect(
        parseTargetFile({ regionpuls_targets: 1, targets: [{ ...good, region: code }] })[0]!.region,
      ).toBe(code);
    }
    for (const code of ['3401+', "x'; drop", '+3401']) expect(pattern.test(code), code).toBe(false);
  });
  it('accepts what the app exports', () => {
    const exported = JSON.parse(targetFile(parseTargetFile({ regionpuls_targets: 1, targets: [good] })));
    expect(Object.keys(exported)).toEqual(['regionpuls_targets', 'targets']);
    for (const key of Object.keys(exported.targets[0])) expect(Object.keys(target.properties)).toContain(key);
  });
});
