/**
 * A <script> element for `{@html}` in <svelte:head>: the pages' few first-paint scripts. Built here, in
 * TypeScript, because a literal closing script tag cannot appear inside a .svelte file's own script
 * block. Each one is allowed by its SHA-256 in the page's Content-Security-Policy, computed from the
 * built HTML (src/build/csp.js), so the body may change freely.
 */
export function inlineScript(body: string): string {
  return `<script>${body}</script>`;
}
