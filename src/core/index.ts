// The headless API: everything the widget knows, as pure functions over plain data. Runs in Node.
//   import { content, parseYen, estimatePreset } from 'cyber-risk-check/core';

import builtInContent from 'virtual:crc-content';
import type { Content } from './types.js';

export * from './lib.js';
export { estimate, estimatePreset } from './loss/api.js';

/** The question set shipped with this version, in every language, already validated at build. */
export const content: Content = builtInContent;
