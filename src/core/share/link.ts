// Answers in a URL fragment, so a result moves from a shared screen to a phone without a server
// (fragments are never sent to servers). Compact enough for a QR code: every choice is a digit in
// one mixed-radix number (its base the number of options plus "unanswered"), a multi-choice a bit
// mask, numbers in base 36. A fingerprint of the question set makes a link from another version
// say so instead of being misread, and a checksum makes an edited or cut-off link say so instead
// of opening someone else's answers. Decoding never throws, and refuses a link far longer than any
// it makes before reading it, so that a huge link cannot hold up the page.
//   #crc=2.<fingerprint>.<choices>.<numbers>.<checksum>

import { hasOptions, type Answers, type QuestionContent, type AskedQuestion } from '../types.js';
import { optionsOf } from '../flow/options.js';
import { fnv1a } from '../hash.js';
import { CONTINUE_KEY } from './key.js';

export { SHARE_KEY } from './key.js';
// Version 1 links carried no checksum, so a damaged one could open with other answers; they are
// refused as another version.
export const SHARE_VERSION = '2';

/** Longer than any link this codec makes (about 150 characters with every question answered). */
export const MAX_SHARE_LENGTH = 1000;

export type ShareError = 'format' | 'version' | 'outdated' | 'invalid' | 'damaged';
export type ShareResult = { ok: true; answers: Answers } | { ok: false; error: ShareError };

/** 4 base-36 characters from the question and option ids, in order. */
export function contentFingerprint(content: QuestionContent): string {
  const text = content.questions
    .map(
      (q) =>
        `${q.id}:${optionsOf(q, content)
          .map((o) => o.id)
          .join(',')}`,
    )
    .join(';');
  return (fnv1a(text) % 36 ** 4).toString(36).padStart(4, '0');
}

/** 4 base-36 characters of the rest of the link: an edit or a cut anywhere changes them. */
export function shareChecksum(body: string): string {
  return (fnv1a(body) % 36 ** 4).toString(36).padStart(4, '0');
}

/** How many values a question's digit takes: each option (or each subset), plus "unanswered". */
function radix(question: AskedQuestion, content: QuestionContent): bigint {
  const options = optionsOf(question, content).length;
  return question.type === 'multi' ? 2n ** BigInt(options) + 1n : BigInt(options + 1);
}

function digitOf(question: AskedQuestion, content: QuestionContent, answer: Answers[string] | undefined): bigint {
  const ids = optionsOf(question, content).map((o) => o.id);
  if (answer === undefined) return 0n;
  if (question.type === 'multi') {
    const chosen = Array.isArray(answer) ? answer : [];
    return 1n + chosen.reduce((mask, id) => (ids.includes(id) ? mask | (1n << BigInt(ids.indexOf(id))) : mask), 0n);
  }
  const index = typeof answer === 'string' ? ids.indexOf(answer) : -1;
  return index === -1 ? 0n : BigInt(index + 1);
}

export function encodeShare(content: QuestionContent, answers: Answers): string {
  let choices = 0n;
  for (const question of [...content.questions].reverse()) {
    if (!hasOptions(question)) continue;
    choices = choices * radix(question, content) + digitOf(question, content, answers[question.id]);
  }
  const numbers = content.questions
    .filter((q) => !hasOptions(q))
    .map((q) => {
      const value = answers[q.id];
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value.toString(36) : '';
    });
  const body = [SHARE_VERSION, contentFingerprint(content), choices.toString(36), numbers.join('-')].join('.');
  return `${body}.${shareChecksum(body)}`;
}

/** The code of a take-home link (#crc-continue=…), empty when there is none; decodeShare reads it. */
export function continueCode(hash: string): string {
  return new RegExp(`(?:^|[#&])${CONTINUE_KEY}=([^&]*)`).exec(hash)?.[1] ?? '';
}

/** Reads a fragment such as "#crc=1.ab12.x9.k-" (or the part after "crc="). */
export function decodeShare(content: QuestionContent, fragment: string): ShareResult {
  if (fragment.length > MAX_SHARE_LENGTH) return { ok: false, error: 'format' };
  const match = /(?:^|[#&])crc=([^&]*)/.exec(fragment) ?? /^([^=#&]*)$/.exec(fragment);
  const parts = match?.[1]?.split('.');
  if (!parts || parts.length < 4) return { ok: false, error: 'format' };
  if (parts[0] !== SHARE_VERSION) return { ok: false, error: 'version' };
  if (parts.length !== 5) return { ok: false, error: 'format' };
  const [version, fingerprint, encodedChoices, encodedNumbers, sum] = parts as [string, string, string, string, string];
  if (sum !== shareChecksum([version, fingerprint, encodedChoices, encodedNumbers].join('.'))) return { ok: false, error: 'damaged' };
  if (fingerprint !== contentFingerprint(content)) return { ok: false, error: 'outdated' };
  if (!/^[0-9a-z]+$/.test(encodedChoices) || !/^[0-9a-z-]*$/.test(encodedNumbers)) return { ok: false, error: 'format' };

  const choices = decodeChoices(content, encodedChoices);
  const numbers = choices && decodeNumbers(content, encodedNumbers);
  return numbers ? { ok: true, answers: { ...choices, ...numbers } } : { ok: false, error: 'invalid' };
}

/** A base-36 text ([0-9a-z]+, checked by the caller) as a whole number of any size. */
function parseBase36(text: string): bigint {
  let value = 0n;
  // ASCII only, so each character is one digit.
  for (const char of text) value = value * 36n + BigInt(parseInt(char, 36));
  return value;
}

/** The choice answers, one mixed-radix digit per option question; undefined when they are not ours. */
function decodeChoices(content: QuestionContent, encoded: string): Answers | undefined {
  let choices = parseBase36(encoded);
  const answers: Answers = {};
  for (const question of content.questions) {
    if (!hasOptions(question)) continue;
    const base = radix(question, content);
    const digit = choices % base;
    choices /= base;
    if (digit === 0n) continue;
    const ids = optionsOf(question, content).map((o) => o.id);
    if (question.type === 'multi') {
      const mask = digit - 1n;
      answers[question.id] = ids.filter((_, i) => (mask >> BigInt(i)) & 1n);
      continue;
    }
    // Below the radix, so always an option; checked rather than trusted, as decoding never throws.
    const id = ids[Number(digit) - 1];
    if (id === undefined) return undefined;
    answers[question.id] = id;
  }
  return choices === 0n ? answers : undefined; // more digits than questions: not ours
}

/** The number answers, base 36 separated by "-", empty when unanswered; undefined when they are not ours. */
function decodeNumbers(content: QuestionContent, encoded: string): Answers | undefined {
  const numberQuestions = content.questions.filter((q) => !hasOptions(q));
  const numbers = encoded.split('-');
  if (numbers.length !== numberQuestions.length) return undefined;
  const answers: Answers = {};
  for (const [i, question] of numberQuestions.entries()) {
    const text = numbers[i];
    if (text === undefined) return undefined;
    if (text === '') continue;
    const value = parseInt(text, 36);
    if (!Number.isSafeInteger(value)) return undefined;
    answers[question.id] = value;
  }
  return answers;
}
