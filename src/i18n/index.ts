// One i18next instance per widget, so two widgets on a page can speak different languages.
// UI strings live in locales/*.json: Japanese for the first screens is built in; the strings of
// the results and the quote form come with their code, and other languages when first chosen.
// Question content carries its own translations (see translations.ts).

import i18next, { type i18n, type TFunction } from 'i18next';
import { isLang, LANGS, type Lang } from '../core/types.js';
import ja from './locales/ja.json';

export type { TFunction };

type Strings = Record<string, unknown>;

/** Strings loaded after start, by language; added to every widget, present and future. */
const registered: { lang: Lang; strings: Strings }[] = [];
const instances = new Set<i18n>();

export function registerStrings(lang: Lang, strings: Strings): void {
  registered.push({ lang, strings });
  for (const instance of instances) instance.addResourceBundle(lang, 'translation', strings, true, true);
}

export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'ja',
    supportedLngs: [...LANGS],
    resources: { ja: { translation: ja } },
    initAsync: false, // resources are inline, so init finishes before the first render
    interpolation: { escapeValue: false }, // Preact escapes text itself
  });
  for (const { lang: code, strings } of registered) instance.addResourceBundle(code, 'translation', strings, true, true);
  instances.add(instance);
  return instance;
}

export { local } from '../core/types.js';

/** The first supported language in `candidates` (attribute, then browser languages), else Japanese. */
export function pickLang(...candidates: unknown[]): Lang {
  for (const candidate of candidates) {
    const base = typeof candidate === 'string' ? candidate.toLowerCase().split('-')[0] : undefined;
    if (isLang(base)) return base;
  }
  return 'ja';
}
