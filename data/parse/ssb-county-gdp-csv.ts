/**
 * Bruttoprodukt by county, basic values, current prices, NOK million (SSB fylkesfordelt nasjonalregnskap):
 * - 09391 vintage (JohanWidding/Analyse-av-regional-transportutvikling summary_data.csv): `Tid,Fylke,...,
 *   Bruttoprodukt,...` for the 19 pre-2020 counties; empty before 2008 because 09391 starts in 2008.
 * - 11713 extract (evensrii/Telemark workbook): `year,fylkesnummer,region_label_ssb,
 *   bruttoprodukt_basisverdi_lopende_mill_nok,...`, fylkesnummer "0" = Hele landet.
 */
import { parseTable, readText, records } from './text';
import { parseNumberCell } from './value';

export function parse09391SummaryCsv(
  path: string,
): { year: number; countyLabel: string; value: number | null }[] {
  const source = 'fylke_befolkning_personbiler_bruttoprodukt_2000_2017_09391.csv';
  return records(
    parseTable(readText(path).text, { delimiter: ',', source }),
    ['Tid', 'Fylke', 'Bruttoprodukt'],
    source,
  ).map((r) => ({
    year: Number(r.get('Tid')),
    countyLabel: r.get('Fylke'),
    value: parseNumberCell(r.get('Bruttoprodukt'), `${source} line ${r.line}`),
  }));
}

export function parse11713ExtractCsv(
  path: string,
): { year: number; county: string; label: string; value: number | null }[] {
  const source = 'fylke_bruttoprodukt_sysselsatte_11713_extract.csv';
  const cols = ['year', 'fylkesnummer', 'region_label_ssb', 'bruttoprodukt_basisverdi_lopende_mill_nok'];
  return records(parseTable(readText(path).text, { delimiter: ',', source }), cols, source).map((r) => {
    const county = r.get('fylkesnummer');
    if (!/^(0|\d{2})$/.test(county))
      throw new Error(`${source} line ${r.line}: invalid fylkesnummer ${JSON.stringify(county)}`);
    return {
      year: Number(r.get('year')),
      county,
      label: r.get('region_label_ssb'),
      value: parseNumberCell(r.get('bruttoprodukt_basisverdi_lopende_mill_nok'), `${source} line ${r.line}`),
    };
  });
}
