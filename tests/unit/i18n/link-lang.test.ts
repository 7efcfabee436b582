/**
 * The language a link asks for, and the links between languages: a path segment on the pages that have
 * one (region reports, an own region's report, /dekning), `lang=` on the others, bokmål otherwise.
 */
import { describe, expect, it } from 'vitest';
import { hasLangSegment, langPath, linkLang } from '../../../src/lib/i18n/lang.svelte';

const url = (href: string) => new URL(href, 'http://localhost');

describe('the language of a link', () => {
  it('reads the path segment first, then lang=, then falls back to bokmål', () => {
    expect(linkLang(url('/nn/region/egen-1?g1=V%C3%A5r+region%3A3103%2C3112%2C3114'))).toBe('nn');
    expect(linkLang(url('/en/dekning'))).toBe('en');
    expect(linkLang(url('/en/region/3403?lang=nn'))).toBe('en');
    expect(linkLang(url('/rangering?lang=en'))).toBe('en');
    expect(linkLang(url('/region/3403'))).toBe('nb');
    // A segment on a page that has none is not a language; an unknown lang= is bokmål.
    expect(linkLang(url('/en/rangering'))).toBe('nb');
    expect(linkLang(url('/?lang=de'))).toBe('nb');
  });

  it('keeps an own region’s report, with its region, when the language changes', () => {
    const report = '/region/egen-1?g1=V%C3%A5r+region%3A3103%2C3112%2C3114';
    expect(langPath(report, 'nn')).toBe(`/nn${report}`);
    expect(hasLangSegment(`/nn${report.split('?')[0]}`)).toBe(true);
    expect(langPath('/pendling?region=3401', 'en')).toBe('/pendling?region=3401&lang=en');
    expect(langPath(report, 'nb')).toBe(report);
  });
});
