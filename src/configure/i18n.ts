// The configurator's strings (src/i18n/locales/configure-*.json), both languages built in: it is
// one page for the partner's staff, so i18next's features would be bytes for nothing.

import type { Lang } from '../core/types.js';
import en from '../i18n/locales/configure-en.json';
import ja from '../i18n/locales/configure-ja.json';

const STRINGS: Record<Lang, unknown> = { ja, en };

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The string at a dotted key with {{name}} filled in; the key itself when it is missing (a test keeps none missing). */
export function translator(lang: Lang): Translate {
  return (key, vars = {}) => {
    let node: unknown = STRINGS[lang];
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  };
}
