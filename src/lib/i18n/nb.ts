/**
 * Bokmål messages. Every user-visible string of the app is here, as a function where it takes
 * values, so nynorsk (nn.ts) and English (en.ts) can follow with the same `Messages` shape.
 *
 * The strings live in nb/, one area of the app per file (core, workbench, commuting, reports, targets,
 * charts, data), so a translator and a reviewer see one area at a time; this file puts them together.
 * Bokmål is the source: each part of nn/ and en/ is typed from its part here.
 */
import { coreMessages } from './nb/core';
import { workbenchMessages } from './nb/workbench';
import { commutingMessages } from './nb/commuting';
import { reportMessages } from './nb/reports';
import { targetMessages } from './nb/targets';
import { chartMessages } from './nb/charts';
import { dataMessages } from './nb/data';

export const nb = {
  ...coreMessages,
  ...workbenchMessages,
  ...commutingMessages,
  ...reportMessages,
  ...targetMessages,
  ...chartMessages,
  ...dataMessages,
};

export type Messages = typeof nb;
