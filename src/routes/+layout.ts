// The shell is prerendered into static HTML; DuckDB starts in the browser only (see src/lib/db/browser.ts).
export const prerender = true;
export const ssr = true;
export const trailingSlash = 'never';
