// A static shell: the console runs only in the browser, on the browser's DuckDB.
export const prerender = true;
