// The module build loads what the first screen needs as one file: the entry and everything it
// imports statically. Left to itself the bundler spreads the modules shared with the lazy parts
// over several small chunks, which the browser only finds after parsing the entry (a waterfall).
// The group lands in the entry file itself (see preserveEntrySignatures in vite.config.ts).

import type { Plugin } from 'vite';

export function firstScreenChunk(entry: string): { plugin: Plugin; isFirstScreen: (id: string) => boolean } {
  const imports = new Map<string, readonly string[]>();
  let firstScreen: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'crc-first-screen-chunk',
    apply: 'build',
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
    },
  };
  const isFirstScreen = (id: string) => {
    if (!firstScreen) {
      const found = new Set<string>();
      firstScreen = found;
      const visit = (module: string) => {
        if (found.has(module)) return;
        found.add(module);
        for (const next of imports.get(module) ?? []) visit(next);
      };
      visit(entry);
    }
    return firstScreen.has(id);
  };
  return { plugin, isFirstScreen };
}
