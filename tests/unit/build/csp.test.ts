/**
 * The built pages' Content-Security-Policy (src/build/csp.js): every inline script is allowed by its
 * own hash and nothing else, so a script injected into a page cannot run.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineScripts, policy, scriptHash, withPolicy } from '../../../src/build/csp.js';

const page = (head: string) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8">${head}</head><body></body></html>`;

describe('Content-Security-Policy', () => {
  it('hashes a script body as the browser does (SHA-256 of its UTF-8 text, base64)', () => {
    const body = "document.documentElement.classList.add('æ')";
    const expected = createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64');
    expect(scriptHash(body)).toBe(`'sha256-${expected}'`);
    // A known vector: the empty script.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('finds inline scripts only, not scripts loaded from a file', () => {
    const html = page('<script>a()</script><script src="./x.js"></script><script type="module">b()</script>');
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('puts the policy first in <head>, with one hash per inline script and no unsafe script source', () => {
    const html = withPolicy(page('<script>a()</script><script>a()</script><script>b()</script>'));
    const meta = /<head><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const scriptSrc = meta![1]!.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('a()')} ${scriptHash('b()')}`);
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(meta![1]).toContain("object-src 'none'");
  });

  it('leaves a page that already has a policy unchanged', () => {
    const once = withPolicy(page('<script>a()</script>'));
    expect(withPolicy(once)).toBe(once);
  });

  it('refuses a page without <head> rather than ship it without a policy', () => {
    expect(() => withPolicy('<p>no head</p>')).toThrow('has no <head>');
  });

  it('names every directive the app needs and nothing wider than its own origin', () => {
    expect(policy([])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });
});
