// Numbers and lists in the user's language, through Intl (no formatting library).

import type { Lang } from './types.js';

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

// Making an Intl.NumberFormat costs a millisecond or more on a slow phone, and the results format
// hundreds of amounts: each is made once per locale and kind, then kept.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** 1234.5 → "1,234.5". */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(LOCALE[lang], 'number', { maximumFractionDigits: 1 }).format(value);
}

/** 0.44 → "44%". */
export function formatRate(rate: number, lang: Lang): string {
  return numberFormat(LOCALE[lang], 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** 84640 → "84,640円" in Japanese, "¥84,640" in English. */
export function formatYen(yen: number, lang: Lang): string {
  const digits = numberFormat(LOCALE[lang], 'whole', { maximumFractionDigits: 0 }).format(yen);
  return lang === 'ja' ? `${digits}円` : `¥${digits}`;
}

/**
 * Large amounts the way owners read them: in Japanese with 万 and 億 (2,670万円, 5.4億円), in
 * English as plain yen (¥26,700,000). Small amounts are exact in both.
 */
export function formatAmount(yen: number, lang: Lang): string {
  if (lang === 'en' || Math.abs(yen) < 100_000) return formatYen(yen, lang);
  if (Math.abs(yen) < 100_000_000) {
    return `${numberFormat('ja-JP', 'whole', { maximumFractionDigits: 0 }).format(yen / 10_000)}万円`;
  }
  return `${numberFormat('ja-JP', 'compact', { notation: 'compact', maximumFractionDigits: 1 }).format(yen)}円`;
}

/**
 * An amount for a headline, where the yen are not the point: in Japanese as formatAmount (already
 * 万 and 億), in English from a million up in words (¥42.4 million), so the figure reads at a glance.
 */
export function formatAmountBrief(yen: number, lang: Lang): string {
  if (lang === 'ja' || Math.abs(yen) < 1_000_000) return formatAmount(yen, lang);
  return `¥${numberFormat('en-US', 'compactLong', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(yen)}`;
}

/** ["A", "B", "C"] → 「A、B、C」, "A, B, and C". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** A day, written out as on a Japanese or British letter: "2026年12月6日", "6 December 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(date);
}
