import { checkDriverValue } from '../loss/check.js';
import type { Driver } from '../loss/types.js';
import type { NumberQuestion } from '../types.js';
import { normalizeDigits, parseCount, parseYen, type CountError, type CountResult } from './yen.js';

/** Parses what was typed into a number or amount question, within the question's limits. */
export function parseNumberAnswer(question: NumberQuestion, text: string): CountResult {
  const min = question.min;
  const max = question.max;
  if (question.type === 'number') return parseCount(text, { ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
  const parsed = parseYen(text, { allowZero: min !== undefined && min <= 0 });
  if (parsed.ok && max !== undefined && parsed.value > max) return { ok: false, error: 'tooLarge' };
  return parsed;
}

export type DriverInputError = CountError | 'notANumber';
export type DriverInputResult = { ok: true; value: number } | { ok: false; error: DriverInputError };

/** Parses an adjusted assumption: yen like an amount, percentages with or without "%", counts and days. */
export function parseDriverInput(driver: Driver, text: string): DriverInputResult {
  let parsed: DriverInputResult;
  if (driver.format === 'yen') parsed = parseYen(text, { allowZero: true });
  else if (driver.format === 'percent') {
    const normalized = normalizeDigits(text).replace(/[%％]$/, '');
    const number = Number(normalized);
    parsed = normalized === '' ? { ok: false, error: 'empty' } : Number.isFinite(number) ? { ok: true, value: number / 100 } : { ok: false, error: 'invalid' };
  } else parsed = parseCount(text.replace(/日$/, ''));
  if (!parsed.ok) return parsed;
  const problem = checkDriverValue(driver, parsed.value);
  return problem ? { ok: false, error: problem } : parsed;
}
