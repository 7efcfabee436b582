/** The data-loading messages, raised in bokmål by code that also runs in Node, shown in the reader's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../src/lib/i18n/errors';
import { setLang } from '../../../src/lib/i18n';
import { DAMAGED_DATA, DataLoadError, NOT_LOADED } from '../../../src/lib/manifest';

afterEach(() => setLang('nb'));

describe('errorText', () => {
  it('words damaged and missing data in nb, nn and en, and leaves other messages alone', () => {
    const damaged = new DataLoadError(DAMAGED_DATA, 'observations.parquet: sha256 differs');
    const missing = new DataLoadError(NOT_LOADED, 'manifest.json: HTTP 404');
    expect(errorText(damaged)).toBe(DAMAGED_DATA);
    setLang('nn');
    expect(errorText(missing)).toBe(
      'Dataa kunne ikkje lastast ned. Sjekk nettilkoplinga og last sida på nytt.',
    );
    setLang('en');
    expect(errorText(damaged)).toMatch(/^The data downloaded are not the data that were published/);
    expect(errorText(new Error('Binder Error: x'))).toBe('Binder Error: x');
  });
});
