// Numbers in the user's language, through Intl (no formatting library).

import type { Lang } from '../core/types.js';

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/** 0.44 → "44%". */
export function formatRate(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** 84640 → "84,640円" in Japanese, "¥84,640" in English. */
export function formatYen(yen: number, lang: Lang): string {
  const digits = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(yen);
  return lang === 'ja' ? `${digits}円` : `¥${digits}`;
}
