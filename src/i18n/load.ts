// Languages other than Japanese load on first use: their UI strings and content text come in one
// small chunk, so a Japanese page downloads none of it.

import type { i18n } from 'i18next';
import type { Content, Lang } from '../core/types.js';
import { fillLanguage } from './translations.js';

type English = { strings: Record<string, string>; locale: Record<string, unknown> };

let english: Promise<English> | undefined;
const filled = new WeakSet<object>();

export async function loadLanguage(lang: Lang, content: Content, instance: i18n, fillContent = true): Promise<void> {
  if (lang === 'ja') return;
  english ??= Promise.all([import('virtual:crc-content-en'), import('./locales/en.json')]).then(([strings, locale]) => ({
    strings: strings.default,
    locale: locale.default as Record<string, unknown>,
  }));
  const { strings, locale } = await english;
  if (fillContent && !filled.has(content)) {
    fillLanguage(content, 'en', strings);
    filled.add(content);
  }
  if (!instance.hasResourceBundle('en', 'translation')) instance.addResourceBundle('en', 'translation', locale);
}
