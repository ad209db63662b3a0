// Parts of a loaded configuration that nothing reads (a misspelt key, a setting from another
// product), so the configurator can say they will be left out.

import { isRecord } from '../core/record.js';

/** Known keys by the path of their object; `*` for any key (the channels' own check covers them). */
const KNOWN: Record<string, readonly string[]> = {
  $: [
    '$schema',
    'partner',
    'lang',
    'theme',
    'discountScheme',
    'rateTable',
    'coverage',
    'scenarios',
    'test',
    'quote',
    'seminar',
    'persist',
    'starLadder',
    'debug',
  ],
  '$.partner': ['id', 'name', 'contact', 'logoUrl', 'privacyPolicyUrl'],
  '$.partner.contact': ['phone', 'email', 'url', 'hours'],
  '$.theme': ['primary', 'primaryContrast', 'text', 'muted', 'surface', 'subtle', 'border', 'focus', 'error', 'radius', 'fontFamily'],
  '$.quote': ['agentLanguage', 'channels', 'attributionParams'],
  '$.seminar': ['idleResetSeconds', 'countdownSeconds', 'fullVersionUrl', 'attendeeUrl'],
};

export function unusedPaths(raw: Record<string, unknown>): string[] {
  const unused: string[] = [];
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      const known = KNOWN[path];
      const child = `${path}.${key}`;
      if (known && !known.includes(key)) unused.push(child);
      else if (isRecord(value) && KNOWN[child]) walk(value, child);
    }
  };
  walk(raw, '$');
  return unused;
}
