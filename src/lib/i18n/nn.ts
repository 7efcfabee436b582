/**
 * Nynorsk messages: the same keys and the same function arguments as nb.ts (the `Messages` type
 * makes a missing key a compile error). Region names stay as SSB writes them.
 *
 * One area per file in nn/, each typed from bokmål's part in nb/, so a translator and a reviewer see
 * one area at a time; this file puts them together.
 */
import type { Messages } from './nb';
import { coreMessages } from './nn/core';
import { workbenchMessages } from './nn/workbench';
import { commutingMessages } from './nn/commuting';
import { reportMessages } from './nn/reports';
import { targetMessages } from './nn/targets';
import { chartMessages } from './nn/charts';
import { dataMessages } from './nn/data';

export const nn: Messages = {
  ...coreMessages,
  ...workbenchMessages,
  ...commutingMessages,
  ...reportMessages,
  ...targetMessages,
  ...chartMessages,
  ...dataMessages,
};
