/**
 * English messages: the same keys and the same function arguments as nb.ts (the `Messages` type
 * makes a missing key a compile error). Norwegian administrative terms keep an English gloss the
 * first time («kommune» is «municipality»); region names stay as SSB writes them.
 *
 * One area per file in en/, each typed from bokmål's part in nb/, so a translator and a reviewer see
 * one area at a time; this file puts them together.
 */
import type { Messages } from './nb';
import { coreMessages } from './en/core';
import { workbenchMessages } from './en/workbench';
import { commutingMessages } from './en/commuting';
import { reportMessages } from './en/reports';
import { targetMessages } from './en/targets';
import { chartMessages } from './en/charts';
import { dataMessages } from './en/data';

export const en: Messages = {
  ...coreMessages,
  ...workbenchMessages,
  ...commutingMessages,
  ...reportMessages,
  ...targetMessages,
  ...chartMessages,
  ...dataMessages,
};
