// Content and strings that load after the first screen: the rest of the built-in content (what
// the results need, and the texts of the steps after the first), the Japanese help texts, another language (its UI strings and content text in
// one chunk), and the Japanese strings of the parts that load later (with their code).

import { fillScoring, isFullContent } from '../core/content/parts.js';
import type { Content, ControlScoring, Lang, QuestionContent, ResultsContent } from '../core/types.js';
import { registerStrings } from './index.js';

// Filling text in by path is only needed once something has loaded, so it loads with it.
const translations = () => import('./translations.js');

let results: Promise<ResultsContent & { scoring: Record<string, ControlScoring>; texts: Record<string, string> }> | undefined;

/**
 * Fills the results part (discount schemes, rate tables, loss scenarios, IPA topics, the questions'
 * scoring fields) and the Japanese texts of the steps after the first into the built-in content.
 */
export async function loadResultsContent(content: QuestionContent): Promise<Content> {
  if (isFullContent(content)) return content;
  const [{ scoring, texts, ...part }, { fillLanguage }] = await Promise.all([
    (results ??= import('virtual:crc-content-results-ja').then((m) => m.default)),
    translations(),
  ]);
  if (isFullContent(content)) return content;
  // Both before the content counts as full: a full content has every text and scoring field.
  fillLanguage(content, 'ja', texts);
  fillScoring(content, scoring);
  return Object.assign(content, part);
}

let english: Promise<Record<string, string>> | undefined;
let help: Promise<Record<string, string>> | undefined;
const helpFilled = new WeakSet();

/** The Japanese help texts ("why it matters", "how to do it"), filled into the built-in content. */
export async function loadHelp(content: QuestionContent): Promise<void> {
  const [strings, { fillLanguage }] = await Promise.all([(help ??= import('virtual:crc-content-help-ja').then((m) => m.default)), translations()]);
  if (!helpFilled.has(content)) {
    fillLanguage(content, 'ja', strings);
    helpFilled.add(content);
  }
}
let laterJapanese: Promise<void> | undefined;
const filled = new WeakSet();

/** The strings of the parts that load later (results, quote form, walk-through, seminar countdown), in Japanese. */
export function loadLaterStrings(): Promise<void> {
  return (laterJapanese ??= import('./locales/ja-results.json').then((m) => registerStrings('ja', m.default)));
}

export async function loadLanguage(lang: Lang, content: QuestionContent): Promise<void> {
  if (lang === 'ja') return;
  english ??= Promise.all([import('virtual:crc-content-en'), import('./locales/en.json'), import('./locales/en-results.json')]).then(
    ([strings, locale, later]) => {
      registerStrings('en', locale.default);
      registerStrings('en', later.default);
      return strings.default;
    },
  );
  // The language's strings reach the results part only if it is there when they are filled in.
  const [strings, { fillLanguage }] = await Promise.all([english, translations(), loadResultsContent(content)]);
  if (!filled.has(content)) {
    fillLanguage(content, 'en', strings);
    filled.add(content);
  }
}
