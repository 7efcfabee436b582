/**
 * An error as the reader should see it. The data-loading messages are raised in bokmål by code that
 * also runs in plain Node (src/lib/manifest.ts, for the build and the logs); here they are put into
 * the reader's language. Any other message is shown as it is.
 */
import { DAMAGED_DATA, NOT_LOADED } from '../manifest';
import { t } from '.';

export function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (message === DAMAGED_DATA) return t.dataErrors.damaged;
  if (message === NOT_LOADED) return t.dataErrors.notLoaded;
  return message;
}
