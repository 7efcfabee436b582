/**
 * Limits on the user's own targets, so neither a link nor a dropped file can freeze the tab: how many
 * targets, how large an import file, how long a `?t=` link. Hitting a limit refuses the change with a
 * message and leaves everything the user had as it was.
 */

/** Own targets per browser; the shipped ones do not count. */
export const MAX_USER_TARGETS = 100;

/** Import files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * The longest `t` parameter the app writes. Common servers refuse request lines of 8 KiB (nginx's
 * default large_client_header_buffers) and more, so the whole address must stay below that.
 */
export const MAX_LINK_PARAM = 7_000;

/** The longest `t` parameter the app reads (older links were written up to this). */
export const MAX_LINK_PARAM_READ = 20_000;

/** A decompressed link larger than this is refused (a small link must not unpack into a huge one). */
export const MAX_LINK_JSON_BYTES = 1_000_000;

/** Cards per group in the side-by-side grid before "show more". */
export const GRID_PAGE = 12;
