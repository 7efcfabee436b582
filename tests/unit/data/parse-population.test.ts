import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RAW, rawPath } from '../../../data/paths';
import { parse07459PopulationFile, type Population07459File } from '../../../data/parse/ssb-07459-population';
import { parseTable, readText, records } from '../../../data/parse/text';

const files = new Map<string, Population07459File>(
  RAW.population07459.map((f) => [f.split('/').pop() ?? f, parse07459PopulationFile(rawPath(f))]),
);
const file = (name: string): Population07459File => {
  const f = files.get(name);
  if (!f) throw new Error(`no ${name}`);
  return f;
};
const persons = (name: string, code: string, year: number) =>
  file(name).kommuner.find((k) => k.code === code && k.year === year)?.persons;

describe('SSB 07459 raw population exports', () => {
  it('reads every format quirk of the eight files', () => {
    const shape = [...files.values()].map((f) => [f.file, f.encoding, f.delimiter, f.years.join(',')]);
    expect(shape).toEqual([
      ['Personer2005-2009.csv', 'iso-8859-1', '\t', '2005,2006,2007,2008,2009'],
      ['Personer2010-2014.csv', 'iso-8859-1', '\t', '2010,2011,2012,2013,2014'],
      ['Personer2015-2018.csv', 'iso-8859-1', '\t', '2015,2016,2017,2018'],
      ['Personer2019.csv', 'utf-8', ',', '2019'],
      ['Personer2020.csv', 'iso-8859-1', '\t', '2020'],
      ['Personer2021.csv', 'iso-8859-1', ';', '2021'],
      ['Personer2022.csv', 'iso-8859-1', ';', '2022'],
      ['Personer2023.csv', 'iso-8859-1', ';', '2023'],
    ]);
    // 0 years ... "105 years or older": every region has the same 106 age rows.
    for (const f of files.values()) expect(f.ages).toBe(106);
    expect(new Set(file('Personer2005-2009.csv').kommuner.map((k) => k.code)).size).toBe(476);
  });

  it('keeps the title line and CRLF of 2021/2022 out of the data', () => {
    const bytes = readFileSync(rawPath('ssb/population/raw_07459/Personer2022.csv'), 'latin1');
    expect(bytes.startsWith('"07459: Population')).toBe(true);
    expect(bytes.includes('\r\n')).toBe(true);
    expect(file('Personer2022.csv').kommuner.every((k) => !k.label.includes('\r'))).toBe(true);
    expect(file('Personer2021.csv').kommuner).toHaveLength(356);
  });

  it('reads codes from "0104 Moss", "K-3001 Halden" and broken 2019 letters', () => {
    expect(persons('Personer2005-2009.csv', '0104', 2005)).toBe(28040);
    expect(persons('Personer2019.csv', '0136', 2019)).toBe(16145);
    const raade = file('Personer2019.csv').kommuner.find((k) => k.code === '0135');
    expect(raade?.label).toBe('0135 R\uFFFDde');
    expect(raade?.persons).toBe(7542);
    expect(file('Personer2020.csv').kommuner.find((k) => k.code === '3001')?.label).toBe('K-3001 Halden');
    expect(persons('Personer2020.csv', '3002', 2020)).toBe(49273);
    expect(persons('Personer2022.csv', '3002', 2022)).toBe(50290);
    expect(persons('Personer2022.csv', '3401', 2022)).toBe(17949);
    expect(persons('Personer2022.csv', '3403', 2022)).toBe(31999);
    expect(persons('Personer2021.csv', '3030', 2021)).toBeGreaterThan(85000);
  });

  it('separates Svalbard, the continental shelf and "Rest" from the kommuner', () => {
    for (const name of ['Personer2020.csv', 'Personer2021.csv', 'Personer2022.csv']) {
      expect(new Set(file(name).other.map((o) => o.label.split(' ')[0]))).toEqual(
        new Set(['K-21-22', 'K-23', 'K-Rest']),
      );
    }
    expect(file('Personer2019.csv').other).toEqual([]);
  });

  it('prints 0 for a code in the years it did not exist (0710 Sandefjord before 2017)', () => {
    expect(persons('Personer2015-2018.csv', '0710', 2016)).toBe(0);
    expect(persons('Personer2015-2018.csv', '0710', 2017)).toBe(62019);
  });

  it('sums all ages to exactly the derived befolkning_kommune_07459_2005_2022.csv, every region-year', () => {
    const source = RAW.populationDerived;
    const derived = records(
      parseTable(readText(rawPath(source)).text, { source }),
      ['kommunenummer', 'year', 'population'],
      source,
    );
    const expected = new Map(
      derived.map((r) => [`${r.get('kommunenummer')}|${r.get('year')}`, Number(r.get('population'))]),
    );
    const ours = new Map(
      [...files.values()].flatMap((f) =>
        f.kommuner
          .filter((k) => k.persons !== 0 && k.year <= 2022)
          .map((k) => [`${k.code}|${k.year}`, k.persons] as const),
      ),
    );
    expect(expected.size).toBe(7418);
    expect(ours).toEqual(expected);
  });

  it("2023: sums to SSB's official 5 488 984 (kommuner, Svalbard, sokkel and Rest) and equals the derived 2023 file", () => {
    const f = file('Personer2023.csv');
    const total = [...f.kommuner, ...f.other].reduce((sum, k) => sum + (k.persons ?? 0), 0);
    expect(total).toBe(5488984);
    expect(persons('Personer2023.csv', '3002', 2023)).toBe(51240);
    expect(persons('Personer2023.csv', '3401', 2023)).toBe(17966);
    const source = 'ssb/population/befolkning_kommune_07459_2023.csv';
    const derived = records(
      parseTable(readText(rawPath(source)).text, { source }),
      ['kommunenummer', 'year', 'population'],
      source,
    );
    const kommuner = derived.filter((r) => /^\d{4}$/.test(r.get('kommunenummer')));
    expect(kommuner).toHaveLength(356);
    expect(new Map(f.kommuner.map((k) => [k.code, k.persons]))).toEqual(
      new Map(kommuner.map((r) => [r.get('kommunenummer'), Number(r.get('population'))])),
    );
  });
});
