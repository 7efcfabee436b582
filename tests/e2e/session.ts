/** One Chromium session per test file, opened before its tests and closed after them. */
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type Session } from './browser';

export function sessionPerFile(viewport?: { width: number; height: number }): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openBrowser(viewport);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session is not open yet');
    return session;
  };
}
