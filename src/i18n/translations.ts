// Content text by language. The widget ships its content with Japanese only; the other languages'
// strings come as a map from each text's path in the content ("questions.3.help.why") and are
// filled in when the language is first needed. The same path scheme is used at build
// (scripts/content.ts) and here, so the two cannot drift apart.

import { isLang, LANGS, type Lang, type LocalText } from '../core/types.js';

/** A text by language: Japanese, and the other languages once they are loaded. */
function isLocalText(value: unknown): value is LocalText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return typeof (value as { ja?: unknown }).ja === 'string' && Object.keys(value).every(isLang);
}

/** Calls `visit` with every localized text in `node` and its path. */
export function eachLocalText(node: unknown, visit: (text: LocalText, path: string) => void, path = ''): void {
  if (isLocalText(node)) {
    visit(node, path);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, child] of Object.entries(node)) eachLocalText(child, visit, path ? `${path}.${key}` : key);
}

/** The strings of one language, by path. */
export function extractLanguage(content: unknown, lang: Lang): Record<string, string> {
  const strings: Record<string, string> = {};
  eachLocalText(content, (text, path) => {
    const value = text[lang];
    if (value !== undefined) strings[path] = value;
  });
  return strings;
}

/**
 * A deep copy with only the Japanese texts. The other languages are left out, not left empty (the
 * widget ships this, and 200 empty entries are bytes for nothing); until they are filled in,
 * local() shows Japanese in their place.
 */
export function japaneseOnly<T>(content: T): T {
  const copy = structuredClone(content);
  eachLocalText(copy, (text) => {
    // Reflect.deleteProperty: the languages are a fixed list, not keys of unknown data.
    for (const lang of LANGS) if (lang !== 'ja') Reflect.deleteProperty(text, lang);
  });
  return copy;
}

/** Fills one language's strings into the content, in place. */
export function fillLanguage(content: unknown, lang: Lang, strings: Record<string, string>): void {
  eachLocalText(content, (text, path) => {
    const value = strings[path];
    if (value !== undefined) text[lang] = value;
  });
}

/** Whether a path is a question's help text, which the widget loads after the first screen. */
export function isHelpPath(path: string): boolean {
  return /^questions\.\d+\.help\./.test(path);
}

/** The categories and questions a content has, as far as the first screen's view needs them. */
interface Steps {
  categories: readonly { id: string }[];
  questions: readonly { category: string }[];
}

/**
 * Whether a path is a text of a step after the first, which the widget loads with the results
 * part: its questions and options, and its lead. Its title stays, for the progress bar and the
 * step's heading, which show while the rest arrives.
 */
export function isLaterStepPath(content: Steps, path: string): boolean {
  const question = /^questions\.(\d+)\./.exec(path);
  if (question) return !isHelpPath(path) && content.questions[Number(question[1])]?.category !== content.categories[0]?.id;
  return /^categories\.[1-9]\d*\.intro$/.test(path);
}

/** The first-screen view: Japanese only, without the help texts, and without the texts of later steps. */
export function firstScreenContent<T extends Steps>(content: T): T {
  const copy = japaneseOnly(content);
  eachLocalText(copy, (text, path) => {
    if (isHelpPath(path) || isLaterStepPath(content, path)) text.ja = '';
  });
  return copy;
}

/** The Japanese texts that `filter` picks, by path. */
function japaneseTexts(content: unknown, filter: (path: string) => boolean): Record<string, string> {
  const strings: Record<string, string> = {};
  eachLocalText(content, (text, path) => {
    if (filter(path)) strings[path] = text.ja;
  });
  return strings;
}

/** The Japanese help texts by path. */
export function japaneseHelp(content: unknown): Record<string, string> {
  return japaneseTexts(content, isHelpPath);
}

/** The Japanese texts of the steps after the first by path (see isLaterStepPath). */
export function japaneseLaterSteps(content: Steps): Record<string, string> {
  return japaneseTexts(content, (path) => isLaterStepPath(content, path));
}
