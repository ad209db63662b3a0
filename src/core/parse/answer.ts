import type { NumberQuestion } from '../types.js';
import { parseCount, parseYen, type CountResult } from './yen.js';

/** Parses what was typed into a number or amount question, within the question's limits. */
export function parseNumberAnswer(question: NumberQuestion, text: string): CountResult {
  const min = question.min;
  const max = question.max;
  if (question.type === 'number') return parseCount(text, { ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
  const parsed = parseYen(text, { allowZero: min !== undefined && min <= 0 });
  if (parsed.ok && max !== undefined && parsed.value > max) return { ok: false, error: 'tooLarge' };
  return parsed;
}
