// One i18next instance per widget, so two widgets on a page can speak different languages.
// UI strings live in locales/*.json; question content carries its own translations.

import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGS, type Lang, type LocalText } from '../core/types.js';
import ja from './locales/ja.json';

export type { TFunction };

type Resources = Partial<Record<Lang, Record<string, unknown>>>;

/** Japanese is built in; other languages' UI strings are added when loaded (see load.ts). */
export function createI18n(lang: Lang, extra: Resources = {}): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries({ ja, ...extra }).map(([code, strings]) => [code, { translation: strings }]));
  void instance.init({
    lng: lang,
    fallbackLng: 'ja',
    supportedLngs: [...LANGS],
    resources,
    initAsync: false, // resources are inline, so init finishes before the first render
    interpolation: { escapeValue: false }, // Preact escapes text itself
    returnNull: false,
  });
  return instance;
}

/** Picks the user's language from content text, falling back to Japanese, the content's first language. */
export function local(text: LocalText, lang: Lang): string {
  return text[lang] || text.ja;
}

/** The first supported language in `candidates` (attribute, then browser languages), else Japanese. */
export function pickLang(...candidates: unknown[]): Lang {
  for (const candidate of candidates) {
    const base = typeof candidate === 'string' ? candidate.toLowerCase().split('-')[0] : undefined;
    if (base && (LANGS as readonly string[]).includes(base)) return base as Lang;
  }
  return 'ja';
}
