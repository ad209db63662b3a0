// The languages the content is written in, and texts by language. Its own module so that the loss
// model's types can use texts without importing the content model (which imports them).

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/**
 * A text by language: always Japanese, the other languages where the content has them (the
 * widget's first load carries Japanese alone and fills the others in when they are needed).
 */
export type LocalText = { ja: string } & Partial<Record<Exclude<Lang, 'ja'>, string>>;

/** The text in `lang`, or the Japanese text where that language is missing or empty. */
export function local(text: LocalText, lang: Lang): string {
  return text[lang] || text.ja;
}
